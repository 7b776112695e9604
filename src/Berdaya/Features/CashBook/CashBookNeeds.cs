using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.CashBook;

/// <summary>
/// A partner's finance needs that the cash book shows (docs/domain.md, Cash book; decision 0017): no line in the
/// last <see cref="QuietDays"/> days ("tidak ada catatan kas"), or household spending above half the sales of the
/// last 30 days (<see cref="HouseholdMix"/>).
/// </summary>
[FeatureService]
public sealed class CashBookNeeds(AppDbContext db, Texts texts, TimeProvider clock) : INeedSource
{
    public const int QuietDays = 60;

    public async Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct)
    {
        if (kind is { } k && k != NeedKind.Finance)
        {
            return [];
        }

        var culture = CultureInfo.CurrentUICulture;
        var today = clock.Today();
        var quietSince = today.AddDays(-QuietDays + 1);
        var quiet = await partnerIds
            .Select(id => new { Id = id, Last = db.CashLines.Where(l => l.PartnerId == id).Max(l => (DateOnly?)l.Date) })
            .Where(x => x.Last == null || x.Last < quietSince)
            .ToListAsync(ct);
        var needs = quiet.Select(x => new PartnerNeed(x.Id, NeedKind.Finance,
            x.Last is { } last
                ? texts.Format("cashbook.need.quiet.since", culture, Show.Date(last, culture))
                : texts.Get("cashbook.need.quiet", culture),
            x.Last?.AddDays(1), $"/partners/{x.Id}/cashbook")).ToList();

        var mixSince = today.AddDays(-HouseholdMix.Days + 1);
        var sums = await db.CashLines
            .Where(l => partnerIds.Contains(l.PartnerId) && l.Date >= mixSince && l.Date <= today
                        && (l.Category == CashCategory.Sales || l.Category == CashCategory.Household))
            .GroupBy(l => new { l.PartnerId, l.Category })
            .Select(g => new { g.Key.PartnerId, g.Key.Category, Total = g.Sum(l => l.Amount) })
            .ToListAsync(ct);
        foreach (var p in sums.GroupBy(s => s.PartnerId))
        {
            var sales = p.Where(s => s.Category == CashCategory.Sales).Sum(s => s.Total);
            var household = p.Where(s => s.Category == CashCategory.Household).Sum(s => s.Total);
            if (HouseholdMix.IsMixed(sales, household))
            {
                needs.Add(new PartnerNeed(p.Key, NeedKind.Finance,
                    texts.Format("cashbook.need.mixed", culture, Show.Rupiah(household), Show.Rupiah(sales)), mixSince, $"/partners/{p.Key}/cashbook"));
            }
        }

        return needs;
    }
}
