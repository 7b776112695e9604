using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Monitoring;

/// <summary>"Pendampingan": the advice a partner was given, their open follow-ups and their help requests.</summary>
public sealed class SupportModel(MonitoringQueries queries, MonitoringAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MonitoringQueries.Support Support { get; private set; } = null!;

    public bool IsStaff => access.IsStaff;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Support = await queries.SupportAsync(Id, ct);
        return Page();
    }
}
