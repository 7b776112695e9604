using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Berdaya.Features.Coaching;

/// <summary>A provider's page: its sessions over time with their comprehension and adoption, flagged ones marked; the office edits it here.</summary>
public sealed class ProviderModel(CoachingQueries queries, CoachingAccess access, SaveProvider save, AppDbContext db, TextsLocalizer t) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SaveProvider.Command Input { get; set; } = new();

    public CoachingQueries.ProviderDetails Details { get; private set; } = null!;
    public List<SelectListItem> Partners { get; private set; } = [];
    public bool MayEdit => access.MayManageCatalogue;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var p = Details.Provider;
        Input = new SaveProvider.Command { Kind = p.Kind, Name = p.Name, Contact = p.Contact, Teaches = p.Teaches, PartnerId = p.PartnerId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await save.UpdateAsync(Id, Input, ct);
        TempData["Flash"] = t["training.saved"].Value;
        return Redirect($"/trainings/providers/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await queries.ProviderAsync(Id, ct);
        if (MayEdit)
        {
            Partners = await ProvidersModel.PartnerChoicesAsync(db, access, Details.Provider.ProgramId, ct);
        }
    }
}
