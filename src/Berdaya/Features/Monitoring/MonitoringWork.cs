using Berdaya.Data;
using Berdaya.Domain.Monitoring;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// Monitoring on the home page's work list (docs/domain.md, Monitoring visits, help requests and follow-ups): for staff the
/// open help requests of the partners in their scope (the officer's programs, the facilitator's villages) and their own
/// overdue follow-ups; for a partner their open follow-ups and how many are late.
/// </summary>
[FeatureService]
public sealed class MonitoringWork(AppDbContext db, CurrentUser me, MonitoringAccess access, TextsLocalizer t) : IWorkSource
{
    public const int Order = WorkItem.Arrears + 5;

    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(CancellationToken ct)
    {
        var items = new List<WorkItem>();
        var today = access.Today;
        if (access.IsStaff)
        {
            var open = await (await access.HelpRequestsAsync(ct)).Where(h => h.State == HelpRequestState.Open)
                .OrderBy(h => h.AskedOn)
                .Join(db.Partners, h => h.PartnerId, p => p.Id, (h, p) => new { p.OwnerName, h.Kind })
                .Take(50)
                .ToListAsync(ct);
            if (open.Count > 0)
            {
                items.Add(new WorkItem("monitoring-help", Order, t["monitoring.work.help"], "/help?open=true", open.Count,
                    open.Take(3).Select(h => $"{h.OwnerName} ({t["enum.NeedKind." + h.Kind]})").ToList()));
            }

            var userId = me.Id;
            var overdue = await db.FollowUps.CountAsync(f => f.OwnerUserId == userId && f.State == FollowUpState.Open && f.DueOn < today, ct);
            if (overdue > 0)
            {
                items.Add(new WorkItem("monitoring-followups-overdue", Order + 1, t["monitoring.work.overdue"], "/followups?overdue=true", overdue));
            }

            return items;
        }

        if (await access.OwnPartnerAsync(ct) is { } partnerId)
        {
            var mine = await db.FollowUps.Where(f => f.OwnerPartnerId == partnerId && f.State == FollowUpState.Open)
                .Select(f => new { f.Task, f.DueOn }).OrderBy(f => f.DueOn).Take(50).ToListAsync(ct);
            if (mine.Count > 0)
            {
                var late = mine.Count(f => f.DueOn < today);
                items.Add(new WorkItem("monitoring-followups-open", Order, t["monitoring.work.open"], "/followups?open=true", mine.Count,
                    late > 0 ? [$"{t["monitoring.work.overdue"]}: {late}"] : mine.Take(2).Select(f => $"{f.Task} ({Show.Date(f.DueOn)})").ToList()));
            }
        }

        return items;
    }
}
