using Berdaya.Data;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fund;

/// <summary>
/// The allowance for losses at a month end (domain guide 4): estimated collectively from the month-end
/// snapshots the daily close records, and posted as one entry per program that moves the allowance
/// account to what is required. Posting again for the same month end finds nothing to move.
/// </summary>
[FeatureService]
public sealed class AllowanceRun(AppDbContext db, FundLedger fund, TimeProvider clock)
{
    public async Task<AllowanceEstimate> EstimateAsync(Guid programId, DateOnly monthEnd, CancellationToken ct)
    {
        var snapshot = db.LoanMonthEnds.Where(s => s.ProgramId == programId && s.MonthEnd == monthEnd && s.Status == LoanStatus.Active);
        Dictionary<Collectibility, decimal> now;
        if (await snapshot.AnyAsync(ct))
        {
            now = (await snapshot.Select(s => new { s.Class, s.PrincipalOutstanding }).ToListAsync(ct))
                .GroupBy(s => s.Class).ToDictionary(g => g.Key, g => g.Sum(s => s.PrincipalOutstanding));
        }
        else
        {
            now = (await db.Loans.Where(l => l.ProgramId == programId && l.Status == LoanStatus.Active)
                    .Select(l => new { l.Class, l.PrincipalOutstanding }).ToListAsync(ct))
                .GroupBy(s => s.Class).ToDictionary(g => g.Key, g => g.Sum(s => s.PrincipalOutstanding));
        }

        // The window: the 24 month ends whose outcome twelve months later is known by this month end.
        var starts = Enumerable.Range(12, Allowance.HistoryMonthsRequired).Select(k => EndOfMonth(monthEnd.AddMonths(-k))).ToList();
        var recorded = await db.LoanMonthEnds.Where(s => s.ProgramId == programId && starts.Contains(s.MonthEnd))
            .Select(s => s.MonthEnd).Distinct().ToListAsync(ct);
        var totals = new Dictionary<Collectibility, (decimal Start, decimal Lost)>();
        foreach (var start in recorded)
        {
            var later = EndOfMonth(start.AddMonths(12));
            var rows = await db.LoanMonthEnds.Where(s => s.ProgramId == programId && s.MonthEnd == start && s.Status == LoanStatus.Active)
                .GroupJoin(db.LoanMonthEnds.Where(t => t.MonthEnd == later), s => s.LoanId, t => t.LoanId, (s, t) => new { s, t })
                .SelectMany(x => x.t.DefaultIfEmpty(), (x, t) => new
                {
                    x.s.Class,
                    x.s.PrincipalOutstanding,
                    Lost = t != null && (t.Status == LoanStatus.WrittenOff || t.Class == Collectibility.Loss),
                })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                var (s, l) = totals.GetValueOrDefault(r.Class);
                totals[r.Class] = (s + r.PrincipalOutstanding, l + (r.Lost ? r.PrincipalOutstanding : 0));
            }
        }

        return Allowance.Estimate(now, totals.Select(t => new ClassHistory(t.Key, t.Value.Start, t.Value.Lost)).ToList(), recorded.Count);
    }

    /// <summary>Adds (without saving) the entry that brings the allowance account to what is required at the month end.</summary>
    public async Task<decimal> PostAsync(Guid programId, DateOnly monthEnd, string by, CancellationToken ct)
    {
        var required = (await EstimateAsync(programId, monthEnd, ct)).Required;
        var booked = await fund.BalanceAsync(programId, LedgerAccount.Allowance, monthEnd, ct);
        var change = required - booked;
        if (change != 0)
        {
            db.JournalEntries.Add(new JournalEntry(programId, monthEnd, EntryKind.Allowance, $"Penyisihan piutang {monthEnd:yyyy-MM}", null, null, by,
                clock.GetUtcNow(), Postings.Allowance(change)));
        }

        return change;
    }

    private static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));
}
