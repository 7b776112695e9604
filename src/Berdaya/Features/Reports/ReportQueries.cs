using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Features.Fund;
using Berdaya.Features.Regions;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Reports;

public sealed record ClassRow(Collectibility Class, int Count, decimal Outstanding, decimal Weight);

public sealed record KpiDto(Guid ProgramId, DateOnly From, DateOnly To,
    string CollectibilitySource, IReadOnlyList<ClassRow> ByClass, decimal TotalOutstanding, decimal? CollectibilityRate, int? CollectibilityScore,
    EffectivenessInputs EffectivenessInputs, decimal FundsDisbursed, decimal FundsAvailable, decimal? DisbursementEffectiveness, int? EffectivenessScore);

public sealed record PortfolioRow(string Key, string Name, int Count, decimal Outstanding);

public sealed record AgingRow(string Bucket, int Count, decimal Outstanding);

public sealed record WrittenOffRow(WriteOffKind Kind, int Count, decimal Principal);

public sealed record PortfolioDto(Guid ProgramId, DateOnly AsOf, int ActiveCount, decimal ActiveOutstanding,
    IReadOnlyList<ClassRow> ByClass, IReadOnlyList<PortfolioRow> ByGroup, int GroupCount, IReadOnlyList<PortfolioRow> ByVillage, int VillageCount,
    IReadOnlyList<PortfolioRow> ByProduct, IReadOnlyList<AgingRow> Aging, IReadOnlyList<WrittenOffRow> WrittenOff, int TopLimit);

/// <summary>
/// The program KPIs and the portfolio report (issue 3 section 6). Each table is one GROUP BY over the
/// loans on indexed columns, so the report stays fast at national scale; the by-group and by-village
/// lists keep the largest <see cref="TopLimit"/> rows while their totals count every loan.
/// </summary>
[FeatureService]
public sealed class ReportQueries(AppDbContext db, FundQueries fund, RegionDirectory regions, TimeProvider clock)
{
    public const int TopLimit = 100;

    /// <summary>Days-past-due buckets of the aging table: 0, 1–30, 31–90, 91–180, 181–270, over 270.</summary>
    public static readonly string[] Buckets = ["0", "1-30", "31-90", "91-180", "181-270", ">270"];

    public async Task<KpiDto> KpisAsync(Guid programId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (start, end) = fund.Period(from, to);
        var today = clock.Today();

        // A past month end that the daily close has snapshotted is graded as it stood then; otherwise today's classes.
        var monthEnd = end.AddDays(1).Day == 1 && end < today
                       && await db.LoanMonthEnds.AnyAsync(m => m.ProgramId == programId && m.MonthEnd == end, ct);
        var classes = monthEnd
            ? await db.LoanMonthEnds.Where(m => m.ProgramId == programId && m.MonthEnd == end && m.Status == LoanStatus.Active)
                .GroupBy(m => m.Class)
                .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(m => m.PrincipalOutstanding) })
                .ToListAsync(ct)
            : await ActiveLoans(programId)
                .GroupBy(l => l.Class)
                .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(l => l.PrincipalOutstanding) })
                .ToListAsync(ct);
        var byClass = ClassRows(classes.Select(c => (c.Key, c.Count, c.Outstanding)));
        var rate = Kpi.CollectibilityRate(byClass.Select(c => (c.Class, c.Outstanding)));

        var s = await fund.StatementAsync(programId, start, end, ct);
        var inputs = new EffectivenessInputs(s.Disbursements, s.CoachingGrants, s.OpeningCash, s.Fees, s.BankInterest, s.OtherIncome, s.PrincipalRepaid);
        var effectiveness = Kpi.DisbursementEffectiveness(inputs);
        return new KpiDto(programId, start, end, monthEnd ? "monthEnd" : "current", byClass, byClass.Sum(c => c.Outstanding), rate,
            rate is { } r ? Kpi.CollectibilityScore(r) : null, inputs, s.Disbursements + s.CoachingGrants,
            s.OpeningCash + s.Fees + s.BankInterest + s.OtherIncome + s.PrincipalRepaid, effectiveness,
            effectiveness is { } e ? Kpi.EffectivenessScore(e) : null);
    }

    public async Task<PortfolioDto> PortfolioAsync(Guid programId, CancellationToken ct)
    {
        var active = ActiveLoans(programId);
        var classes = await active.GroupBy(l => l.Class)
            .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(l => l.PrincipalOutstanding) })
            .ToListAsync(ct);
        var byClass = ClassRows(classes.Select(c => (c.Key, c.Count, c.Outstanding)));

        // Decimal sums cannot be ordered on SQLite; the ranking is by their double value (ties broken by key), the figures stay exact.
        var groups = await active.GroupBy(l => l.GroupId)
            .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(l => l.PrincipalOutstanding), Rank = g.Sum(l => (double)l.PrincipalOutstanding) })
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Key)
            .Take(TopLimit)
            .ToListAsync(ct);
        var groupCount = await active.Select(l => l.GroupId).Distinct().CountAsync(ct);
        var groupIds = groups.Where(g => g.Key != null).Select(g => g.Key!.Value).ToList();
        var groupNames = await db.Groups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);

        // A loan's village is its group's (domain guide 3: a group applies together in one village).
        var villagesQuery = from l in active
                            join g in db.Groups on l.GroupId equals g.Id
                            group l by g.VillageCode
                            into x
                            select new { x.Key, Count = x.Count(), Outstanding = x.Sum(l => l.PrincipalOutstanding), Rank = x.Sum(l => (double)l.PrincipalOutstanding) };
        var villages = await villagesQuery.OrderByDescending(x => x.Rank).ThenBy(x => x.Key).Take(TopLimit).ToListAsync(ct);
        var villageCount = await villagesQuery.CountAsync(ct);
        var villageNames = await regions.NamesAsync(villages.Select(v => v.Key), ct);

        var products = await active.GroupBy(l => l.ProductId)
            .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(l => l.PrincipalOutstanding) })
            .ToListAsync(ct);
        var productIds = products.Select(p => p.Key).ToList();
        var productNames = await db.LoanProducts.Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { Key = p.Code + " v" + p.Version, p.Name }, ct);

        var aging = await active
            .GroupBy(l => l.DaysPastDue == 0 ? 0 : l.DaysPastDue <= 30 ? 1 : l.DaysPastDue <= 90 ? 2 : l.DaysPastDue <= 180 ? 3 : l.DaysPastDue <= 270 ? 4 : 5)
            .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(l => l.PrincipalOutstanding) })
            .ToListAsync(ct);
        var written = await db.Loans.Where(l => l.ProgramId == programId && l.Status == LoanStatus.WrittenOff)
            .GroupBy(l => l.WriteOffKind)
            .Select(g => new { g.Key, Count = g.Count(), Principal = g.Sum(l => l.WrittenOffPrincipal) })
            .ToListAsync(ct);

        return new PortfolioDto(programId, clock.Today(), byClass.Sum(c => c.Count), byClass.Sum(c => c.Outstanding), byClass,
            groups.Select(g => new PortfolioRow(g.Key?.ToString() ?? "", g.Key is { } id ? groupNames.GetValueOrDefault(id, "") : "", g.Count, g.Outstanding)).ToList(),
            groupCount,
            villages.Select(v => new PortfolioRow(v.Key, villageNames.GetValueOrDefault(v.Key, v.Key), v.Count, v.Outstanding)).ToList(),
            villageCount,
            products.Select(p => productNames.TryGetValue(p.Key, out var n)
                    ? new PortfolioRow(n.Key, n.Name, p.Count, p.Outstanding)
                    : new PortfolioRow(p.Key.ToString(), "", p.Count, p.Outstanding))
                .OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
            Buckets.Select((b, i) => aging.FirstOrDefault(a => a.Key == i) is { } a ? new AgingRow(b, a.Count, a.Outstanding) : new AgingRow(b, 0, 0)).ToList(),
            written.Where(w => w.Key != null).Select(w => new WrittenOffRow(w.Key!.Value, w.Count, w.Principal)).OrderBy(w => w.Kind).ToList(),
            TopLimit);
    }

    private IQueryable<Loan> ActiveLoans(Guid programId) =>
        db.Loans.Where(l => l.ProgramId == programId && l.Status == LoanStatus.Active);

    private static List<ClassRow> ClassRows(IEnumerable<(Collectibility Class, int Count, decimal Outstanding)> rows)
    {
        var map = rows.ToDictionary(r => r.Class);
        return Enum.GetValues<Collectibility>()
            .Select(c => map.TryGetValue(c, out var r) ? new ClassRow(c, r.Count, r.Outstanding, Arrears.KpiWeight(c)) : new ClassRow(c, 0, 0, Arrears.KpiWeight(c)))
            .ToList();
    }
}
