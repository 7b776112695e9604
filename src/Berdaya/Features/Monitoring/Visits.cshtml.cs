using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Monitoring;

public sealed class VisitsModel(MonitoringQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? GroupId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PartnerId { get; set; }

    public IReadOnlyList<MonitoringQueries.VisitItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = await queries.VisitsAsync(GroupId, PartnerId, ct);
        return Page();
    }
}
