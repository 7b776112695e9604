using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// Reverses a payment with a reason (never edited or deleted; docs/domain.md, Reversal). The loan is recomputed
/// from the payments that still stand, and the ledger gets one entry taking back exactly the fee and
/// principal the recomputation removed.
/// </summary>
public static class ReverseRepayment
{
    public sealed record Command(string? Reason);

    [FeatureService]
    public sealed class Handler(AppDbContext db, LoanAccess access, ReceiptNumbers numbers, TimeProvider clock)
    {
        private const int Attempts = 10;

        public async Task<Guid> HandleAsync(Guid loanId, Guid repaymentId, Command c, string userId, CancellationToken ct)
        {
            access.RequireOfficer();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await ReverseAsync(loanId, repaymentId, c, userId, ct);
                }
                catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
                {
                    // Another officer reversed the same payment a moment earlier, or another reversal of the day took
                    // this receipt number first (then start again with the next one).
                    db.ChangeTracker.Clear();
                    if (await db.Repayments.AnyAsync(r => r.Id == repaymentId && r.ReversedById != null, ct))
                    {
                        throw new DomainException("repayment.reversed", null, ErrorKind.Conflict);
                    }

                    if (attempt >= Attempts)
                    {
                        throw;
                    }

                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), ct);
                }
            }
        }

        private async Task<Guid> ReverseAsync(Guid loanId, Guid repaymentId, Command c, string userId, CancellationToken ct)
        {
            var loan = await access.LoadAsync(loanId, ct);
            var payments = await db.Repayments.Include(r => r.Allocations)
                .Where(r => r.LoanId == loan.Id && r.Kind == RepaymentKind.Payment && r.ReversedById == null)
                .ToListAsync(ct);
            var target = payments.FirstOrDefault(r => r.Id == repaymentId)
                         ?? (await db.Repayments.AnyAsync(r => r.Id == repaymentId && r.LoanId == loan.Id, ct)
                             ? throw new DomainException("repayment.reversed", null, ErrorKind.Conflict)
                             : throw new DomainException("repayment.notfound", "RepaymentId", ErrorKind.NotFound));

            // Payments made under an earlier schedule are settled into the rescheduling; they cannot move.
            var lastReschedule = await db.LoanReschedules.Where(r => r.LoanId == loan.Id).OrderByDescending(r => r.ToVersion)
                .Select(r => (DateTimeOffset?)r.At).FirstOrDefaultAsync(ct);
            bool Current(Repayment r) => lastReschedule is null || r.RecordedAt > lastReschedule;
            if (!Current(target))
            {
                throw new DomainException("repayment.reverse.rescheduled", null, ErrorKind.Conflict);
            }

            var today = clock.Today();
            var feeBefore = loan.FeePaid;
            var principalBefore = loan.PrincipalPaid;
            var standing = payments.Where(r => r.Id != target.Id && Current(r))
                .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id)
                .ToList();
            var allocations = loan.Replay(standing.Select(r => (r.Id, r.Amount, r.PaidOn)).ToList(), today);
            var feeBack = feeBefore - loan.FeePaid;
            var principalBack = principalBefore - loan.PrincipalPaid;
            var reversal = target.Reverse(c.Reason, today, feeBack, principalBack, userId, access.Now,
                await numbers.NextAsync(RepaymentKind.Reversal, today, ct));
            foreach (var r in standing)
            {
                r.SetAllocations(allocations[r.Id]);
            }

            db.Repayments.Add(reversal);
            db.JournalEntries.Add(JournalEntry.ForReversal(loan, reversal, userId, access.Now));
            access.Record(loan, FivePApproach.Supporting, "repayment.reversed", "loans.timeline.reversed", target.ReceiptNumber, target.Amount, reversal.Reason!);
            await db.SaveChangesAsync(ct);
            return reversal.Id;
        }
    }
}
