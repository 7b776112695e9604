using Berdaya.Data;
using Berdaya.Domain.Fund;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fund;

/// <summary>Balances of a program's fund from its ledger lines, and the lock that keeps disbursements from overdrawing it.</summary>
[FeatureService]
public sealed class FundLedger(AppDbContext db)
{
    /// <summary>Money available to lend now: the cash and bank balance (the fund position; docs/domain.md, The ledger).</summary>
    public async Task<decimal> CashAsync(Guid programId, CancellationToken ct) =>
        await BalanceAsync(programId, LedgerAccount.Cash, null, ct);

    /// <summary>
    /// The most an outflow dated <paramref name="on"/> may take (docs/domain.md, The ledger): the lowest cash balance from the end of
    /// that day on, since money paid out then is missing from every later day's balance too. For today it is the cash now; for a
    /// back-dated outflow it is never more than what the fund held then, nor than what it held at its lowest since.
    /// </summary>
    public async Task<decimal> AvailableOnAsync(Guid programId, DateOnly on, CancellationToken ct)
    {
        var balance = await BalanceAsync(programId, LedgerAccount.Cash, on, ct);

        // One row per later day with cash moving: none for an outflow dated today.
        var later = await Amounts(programId, null, [LedgerAccount.Cash]).Where(a => a.EntryDate > on)
            .GroupBy(a => a.EntryDate)
            .Select(g => new { Date = g.Key, Debit = g.Sum(a => a.Debit), Credit = g.Sum(a => a.Credit) })
            .ToListAsync(ct);
        var lowest = balance;
        foreach (var day in later.OrderBy(d => d.Date))
        {
            balance += day.Debit - day.Credit;
            lowest = Math.Min(lowest, balance);
        }

        return lowest;
    }

    /// <summary>An account's balance in its normal direction, up to and including a date (all dates when null).</summary>
    public async Task<decimal> BalanceAsync(Guid programId, LedgerAccount account, DateOnly? through, CancellationToken ct)
    {
        var sums = await Amounts(programId, through, [account])
            .GroupBy(a => a.Account)
            .Select(g => new { Debit = g.Sum(a => a.Debit), Credit = g.Sum(a => a.Credit) })
            .ToListAsync(ct);
        var (debit, credit) = (sums.Sum(s => s.Debit), sums.Sum(s => s.Credit));
        return Postings.IsDebitNormal(account) ? debit - credit : credit - debit;
    }

    /// <summary>
    /// Every amount of a program's ledger through a date (all dates when null), optionally of some accounts
    /// only: the ledger day totals of the entries the daily closes have counted, and the lines of the
    /// entries posted since (decision 0009). One query, so one snapshot: the close moving entries into the
    /// totals meanwhile cannot make an amount count twice or not at all.
    /// </summary>
    public IQueryable<LedgerAmount> Amounts(Guid programId, DateOnly? through, LedgerAccount[]? accounts = null)
    {
        var totals = db.LedgerDayTotals.Where(t => t.ProgramId == programId);
        var pending = from l in db.JournalLines
                      join e in db.JournalEntries on l.EntryId equals e.Id
                      where e.ProgramId == programId && e.TotalsRunId == null
                      select new { l, e.Kind };
        if (through is { } d)
        {
            totals = totals.Where(t => t.EntryDate <= d);
            pending = pending.Where(x => x.l.EntryDate <= d);
        }

        if (accounts is { Length: > 0 })
        {
            totals = totals.Where(t => accounts.Contains(t.Account));
            pending = pending.Where(x => accounts.Contains(x.l.Account));
        }

        return totals.Select(t => new LedgerAmount { EntryDate = t.EntryDate, Account = t.Account, Kind = t.Kind, Debit = t.Debit, Credit = t.Credit })
            .Concat(pending.Select(x => new LedgerAmount { EntryDate = x.l.EntryDate, Account = x.l.Account, Kind = x.Kind, Debit = x.l.Debit, Credit = x.l.Credit }));
    }

    /// <summary>
    /// Serializes the writers that take money out of one program's fund (disbursements, grants), so two
    /// officers can never both spend the same rupiah: an advisory lock on PostgreSQL; on SQLite the
    /// caller's immediate transaction already holds the single write lock.
    /// </summary>
    public async Task LockAsync(Guid programId, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var key = BitConverter.ToInt64(programId.ToByteArray(), 0);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
        }
    }
}

/// <summary>An amount of the ledger: a day total or one line of an entry not yet in the totals.</summary>
public sealed class LedgerAmount
{
    public DateOnly EntryDate { get; init; }
    public LedgerAccount Account { get; init; }
    public EntryKind Kind { get; init; }
    public decimal Debit { get; init; }
    public decimal Credit { get; init; }
}
