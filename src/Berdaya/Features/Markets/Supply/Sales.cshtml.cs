using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Supply;

/// <summary>What a member sold through other members of the group.</summary>
public sealed class SalesModel(SupplyQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PartnerSupplySales Sales { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Sales = await queries.PartnerAsync(Id, ct);
}
