using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Monitoring;

public sealed class VisitModel(MonitoringQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MonitoringQueries.VisitDetails Visit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Visit = await queries.VisitAsync(Id, ct);
        return Page();
    }
}
