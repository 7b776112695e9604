using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// A partner's open needs from monitoring (docs/domain.md, Monitoring visits, help requests and follow-ups): each open
/// help request, and each visit finding about them while a follow-up of that visit concerning them is still open (or,
/// for a finding nobody set a task for, until the partner is visited again).
/// </summary>
[FeatureService]
public sealed class MonitoringNeeds(AppDbContext db, TextsLocalizer t) : INeedSource
{
    public async Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct)
    {
        var help = db.HelpRequests.Where(h => h.State == HelpRequestState.Open && partnerIds.Contains(h.PartnerId));
        if (kind is { } k)
        {
            help = help.Where(h => h.Kind == k);
        }

        var requests = await help.Select(h => new { h.Id, h.PartnerId, h.Kind, h.Description, h.AskedOn }).ToListAsync(ct);
        var needs = requests.Select(h => new PartnerNeed(h.PartnerId, h.Kind, t["monitoring.need.help", AskForHelp.Short(h.Description)], h.AskedOn,
            $"/help/{h.Id}")).ToList();

        var findings = db.VisitFindings
            .Join(db.MonitoringVisits, f => f.VisitId, v => v.Id, (f, v) => new { f, v })
            .Join(db.VisitPartners, x => x.v.Id, vp => vp.VisitId, (x, vp) => new { x.f, x.v, vp.PartnerId })
            .Where(x => (x.f.PartnerId == null || x.f.PartnerId == x.PartnerId) && partnerIds.Contains(x.PartnerId));
        if (kind is { } fk)
        {
            findings = findings.Where(x => x.f.Kind == fk);
        }

        var open = await findings
            .Where(x => db.FollowUps.Any(u => u.VisitId == x.v.Id && u.State == FollowUpState.Open && (u.PartnerId == null || u.PartnerId == x.PartnerId))
                || (!db.FollowUps.Any(u => u.VisitId == x.v.Id && (u.PartnerId == null || u.PartnerId == x.PartnerId))
                    && !db.VisitPartners.Any(later => later.PartnerId == x.PartnerId
                        && db.MonitoringVisits.Any(lv => lv.Id == later.VisitId && lv.VisitedOn > x.v.VisitedOn))))
            .OrderByDescending(x => x.v.VisitedOn).ThenBy(x => x.f.Id).ThenBy(x => x.PartnerId)
            .Select(x => new { x.PartnerId, x.f.Kind, x.f.Text, x.v.VisitedOn, VisitId = x.v.Id })
            .Take(1000)
            .ToListAsync(ct);
        needs.AddRange(open.Select(f => new PartnerNeed(f.PartnerId, f.Kind, t["monitoring.need.finding", Show.Date(f.VisitedOn), AskForHelp.Short(f.Text)],
            f.VisitedOn, $"/visits/{f.VisitId}")));
        return needs;
    }
}
