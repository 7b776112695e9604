using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Legality;

/// <summary>A partner's licences at a glance: state, number, expiry and document of each.</summary>
public sealed class PartnerModel(LegalityQueries queries) : PageModel
{
    public PartnerLegalityView Legality { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Legality = await queries.PartnerAsync(id, ct);
        return Page();
    }
}
