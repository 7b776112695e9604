using System.Data;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Reports;
using Berdaya.Features.Fund;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Reports;

/// <summary>Funds distributed to one sector or province: in the semester, and from the program's start to the semester's end.</summary>
public sealed record DistributionRow(string Key, string Name, int SemesterPartners, int SemesterLoans, decimal SemesterAmount, int Partners, int Loans,
    decimal Amount);

/// <summary>Partners in the semester and up to its end (docs/domain.md, Semester report).</summary>
public sealed record SemesterPartners(int New, int ActiveAtEnd, int RepaidInSemester, int WrittenOffInSemester, int Financed, int Repaid, int WrittenOff);

/// <summary>The semester report: distribution by sector and province, partners, collectibility at the end, and the fund position.</summary>
public sealed record SemesterReportDto(Guid ProgramId, string ProgramName, string Semester, int Year, int Half, DateOnly From, DateOnly To,
    IReadOnlyList<DistributionRow> BySector, DistributionRow SectorTotal, IReadOnlyList<DistributionRow> ByProvince, DistributionRow ProvinceTotal,
    SemesterPartners Partners, IReadOnlyList<ClassRow> ByClass, int LoansOutstanding, decimal Outstanding, decimal? CollectibilityRate,
    int? CollectibilityScore, FundStatementDto Fund);

/// <summary>
/// The semester report to the ministry (docs/domain.md, Semester report; decision 0026). Every figure is summed by the
/// database: the loans are never loaded. Distribution reads the loans disbursed; collectibility the loans on the books
/// at the semester's end, as of that day from their own records (payments after it added back, the class from the
/// oldest installment then unpaid); the fund position is the fund statement of the semester. Before anything is
/// returned the totals are checked against the ledger (<see cref="SemesterCheck"/>).
/// </summary>
[FeatureService]
public sealed class SemesterReport(AppDbContext db, FundQueries fund, FundLedger ledger, Web.Regions.RegionDirectory regions, TimeProvider clock)
{
    /// <summary>
    /// Who downloads it: those who read the fund (the report holds the fund position), the office and viewers; not the
    /// evaluator, who reads the KPIs but not the fund, and no field role.
    /// </summary>
    public const string Readers = ProgramScope.FundReaders;

    /// <summary>The semester a program's office would report now: the latest that has ended.</summary>
    public Semester Default => Semester.LatestEnded(clock.Today());

    /// <summary>
    /// A report of a busy program reads every loan a few times (decision 0026); its statements may run longer than the usual
    /// 30 seconds, up to this.
    /// </summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    public async Task<SemesterReportDto> HandleAsync(Guid programId, string? year, string? half, CancellationToken ct)
    {
        db.Database.SetCommandTimeout(CommandTimeout);
        // One snapshot on PostgreSQL, so a payment committing meanwhile cannot make the loans and the ledger disagree.
        await using var snapshot = db.Provider == DatabaseProvider.Postgres && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct)
            : null;

        var first = await db.JournalEntries.Where(e => e.ProgramId == programId).MinAsync(e => (DateOnly?)e.EntryDate, ct);
        var semester = Semester.Parse(year, half, clock.Today(), first);
        var (start, end) = (semester.Start, semester.End);
        var programName = await db.Programs.Where(p => p.Id == programId).Select(p => p.Name).SingleAsync(ct);

        var disbursed = from l in db.Loans
                        where l.ProgramId == programId && l.DisbursedOn <= end
                        join p in db.Partners on l.PartnerId equals p.Id
                        select new { l.PartnerId, l.Principal, l.DisbursedOn, p.Sector, Province = p.VillageCode.Substring(0, 2) };
        var sectors = await disbursed.GroupBy(x => x.Sector)
            .Select(g => new
            {
                g.Key,
                SemesterPartners = g.Where(x => x.DisbursedOn >= start).Select(x => x.PartnerId).Distinct().Count(),
                SemesterLoans = g.Count(x => x.DisbursedOn >= start),
                SemesterAmount = g.Sum(x => x.DisbursedOn >= start ? x.Principal : 0m),
                Partners = g.Select(x => x.PartnerId).Distinct().Count(),
                Loans = g.Count(),
                Amount = g.Sum(x => x.Principal),
            })
            .ToListAsync(ct);
        var provinces = await disbursed.GroupBy(x => x.Province)
            .Select(g => new
            {
                g.Key,
                SemesterPartners = g.Where(x => x.DisbursedOn >= start).Select(x => x.PartnerId).Distinct().Count(),
                SemesterLoans = g.Count(x => x.DisbursedOn >= start),
                SemesterAmount = g.Sum(x => x.DisbursedOn >= start ? x.Principal : 0m),
                Partners = g.Select(x => x.PartnerId).Distinct().Count(),
                Loans = g.Count(),
                Amount = g.Sum(x => x.Principal),
            })
            .ToListAsync(ct);
        var provinceNames = await regions.NamesAsync(provinces.Select(p => p.Key), ct);

        var bySector = sectors.Select(s => new DistributionRow(s.Key, s.Key, s.SemesterPartners, s.SemesterLoans, s.SemesterAmount, s.Partners, s.Loans, s.Amount))
            .OrderByDescending(r => r.Amount).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var byProvince = provinces.Select(p => new DistributionRow(p.Key, provinceNames.GetValueOrDefault(p.Key, p.Key), p.SemesterPartners, p.SemesterLoans,
                p.SemesterAmount, p.Partners, p.Loans, p.Amount))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ToList();

        var loans = db.Loans.Where(l => l.ProgramId == programId && l.DisbursedOn <= end);
        var partners = new SemesterPartners(
            New: await loans.GroupBy(l => l.PartnerId).Select(g => g.Min(l => l.DisbursedOn)).CountAsync(d => d >= start, ct),
            ActiveAtEnd: await OnTheBooks(programId, end).Select(x => x.PartnerId).Distinct().CountAsync(ct),
            RepaidInSemester: await loans.Where(l => l.RepaidOn >= start && l.RepaidOn <= end).Select(l => l.PartnerId).Distinct().CountAsync(ct),
            WrittenOffInSemester: await loans.Where(l => l.WrittenOffOn >= start && l.WrittenOffOn <= end).Select(l => l.PartnerId).Distinct().CountAsync(ct),
            Financed: bySector.Sum(r => r.Partners),
            Repaid: await loans.Where(l => l.RepaidOn <= end).Select(l => l.PartnerId).Distinct().CountAsync(ct),
            WrittenOff: await loans.Where(l => l.WrittenOffOn <= end).Select(l => l.PartnerId).Distinct().CountAsync(ct));

        var classes = (await OnTheBooks(programId, end).GroupBy(x => x.Class)
                .Select(g => new { g.Key, Count = g.Count(), Outstanding = g.Sum(x => x.Outstanding) })
                .ToListAsync(ct))
            .ToDictionary(c => c.Key);
        var byClass = Enum.GetValues<Collectibility>()
            .Select(c => classes.TryGetValue(c, out var r) ? new ClassRow(c, r.Count, r.Outstanding, Arrears.KpiWeight(c)) : new ClassRow(c, 0, 0, Arrears.KpiWeight(c)))
            .ToList();
        var rate = Kpi.CollectibilityRate(byClass.Select(c => (c.Class, c.Outstanding)));

        var statement = await fund.StatementAsync(programId, start, end, ct);
        var disbursedToEnd = await ledger.Amounts(programId, end, [LedgerAccount.LoansReceivable])
            .Where(a => a.Kind == EntryKind.Disbursement).SumAsync(a => a.Debit, ct);
        var receivable = await ledger.BalanceAsync(programId, LedgerAccount.LoansReceivable, end, ct);

        var sectorTotal = Total("", bySector);
        var provinceTotal = Total("", byProvince);
        var outstanding = byClass.Sum(c => c.Outstanding);
        SemesterCheck.Require(
            (SemesterTotal.DisbursedBySector, sectorTotal.SemesterAmount, statement.Disbursements),
            (SemesterTotal.DisbursedByProvince, provinceTotal.SemesterAmount, statement.Disbursements),
            (SemesterTotal.DisbursedCumulative, sectorTotal.Amount, disbursedToEnd),
            (SemesterTotal.Outstanding, outstanding, receivable),
            (SemesterTotal.Closing, statement.ClosingCash, statement.CashBalanceAtTo));

        return new SemesterReportDto(programId, programName, semester.ToString(), semester.Year, semester.Half, start, end, bySector, sectorTotal, byProvince,
            provinceTotal, partners, byClass, byClass.Sum(c => c.Count), outstanding, rate, rate is { } r ? Kpi.CollectibilityScore(r) : null, statement);
    }

    private static DistributionRow Total(string name, IReadOnlyList<DistributionRow> rows) =>
        new("", name, rows.Sum(r => r.SemesterPartners), rows.Sum(r => r.SemesterLoans), rows.Sum(r => r.SemesterAmount), rows.Sum(r => r.Partners),
            rows.Sum(r => r.Loans), rows.Sum(r => r.Amount));

    /// <summary>
    /// The loans on the books at the end of <paramref name="end"/> with their principal outstanding and class on that day
    /// (docs/domain.md, Arrears and collectibility), from the loans' own records: the principal outstanding now (on an
    /// active loan) plus the principal paid after the day (net of reversals) plus the principal written off after it; the
    /// class from the oldest installment due by the day and not paid off by it, in the schedule in force then (a loan
    /// rescheduled later is read in the schedule it left). A loan neither paid nor rescheduled since keeps its stored oldest
    /// unpaid due date, as the daily close reads it (decision 0010), so only loans with later activity read installments.
    /// </summary>
    private IQueryable<LoanAtEnd> OnTheBooks(Guid programId, DateOnly end)
    {
        var (current, substandard, doubtful) = Arrears.OldestDueFrom(end);
        var paidAfter = from r in db.Repayments
                        where r.ProgramId == programId && r.PaidOn > end
                        group r by r.LoanId
                        into g
                        select new { LoanId = g.Key, Principal = g.Sum(r => r.Kind == RepaymentKind.Payment ? r.PrincipalPart : -r.PrincipalPart) };
        var loans = from l in db.Loans
                    where l.ProgramId == programId && l.DisbursedOn <= end && (l.WrittenOffOn == null || l.WrittenOffOn > end)
                    join a in paidAfter on l.Id equals a.LoanId into after
                    from a in after.DefaultIfEmpty()
                    let version = db.LoanReschedules.Where(s => s.LoanId == l.Id && s.On > end).Min(s => (int?)s.FromVersion) ?? l.ScheduleVersion
                    select new
                    {
                        l.PartnerId,
                        Outstanding = (l.Status == LoanStatus.Active ? l.PrincipalOutstanding : 0m) + (l.WrittenOffOn != null ? l.WrittenOffPrincipal : 0m)
                                                                                                   + ((decimal?)a.Principal ?? 0m),
                        Oldest = (l.LastPaidOn == null || l.LastPaidOn <= end) && version == l.ScheduleVersion
                            ? l.OldestUnpaidDueDate
                            : db.Installments.Where(i => i.LoanId == l.Id && i.ScheduleVersion == version && i.DueDate <= end
                                                         && (i.PaidOffOn == null || i.PaidOffOn > end))
                                .Min(i => (DateOnly?)i.DueDate),
                    };
        return loans.Where(x => x.Outstanding > 0)
            .Select(x => new LoanAtEnd
            {
                PartnerId = x.PartnerId,
                Outstanding = x.Outstanding,
                Class = x.Oldest == null || x.Oldest >= current ? Collectibility.Current
                    : x.Oldest >= substandard ? Collectibility.Substandard
                    : x.Oldest >= doubtful ? Collectibility.Doubtful
                    : Collectibility.Loss,
            });
    }

    /// <summary>A loan on the books at a semester's end, as the collectibility sheet counts it.</summary>
    private sealed class LoanAtEnd
    {
        public Guid PartnerId { get; init; }
        public decimal Outstanding { get; init; }
        public Collectibility Class { get; init; }
    }
}
