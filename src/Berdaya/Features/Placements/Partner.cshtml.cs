using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Placements;

/// <summary>A partner's outlets: what each holds and owes, since when, and whether a payment is late.</summary>
public sealed class PartnerModel(PlacementQueries queries) : PageModel
{
    public PartnerPlacementsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await queries.PartnerAsync(id, ct);
        return Page();
    }
}
