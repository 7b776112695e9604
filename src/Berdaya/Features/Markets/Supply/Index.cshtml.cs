using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Supply;

/// <summary>Trade between the group's members per month and its supply orders.</summary>
public sealed class IndexModel(SupplyQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public GroupSupply Supply { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Supply = await queries.GroupAsync(Id, ct);
}
