using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Monitoring;

/// <summary>The user's own follow-ups ("mine"), or those of a group or a partner.</summary>
public sealed class FollowUpsModel(MonitoringQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? GroupId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PartnerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public IReadOnlyList<MonitoringQueries.FollowUpItem> Items { get; private set; } = [];

    public string Title => GroupId is not null ? "monitoring.followups.ofgroup" : PartnerId is not null ? "monitoring.followups.ofpartner" : "monitoring.followups.title";

    public string Filter => GroupId is { } g ? $"groupId={g}&" : PartnerId is { } p ? $"partnerId={p}&" : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = await queries.FollowUpsAsync(GroupId, PartnerId, Open, Overdue, ct);
        return Page();
    }
}
