using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// Records one payment on a loan (docs/domain.md, Allocation): fee first, then principal, oldest installment
/// first; posted to the fund ledger in the same transaction. Safe when two payments arrive at once:
/// the loan's version token makes the second one re-read the loan and apply to the new state (or be
/// refused when nothing is left to pay), so nothing is over-allocated or lost.
/// </summary>
public static class RecordRepayment
{
    public sealed record Command(decimal Amount, DateOnly PaidOn, PaymentChannel Channel, string? Reference, string? ReceivedBy);

    /// <summary>The payment's id; <see cref="Posted"/> is the new payment itself (null when an earlier request with the same key answers).</summary>
    public sealed record Result(Guid RepaymentId, bool Replayed, Repayment? Posted = null);

    private const int Attempts = 40;

    /// <summary>The longest receiver's name the receipt keeps (the column's length).</summary>
    private const int ReceivedByLength = 200;

    /// <summary>The longest key a client may send (the column's length).</summary>
    public const int MaxKeyLength = 200;

    /// <summary>A client's Idempotency-Key header: trimmed, null when absent, refused when longer than the column holds.</summary>
    public static string? Key(string? header)
    {
        var key = header?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        return key.Length <= MaxKeyLength ? key : throw new DomainException("idempotency.long", "Idempotency-Key", ErrorKind.Validation, MaxKeyLength);
    }

    [FeatureService]
    public sealed class Handler(AppDbContext db, LoanAccess access, ReceiptNumbers numbers, Signatories signatories, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Guid loanId, Command c, string? idempotencyKey, string userId, CancellationToken ct)
        {
            // A repeated key is found when its record collides with the first one's on saving (one round trip
            // fewer for every new payment); the whole payment is then rolled back and the first result answers.
            var hash = idempotencyKey is null ? null : Hash(loanId, c);

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var loan = await access.LoadAsync(loanId, ct);
                    await access.RequireCollectorAsync(loan, ct);
                    var repayment = await PostAsync(loan, c, null, userId, ct);
                    if (idempotencyKey is not null)
                    {
                        db.IdempotencyRecords.Add(new IdempotencyRecord
                        {
                            Key = idempotencyKey,
                            UserId = userId,
                            RequestHash = hash!,
                            ResultId = repayment.Id,
                            CreatedAt = access.Now,
                        });
                    }

                    await db.SaveChangesAsync(ct);
                    return new Result(repayment.Id, false, repayment);
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    // Another payment changed the loan first: start again from its new state.
                    db.ChangeTracker.Clear();
                    await Task.Delay(Random.Shared.Next(1, 2 + Math.Min(attempt, 10) * 3), ct);
                }
                catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex) && attempt < Attempts)
                {
                    // The same key was used by a request that committed first, or another payment of the day took
                    // this receipt number first: answer the first request, or start again with the next number.
                    db.ChangeTracker.Clear();
                    if (idempotencyKey is not null && await PreviousAsync(idempotencyKey, hash!, userId, ct) is { } first)
                    {
                        return first;
                    }

                    await Task.Delay(Random.Shared.Next(1, 2 + Math.Min(attempt, 10) * 3), ct);
                }
                catch (DbUpdateException) when (idempotencyKey is not null)
                {
                    // The same key was used by a request that committed first.
                    db.ChangeTracker.Clear();
                    if (await PreviousAsync(idempotencyKey, hash!, userId, ct) is { } first)
                    {
                        return first;
                    }

                    throw;
                }
                catch (DomainException) when (idempotencyKey is not null)
                {
                    // A repeat of a payment that has since repaid the loan (or used up what was owed) answers
                    // with the first result, not with the refusal a new payment would get.
                    db.ChangeTracker.Clear();
                    if (await PreviousAsync(idempotencyKey, hash!, userId, ct) is { } earlier)
                    {
                        return earlier;
                    }

                    throw;
                }
            }
        }

        /// <summary>Applies a payment to a tracked loan and adds the repayment, numbered, and its ledger entry (no save).</summary>
        public async Task<Repayment> PostAsync(Loan loan, Command c, Guid? collectionSheetId, string userId, CancellationToken ct)
        {
            var errors = new List<DomainException>();
            PaymentChannels.Check(c.Channel, c.Reference, errors);

            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            var allocations = loan.Pay(c.Amount, c.PaidOn, clock.Today());
            var receivedBy = string.IsNullOrWhiteSpace(c.ReceivedBy)
                ? Written(await signatories.OfUserAsync(userId, loan.GroupId, ct))
                : c.ReceivedBy;
            var sequence = await numbers.NextAsync(RepaymentKind.Payment, c.PaidOn, ct);
            var repayment = Repayment.Payment(loan, c.Amount, c.PaidOn, c.Channel, c.Reference, receivedBy, collectionSheetId, allocations, userId, access.Now,
                sequence);
            db.Repayments.Add(repayment);
            db.JournalEntries.Add(JournalEntry.ForRepayment(loan, repayment, userId, access.Now));
            return repayment;
        }

        /// <summary>The receiver as the receipt keeps it: name and role, or the name alone when both do not fit the column.</summary>
        private static string Written(Signatory? who) =>
            who is null ? "" : who.ToString().Length <= ReceivedByLength ? who.ToString() : who.Name;

        private async Task<Result?> PreviousAsync(string key, string hash, string userId, CancellationToken ct)
        {
            var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);
            if (record is null)
            {
                return null;
            }

            return record.RequestHash == hash
                ? new Result(record.ResultId, true)
                : throw new DomainException("idempotency.mismatch", "Idempotency-Key", ErrorKind.Conflict);
        }

        private static string Hash(Guid loanId, Command c) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(loanId + "|" + JsonSerializer.Serialize(c))));
    }
}
