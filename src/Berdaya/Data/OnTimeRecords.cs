using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Berdaya.Data;

/// <summary>
/// Keeps each loan's on-time record row (<see cref="LoanOnTimeRecord"/>, decision 0023) equal to its installments: in every
/// save that adds a loan, changes an installment (a payment, a reversal) or replaces a schedule, the loan's row is rewritten
/// in the same transaction, so no path can change a loan and leave its record behind.
/// </summary>
public sealed class OnTimeRecords : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } c)
        {
            RefreshAsync(c, false, default).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } c)
        {
            await RefreshAsync(c, true, cancellationToken);
        }

        return result;
    }

    private static async Task RefreshAsync(DbContext c, bool async, CancellationToken ct)
    {
        var tracker = c.ChangeTracker;
        var changed = tracker.Entries<Installment>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.LoanId)
            .Concat(tracker.Entries<Loan>().Where(e => e.State == EntityState.Added
                                                       || (e.State == EntityState.Modified && (e.Property(l => l.ScheduleVersion).IsModified
                                                                                               || e.Property(l => l.ScheduleStart).IsModified)))
                .Select(e => e.Entity.Id))
            .ToHashSet();
        if (changed.Count == 0)
        {
            return;
        }

        var loans = new List<Loan>();
        foreach (var id in changed)
        {
            var entry = tracker.Entries<Loan>().FirstOrDefault(e => e.Entity.Id == id);
            if (entry is null)
            {
                var query = c.Set<Loan>().Include(l => l.Installments).Where(l => l.Id == id);
                loans.Add(async ? await query.SingleAsync(ct) : query.Single());
                continue;
            }

            var installments = entry.Collection(l => l.Installments);
            if (entry.State != EntityState.Added && !installments.IsLoaded)
            {
                if (async)
                {
                    await installments.LoadAsync(ct);
                }
                else
                {
                    installments.Load();
                }
            }

            loans.Add(entry.Entity);
        }

        var records = c.Set<LoanOnTimeRecord>();
        var local = records.Local.Where(r => changed.Contains(r.LoanId)).ToDictionary(r => r.LoanId);
        var missing = changed.Where(id => !local.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var stored = records.Where(r => missing.Contains(r.LoanId));
            foreach (var r in async ? await stored.ToListAsync(ct) : stored.ToList())
            {
                local[r.LoanId] = r;
            }
        }

        foreach (var loan in loans)
        {
            if (local.TryGetValue(loan.Id, out var record))
            {
                record.Refresh(loan);
            }
            else
            {
                records.Add(LoanOnTimeRecord.Of(loan));
            }
        }
    }

    /// <summary>
    /// Writes the record of every loan that has none (loans saved before records were kept, or loaded in bulk), a thousand
    /// loans a save. Returns how many were written.
    /// </summary>
    public static async Task<int> BackfillAsync(AppDbContext db, CancellationToken ct = default)
    {
        var written = 0;
        while (true)
        {
            var ids = await db.Loans.Where(l => !db.LoanOnTimeRecords.Any(r => r.LoanId == l.Id)).OrderBy(l => l.Id).Select(l => l.Id).Take(1_000)
                .ToListAsync(ct);
            if (ids.Count == 0)
            {
                return written;
            }

            var loans = await db.Loans.AsNoTracking().Include(l => l.Installments).Where(l => ids.Contains(l.Id)).ToListAsync(ct);
            db.LoanOnTimeRecords.AddRange(loans.Select(LoanOnTimeRecord.Of));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            written += loans.Count;
        }
    }
}
