using Berdaya.Data;
using Berdaya.Domain.Fund;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fund;

/// <summary>Balances of a program's fund from its ledger lines, and the lock that keeps disbursements from overdrawing it.</summary>
[FeatureService]
public sealed class FundLedger(AppDbContext db)
{
    /// <summary>Money available to lend now: the cash and bank balance (issue 3 section 6, "fund position").</summary>
    public async Task<decimal> CashAsync(Guid programId, CancellationToken ct) =>
        await BalanceAsync(programId, LedgerAccount.Cash, null, ct);

    /// <summary>An account's balance in its normal direction, up to and including a date (all dates when null).</summary>
    public async Task<decimal> BalanceAsync(Guid programId, LedgerAccount account, DateOnly? through, CancellationToken ct)
    {
        var lines = db.JournalLines.Where(l => l.ProgramId == programId && l.Account == account);
        if (through is { } d)
        {
            lines = lines.Where(l => l.EntryDate <= d);
        }

        var debit = await lines.SumAsync(l => l.Debit, ct);
        var credit = await lines.SumAsync(l => l.Credit, ct);
        return Postings.IsDebitNormal(account) ? debit - credit : credit - debit;
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
