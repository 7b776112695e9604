using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Prices;

/// <summary>A group's prices for its members' phones: what is agreed now, big; the history; the price over time.</summary>
public sealed class IndexModel(PriceQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public GroupPrices Prices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Prices = await queries.GroupAsync(Id, null, ct);
}
