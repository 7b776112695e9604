using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>The program's training providers; the office adds them.</summary>
public sealed class ProvidersModel(CoachingQueries queries, CoachingAccess access, SaveProvider save, ProgramScope scope, AppDbContext db, TextsLocalizer t)
    : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    [BindProperty]
    public SaveProvider.Command Input { get; set; } = new();

    public IReadOnlyList<CoachingQueries.Provider> Providers { get; private set; } = [];
    public ProgramPicker Picker { get; private set; } = null!;
    public List<SelectListItem> Partners { get; private set; } = [];
    public bool MayEdit => access.MayManageCatalogue;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        access.RequireOffice();
        Input.ProgramId = ProgramId;
        var p = await save.AddAsync(Input, ct);
        TempData["Flash"] = t["training.saved"].Value;
        return Redirect($"/trainings/providers/{p.Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Providers = await queries.ProvidersAsync(ProgramId, ct);
        var program = await access.ProgramAsync(ProgramId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), program, "/trainings/providers");
        if (MayEdit)
        {
            Partners = await PartnerChoicesAsync(db, access, program, ct);
        }
    }

    /// <summary>Partners who may speak at a peer seminar: the independent ones first.</summary>
    internal static async Task<List<SelectListItem>> PartnerChoicesAsync(AppDbContext db, CoachingAccess access, Guid program, CancellationToken ct) =>
        await (await access.User.PartnersAsync(ct)).Where(p => p.ProgramId == program)
            .OrderByDescending(p => p.Status == Domain.Partners.PartnerStatus.Independent).ThenBy(p => p.OwnerName).Take(200)
            .Select(p => new SelectListItem(p.OwnerName + " · " + p.BusinessName, p.Id.ToString())).ToListAsync(ct);
}
