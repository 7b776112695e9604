using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// Low confidence as a need (docs/domain.md, Needs per partner; Meet and Greet: confidence): a partner whose latest confidence rating
/// averages below 3 of 5 needs encouragement, an "other" need a mentor who offers it may answer.
/// </summary>
[FeatureService]
public sealed class ConfidenceNeeds(AppDbContext db, Texts texts) : INeedSource
{
    public const decimal Low = 3m;

    /// <summary>The four statements' sum below which their average is below <see cref="Low"/>, counted in the database.</summary>
    private static readonly int LowTotal = (int)(Low * ConfidenceRating.Statements);

    public async Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct)
    {
        if (kind is { } k && k != NeedKind.Other)
        {
            return [];
        }

        var culture = CultureInfo.CurrentUICulture;
        var latest = await db.ConfidenceRatings.AsNoTracking()
            .Where(r => partnerIds.Contains(r.PartnerId)
                        && !db.ConfidenceRatings.Any(later => later.PartnerId == r.PartnerId && (later.RatedOn > r.RatedOn || (later.RatedOn == r.RatedOn && later.Moment > r.Moment)))
                        && r.Grow + r.Reach + r.Help + r.Repay < LowTotal)
            .OrderByDescending(r => r.RatedOn).ThenBy(r => r.PartnerId)
            .Select(r => new { r.PartnerId, r.Grow, r.Reach, r.Help, r.Repay, r.RatedOn })
            .Take(1000)
            .ToListAsync(ct);
        return latest.Select(r => (r, Average: (r.Grow + r.Reach + r.Help + r.Repay) / 4m))
            .Select(x => new PartnerNeed(x.r.PartnerId, NeedKind.Other,
                texts.Format("mentoring.need.confidence", culture, x.Average.ToString("0.0#", culture)), x.r.RatedOn, $"/partners/{x.r.PartnerId}/mentoring"))
            .ToList();
    }
}
