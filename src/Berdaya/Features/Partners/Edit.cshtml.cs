using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Partners;

public sealed class EditModel(EditPartner edit, CurrentUser me, Texts texts) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RegisterPartner.Command Input { get; set; } = new();

    public string? MaskedNik { get; private set; }

    public Guid? DuplicateId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        var partner = await edit.LoadAsync(Id, ct);
        Input = EditPartner.ToCommand(partner);
        MaskedNik = Domain.Partners.Nik.Mask(partner.Nik);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        MaskedNik = Domain.Partners.Nik.Mask((await edit.LoadAsync(Id, ct)).Nik);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await edit.HandleAsync(Id, Input, ct);
        TempData["Flash"] = texts.Get("partners.saved", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}");
    }

    /// <summary>A NIK registered already: the page points to that record when the user may open it.</summary>
    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        if (refusal is DuplicateNikException duplicate)
        {
            DuplicateId = await PartnerPages.VisibleAsync(me, duplicate.ExistingPartnerId, ct);
        }
    }

}
