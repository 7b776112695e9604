using System.Data;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Reports;
using Berdaya.Features.Fund;
using Berdaya.Web;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Reports;

public sealed record ClassRow(Collectibility Class, int Count, decimal Outstanding, decimal Weight);

public sealed record KpiDto(Guid ProgramId, DateOnly From, DateOnly To,
    string CollectibilitySource, DateOnly CollectibilityAsOf, IReadOnlyList<ClassRow> ByClass, decimal TotalOutstanding, decimal? CollectibilityRate,
    int? CollectibilityScore, EffectivenessInputs EffectivenessInputs, decimal FundsDisbursed, decimal FundsAvailable, decimal? DisbursementEffectiveness,
    int? EffectivenessScore);

public sealed record PortfolioRow(string Key, string Name, int Count, decimal Outstanding);

public sealed record AgingRow(string Bucket, int Count, decimal Outstanding);

public sealed record WrittenOffRow(WriteOffKind Kind, int Count, decimal Principal);

/// <summary>The portfolio as of <see cref="AsOf"/>: <see cref="Source"/> "close" for that date's daily close, "live" for the loans as they are now.</summary>
public sealed record PortfolioDto(Guid ProgramId, DateOnly AsOf, string Source, int ActiveCount, decimal ActiveOutstanding,
    IReadOnlyList<ClassRow> ByClass, IReadOnlyList<PortfolioRow> ByGroup, int GroupCount, IReadOnlyList<PortfolioRow> ByVillage, int VillageCount,
    IReadOnlyList<PortfolioRow> ByProduct, IReadOnlyList<AgingRow> Aging, IReadOnlyList<WrittenOffRow> WrittenOff, int TopLimit);

/// <summary>
/// The program KPIs and the portfolio report (docs/domain.md, KPIs). Both read the totals of the program's
/// latest daily close (decision 0009): a handful of rows whatever the number of loans. A program no close
/// has covered yet (a new program, a fresh install) is counted live from its loans, each table one GROUP BY
/// on indexed columns. The by-group and by-village lists keep the largest <see cref="TopLimit"/> rows while
/// their totals count every loan.
/// </summary>
[FeatureService]
public sealed class ReportQueries(AppDbContext db, FundQueries fund, RegionDirectory regions, TimeProvider clock)
{
    public const int TopLimit = 100;

    public const string FromClose = "close";
    public const string Live = "live";
    public const string FromMonthEnd = "monthEnd";

    public async Task<KpiDto> KpisAsync(Guid programId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (start, end) = fund.Period(from, to);
        var today = clock.Today();
        await using var snapshot = await SnapshotAsync(ct);

        // A past month end is graded as it stood then (its close's totals, or the month-end snapshot of a
        // month closed before the totals existed); otherwise as of the latest close, or live without one.
        var pastMonthEnd = end.AddDays(1).Day == 1 && end < today;
        List<(Collectibility Class, int Count, decimal Outstanding)>? classes = null;
        var (source, asOf) = (FromMonthEnd, end);
        if (pastMonthEnd && await HasTotalsAsync(programId, end, ct))
        {
            classes = await ClassTotalsAsync(programId, end, ct);
        }
        else if (pastMonthEnd && await db.LoanMonthEnds.AnyAsync(m => m.ProgramId == programId && m.MonthEnd == end, ct))
        {
            classes = (await db.LoanMonthEnds.Where(m => m.ProgramId == programId && m.MonthEnd == end && m.Status == LoanStatus.Active)
                    .GroupBy(m => m.Class)
                    .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(m => m.PrincipalOutstanding) })
                    .ToListAsync(ct))
                .Select(c => (c.Key, c.Count, c.Outstanding)).ToList();
        }
        else if (await LatestCloseAsync(programId, ct) is { } close)
        {
            (source, asOf) = (FromClose, close);
            classes = await ClassTotalsAsync(programId, close, ct);
        }

        if (classes is null)
        {
            (source, asOf) = (Live, today);
            classes = await LiveClassesAsync(programId, ct);
        }

        var byClass = ClassRows(classes);
        var rate = Kpi.CollectibilityRate(byClass.Select(c => (c.Class, c.Outstanding)));

        var s = await fund.StatementAsync(programId, start, end, ct);
        var inputs = new EffectivenessInputs(s.Disbursements, s.CoachingGrants, s.OpeningCash, s.Fees, s.BankInterest, s.OtherIncome, s.PrincipalRepaid);
        var effectiveness = Kpi.DisbursementEffectiveness(inputs);
        return new KpiDto(programId, start, end, source, asOf, byClass, byClass.Sum(c => c.Outstanding), rate,
            rate is { } r ? Kpi.CollectibilityScore(r) : null, inputs, s.Disbursements + s.CoachingGrants,
            s.OpeningCash + s.Fees + s.BankInterest + s.OtherIncome + s.PrincipalRepaid, effectiveness,
            effectiveness is { } e ? Kpi.EffectivenessScore(e) : null);
    }

    public async Task<PortfolioDto> PortfolioAsync(Guid programId, CancellationToken ct)
    {
        await using var snapshot = await SnapshotAsync(ct);
        return await LatestCloseAsync(programId, ct) is { } close
            ? await ClosedPortfolioAsync(programId, close, ct)
            : await LivePortfolioAsync(programId, ct);
    }

    /// <summary>The business date of the latest close that covered the program, if any.</summary>
    public async Task<DateOnly?> LatestCloseAsync(Guid programId, CancellationToken ct) =>
        await db.PortfolioTotals.Where(t => t.ProgramId == programId && t.Dimension == PortfolioDimension.Total)
            .MaxAsync(t => (DateOnly?)t.BusinessDate, ct);

    private Task<bool> HasTotalsAsync(Guid programId, DateOnly date, CancellationToken ct) =>
        db.PortfolioTotals.AnyAsync(t => t.ProgramId == programId && t.BusinessDate == date && t.Dimension == PortfolioDimension.Total, ct);

    /// <summary>
    /// On PostgreSQL the report's queries read one snapshot, so a close finishing meanwhile cannot mix two
    /// closes' rows; SQLite serves one node and its reads are short.
    /// </summary>
    private async Task<IAsyncDisposable?> SnapshotAsync(CancellationToken ct) =>
        db.Provider == DatabaseProvider.Postgres && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct)
            : null;

    private IQueryable<PortfolioTotal> Totals(Guid programId, DateOnly date, PortfolioDimension dimension) =>
        db.PortfolioTotals.AsNoTracking().Where(t => t.ProgramId == programId && t.BusinessDate == date && t.Dimension == dimension);

    private async Task<List<(Collectibility Class, int Count, decimal Outstanding)>> ClassTotalsAsync(Guid programId, DateOnly date, CancellationToken ct) =>
        (await Totals(programId, date, PortfolioDimension.Class).ToListAsync(ct))
        .Select(t => ((Collectibility)int.Parse(t.Key, CultureInfo.InvariantCulture), t.Count, t.Outstanding)).ToList();

    /// <summary>The largest rows of a dimension by outstanding (ties by key) and how many rows it has.</summary>
    private async Task<(List<PortfolioTotal> Top, int Count)> TopAsync(Guid programId, DateOnly date, PortfolioDimension dimension, CancellationToken ct)
    {
        var rows = Totals(programId, date, dimension);

        // PostgreSQL walks the (program, date, dimension, outstanding) index; SQLite cannot order decimals and ranks by their double value.
        var ordered = db.Provider == DatabaseProvider.Postgres
            ? rows.OrderByDescending(t => t.Outstanding).ThenBy(t => t.Key)
            : rows.OrderByDescending(t => (double)t.Outstanding).ThenBy(t => t.Key);
        return (await ordered.Take(TopLimit).ToListAsync(ct), await rows.CountAsync(ct));
    }

    private async Task<PortfolioDto> ClosedPortfolioAsync(Guid programId, DateOnly date, CancellationToken ct)
    {
        var byClass = ClassRows(await ClassTotalsAsync(programId, date, ct));
        var (groups, groupCount) = await TopAsync(programId, date, PortfolioDimension.Group, ct);
        var groupIds = groups.Where(g => g.Key.Length > 0).Select(g => Guid.Parse(g.Key)).ToList();
        var groupNames = await db.Groups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var (villages, villageCount) = await TopAsync(programId, date, PortfolioDimension.Village, ct);
        var villageNames = await regions.NamesAsync(villages.Select(v => v.Key), ct);
        var products = await Totals(programId, date, PortfolioDimension.Product).ToListAsync(ct);
        var aging = await Totals(programId, date, PortfolioDimension.Aging).ToListAsync(ct);
        var written = await Totals(programId, date, PortfolioDimension.WrittenOff).ToListAsync(ct);

        return await PortfolioAsync(programId, date, FromClose, byClass,
            groups.Select(g => (g.Key.Length > 0 ? Guid.Parse(g.Key) : (Guid?)null, g.Count, g.Outstanding)).ToList(), groupNames, groupCount,
            villages.Select(v => (v.Key, v.Count, v.Outstanding)).ToList(), villageNames, villageCount,
            products.Select(p => (Guid.Parse(p.Key), p.Count, p.Outstanding)).ToList(),
            aging.Select(a => (int.Parse(a.Key, CultureInfo.InvariantCulture), a.Count, a.Outstanding)).ToList(),
            written.Select(w => ((WriteOffKind)int.Parse(w.Key, CultureInfo.InvariantCulture), w.Count, w.Outstanding)).ToList(), ct);
    }

    private async Task<List<(Collectibility Class, int Count, decimal Outstanding)>> LiveClassesAsync(Guid programId, CancellationToken ct) =>
        (await ActiveLoans(programId).GroupBy(l => l.Class)
            .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(l => l.PrincipalOutstanding) })
            .ToListAsync(ct))
        .Select(c => (c.Key, c.Count, c.Outstanding)).ToList();

    private async Task<PortfolioDto> LivePortfolioAsync(Guid programId, CancellationToken ct)
    {
        var active = ActiveLoans(programId);
        var byClass = ClassRows(await LiveClassesAsync(programId, ct));

        // Decimal sums cannot be ordered on SQLite; the ranking is by their double value (ties broken by key), the figures stay exact.
        var groups = await active.GroupBy(l => l.GroupId)
            .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(l => l.PrincipalOutstanding), Rank = g.Sum(l => (double)l.PrincipalOutstanding) })
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Key)
            .Take(TopLimit)
            .ToListAsync(ct);
        var groupCount = await active.Select(l => l.GroupId).Distinct().CountAsync(ct);
        var groupIds = groups.Where(g => g.Key != null).Select(g => g.Key!.Value).ToList();
        var groupNames = await db.Groups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);

        // A loan's village is its group's (a group applies together in one village; docs/domain.md, Partners and groups).
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
        // AgingBuckets.IndexOf, written out so the database groups.
        var upTo = AgingBuckets.UpTo;
        var aging = await active
            .GroupBy(l => l.DaysPastDue <= upTo[0] ? 0 : l.DaysPastDue <= upTo[1] ? 1 : l.DaysPastDue <= upTo[2] ? 2
                : l.DaysPastDue <= upTo[3] ? 3 : l.DaysPastDue <= upTo[4] ? 4 : 5)
            .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(l => l.PrincipalOutstanding) })
            .ToListAsync(ct);
        var written = await db.Loans.Where(l => l.ProgramId == programId && l.Status == LoanStatus.WrittenOff && l.WriteOffKind != null)
            .GroupBy(l => l.WriteOffKind)
            .Select(g => new { g.Key, Count = g.Count(), Principal = g.Sum(l => l.WrittenOffPrincipal) })
            .ToListAsync(ct);

        return await PortfolioAsync(programId, clock.Today(), Live, byClass,
            groups.Select(g => (g.Key, g.Count, g.Outstanding)).ToList(), groupNames, groupCount,
            villages.Select(v => (v.Key, v.Count, v.Outstanding)).ToList(), villageNames, villageCount,
            products.Select(p => (p.Key, p.Count, p.Outstanding)).ToList(),
            aging.Select(a => (a.Key, a.Count, a.Outstanding)).ToList(),
            written.Select(w => (w.Key!.Value, w.Count, w.Principal)).ToList(), ct);
    }

    /// <summary>The report from its figures, wherever they were counted: names joined, rows in the report's order.</summary>
    private async Task<PortfolioDto> PortfolioAsync(Guid programId, DateOnly asOf, string source, List<ClassRow> byClass,
        List<(Guid? Id, int Count, decimal Outstanding)> groups, Dictionary<Guid, string> groupNames, int groupCount,
        List<(string Code, int Count, decimal Outstanding)> villages, IReadOnlyDictionary<string, string> villageNames, int villageCount,
        List<(Guid Id, int Count, decimal Outstanding)> products, List<(int Bucket, int Count, decimal Outstanding)> aging,
        List<(WriteOffKind Kind, int Count, decimal Principal)> written, CancellationToken ct)
    {
        var productIds = products.Select(p => p.Id).ToList();
        var productNames = await db.LoanProducts.Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { Key = p.Code + " v" + p.Version, p.Name }, ct);

        return new PortfolioDto(programId, asOf, source, byClass.Sum(c => c.Count), byClass.Sum(c => c.Outstanding), byClass,
            groups.Select(g => new PortfolioRow(g.Id?.ToString() ?? "", g.Id is { } id ? groupNames.GetValueOrDefault(id, "") : "", g.Count, g.Outstanding)).ToList(),
            groupCount,
            villages.Select(v => new PortfolioRow(v.Code, villageNames.GetValueOrDefault(v.Code, v.Code), v.Count, v.Outstanding)).ToList(),
            villageCount,
            products.Select(p => productNames.TryGetValue(p.Id, out var n)
                    ? new PortfolioRow(n.Key, n.Name, p.Count, p.Outstanding)
                    : new PortfolioRow(p.Id.ToString(), "", p.Count, p.Outstanding))
                .OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
            AgingBuckets.Labels.Select((b, i) => aging.FirstOrDefault(a => a.Bucket == i) is { Count: > 0 } a ? new AgingRow(b, a.Count, a.Outstanding) : new AgingRow(b, 0, 0))
                .ToList(),
            written.Select(w => new WrittenOffRow(w.Kind, w.Count, w.Principal)).OrderBy(w => w.Kind).ToList(),
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
