using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fostering;

/// <summary>
/// A decline alert as a need (docs/domain.md, Needs per partner; Quarterly reports): while the monitoring visit a quarterly
/// report's fall opened is still open, the partner needs help to sell again, a marketing need that a mentor may answer.
/// </summary>
[FeatureService]
public sealed class DeclineNeeds(AppDbContext db, Texts texts) : INeedSource
{
    public async Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct)
    {
        if (kind is { } k && k != NeedKind.Marketing)
        {
            return [];
        }

        var culture = CultureInfo.CurrentUICulture;
        var open = await db.FollowUps.AsNoTracking()
            .Where(f => f.ReportId != null && f.State == FollowUpState.Open && f.PartnerId != null && partnerIds.Contains(f.PartnerId.Value))
            .OrderByDescending(f => f.SetOn).ThenBy(f => f.Id)
            .Select(f => new { f.Id, PartnerId = f.PartnerId!.Value, f.SetOn })
            .Take(1000)
            .ToListAsync(ct);
        return open.Select(f => new PartnerNeed(f.PartnerId, NeedKind.Marketing, texts.Format("declines.need", culture, Show.Date(f.SetOn, culture)), f.SetOn,
            $"/followups/{f.Id}")).ToList();
    }
}
