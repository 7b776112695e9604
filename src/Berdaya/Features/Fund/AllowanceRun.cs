using Berdaya.Data;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fund;

/// <summary>
/// The allowance for losses at a month end (docs/domain.md, Allowance for losses): estimated collectively from the month-end
/// snapshots the daily close records, and posted as one entry per program that moves the allowance
/// account to what is required. Posting again for the same month end finds nothing to move. Each past
/// month end's outcome is computed once (when the close posts) and kept, so a month end reads one
/// new join of two snapshots instead of 24.
/// </summary>
[FeatureService]
public sealed class AllowanceRun(AppDbContext db, FundLedger fund, TimeProvider clock)
{
    /// <summary>The estimate as it stands (read only: outcomes not kept yet are computed and not stored).</summary>
    public Task<AllowanceEstimate> EstimateAsync(Guid programId, DateOnly monthEnd, CancellationToken ct) =>
        EstimateAsync(programId, monthEnd, keep: false, ct);

    private async Task<AllowanceEstimate> EstimateAsync(Guid programId, DateOnly monthEnd, bool keep, CancellationToken ct)
    {
        // Sums per class in the database: a month end of a national program is a million rows.
        var now = await db.LoanMonthEnds.Where(s => s.ProgramId == programId && s.MonthEnd == monthEnd && s.Status == LoanStatus.Active)
            .GroupBy(s => s.Class)
            .Select(g => new { g.Key, Outstanding = g.Sum(s => s.PrincipalOutstanding) })
            .ToDictionaryAsync(x => x.Key, x => x.Outstanding, ct);
        if (now.Count == 0)
        {
            now = await db.Loans.Where(l => l.ProgramId == programId && l.Status == LoanStatus.Active)
                .GroupBy(l => l.Class)
                .Select(g => new { g.Key, Outstanding = g.Sum(l => l.PrincipalOutstanding) })
                .ToDictionaryAsync(x => x.Key, x => x.Outstanding, ct);
        }

        // The window: the 24 month ends whose outcome twelve months later is known by this month end.
        var starts = Enumerable.Range(12, Allowance.HistoryMonthsRequired).Select(k => EndOfMonth(monthEnd.AddMonths(-k))).ToList();
        var kept = await db.AllowanceOutcomes.Where(o => o.ProgramId == programId && starts.Contains(o.MonthEnd)).ToListAsync(ct);
        var outcomes = kept.ToList();
        var months = kept.Select(o => o.MonthEnd).ToHashSet();
        foreach (var start in starts.Where(s => !months.Contains(s)))
        {
            if (await OutcomeAsync(programId, start, ct) is { } computed)
            {
                months.Add(start);
                outcomes.AddRange(computed.Rows);
                if (keep && computed.Final)
                {
                    db.AllowanceOutcomes.AddRange(computed.Rows);
                }
            }
        }

        var history = outcomes.GroupBy(o => o.Class)
            .Select(g => new ClassHistory(g.Key, g.Sum(o => o.OutstandingAtStart), g.Sum(o => o.LostTwelveMonthsLater)))
            .ToList();
        return Allowance.Estimate(now, history, months.Count);
    }

    /// <summary>
    /// One month end's outcome per class (every class, zeros included, so a kept month is a recorded
    /// month), from its snapshot joined to the snapshot twelve months later: one GROUP BY in the
    /// database. Null when the program has no snapshot that month; final once the later snapshot exists.
    /// </summary>
    private async Task<(List<AllowanceOutcome> Rows, bool Final)?> OutcomeAsync(Guid programId, DateOnly start, CancellationToken ct)
    {
        if (!await db.LoanMonthEnds.AnyAsync(s => s.ProgramId == programId && s.MonthEnd == start, ct))
        {
            return null;
        }

        var later = EndOfMonth(start.AddMonths(12));
        var sums = await (from s in db.LoanMonthEnds.Where(s => s.ProgramId == programId && s.MonthEnd == start && s.Status == LoanStatus.Active)
                          join t in db.LoanMonthEnds.Where(t => t.MonthEnd == later) on s.LoanId equals t.LoanId into ts
                          from t in ts.DefaultIfEmpty()
                          group new { s.PrincipalOutstanding, Lost = t != null && (t.Status == LoanStatus.WrittenOff || t.Class == Collectibility.Loss) }
                              by s.Class
                          into g
                          select new
                          {
                              g.Key,
                              Start = g.Sum(x => x.PrincipalOutstanding),
                              Lost = g.Sum(x => x.Lost ? x.PrincipalOutstanding : 0m),
                          })
            .ToDictionaryAsync(x => x.Key, ct);
        var rows = Enum.GetValues<Collectibility>()
            .Select(c => sums.TryGetValue(c, out var x)
                ? new AllowanceOutcome(programId, start, c, x.Start, x.Lost)
                : new AllowanceOutcome(programId, start, c, 0, 0))
            .ToList();
        return (rows, await db.LoanMonthEnds.AnyAsync(t => t.MonthEnd == later, ct));
    }

    /// <summary>Adds (without saving) the entry that brings the allowance account to what is required at the month end.</summary>
    public async Task<decimal> PostAsync(Guid programId, DateOnly monthEnd, string by, CancellationToken ct)
    {
        var required = (await EstimateAsync(programId, monthEnd, keep: true, ct)).Required;
        var booked = await fund.BalanceAsync(programId, LedgerAccount.Allowance, monthEnd, ct);
        var change = required - booked;
        if (change != 0)
        {
            db.JournalEntries.Add(JournalEntry.ForAllowance(programId, monthEnd, change, by, clock.GetUtcNow()));
        }

        return change;
    }

    private static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));
}
