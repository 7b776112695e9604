using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Monitoring;

public sealed class HelpRequestsModel(MonitoringQueries queries, MonitoringAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? GroupId { get; set; }

    public bool IsStaff => access.IsStaff;

    public IReadOnlyList<MonitoringQueries.HelpItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = await queries.HelpRequestsAsync(Open, GroupId, ct);
        return Page();
    }
}
