using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Partners;

public sealed class NewModel(RegisterPartner register, CurrentUser me, AppDbContext db, Texts texts) : PageModel, IFormPage
{
    [BindProperty]
    public RegisterPartner.Command Input { get; set; } = new();

    public List<SelectListItem> Programs { get; private set; } = [];

    public Guid? DuplicateId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        Input.ProgramId = await me.DefaultProgramAsync(ct);
        await LoadProgramsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        await LoadProgramsAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await register.HandleAsync(Input, ct);
        PartnerPages.Flash(TempData, texts, result);
        return Redirect($"/partners/{result.Partner.Id}");
    }

    /// <summary>A NIK registered already: the page points to that record when the user may open it.</summary>
    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        if (refusal is DuplicateNikException duplicate)
        {
            DuplicateId = await PartnerPages.VisibleAsync(me, duplicate.ExistingPartnerId, ct);
        }
    }

    private async Task LoadProgramsAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var ids = scope.ProgramIds.ToList();
        Programs = await db.Programs.Where(p => scope.IsAdmin || ids.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync(ct);
    }
}

/// <summary>What the partner pages share: the saved notice and the duplicate pointer.</summary>
internal static class PartnerPages
{
    public static void Flash(ITempDataDictionary tempData, Texts texts, RegisterPartner.Result result)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        var saved = texts.Get("partners.saved", culture);
        tempData["Flash"] = result.UnknownNikDistrict is { } d
            ? saved + " " + texts.Format("partner.warning.nikdistrict", culture, d)
            : saved;
    }

    /// <summary>The existing record's id when the user may open it; otherwise nothing is revealed.</summary>
    public static async Task<Guid?> VisibleAsync(CurrentUser me, Guid id, CancellationToken ct) =>
        await (await me.PartnersAsync(ct)).AnyAsync(p => p.Id == id, ct) ? id : null;
}
