using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Surveys;

/// <summary>
/// Needs the loan survey found (docs/domain.md, Needs per partner): an aspect scored 2 or less on the partner's
/// latest survey is a need of the kind it speaks of: capacity a production need, capital a capital need, the
/// business's conditions (its market) a marketing need. Character and collateral are the loan's business, not coaching's.
/// </summary>
[FeatureService]
public sealed class SurveyNeeds(AppDbContext db, Texts texts) : INeedSource
{
    public const int WeakScore = 2;

    private static readonly Dictionary<string, NeedKind> Kinds = new(StringComparer.Ordinal)
    {
        ["capacity"] = NeedKind.Production,
        ["capital"] = NeedKind.Capital,
        ["condition"] = NeedKind.Marketing,
    };

    public async Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct)
    {
        var codes = Kinds.Where(k => kind is null || k.Value == kind).Select(k => k.Key).ToList();
        if (codes.Count == 0)
        {
            return [];
        }

        var latest = db.Surveys.Where(s => partnerIds.Contains(s.PartnerId)
            && !db.Surveys.Any(o => o.PartnerId == s.PartnerId && o.SurveyedOn > s.SurveyedOn));
        var weak = await latest.SelectMany(s => s.Scores.Where(x => x.Score <= WeakScore && codes.Contains(x.AspectCode)),
                (s, x) => new { s.PartnerId, s.SurveyedOn, x.AspectCode, x.Score })
            .ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture;
        return weak.Select(w => new PartnerNeed(w.PartnerId, Kinds[w.AspectCode],
                texts.Format("needs.survey.weak", culture, texts.Get($"needs.survey.aspect.{w.AspectCode}", culture), w.Score, Show.Date(w.SurveyedOn)),
                w.SurveyedOn))
            .ToList();
    }
}
