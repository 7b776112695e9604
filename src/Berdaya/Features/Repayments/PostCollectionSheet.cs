using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Loans;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Repayments;

/// <summary>
/// Posts a group's monthly collection sheet (docs/domain.md, Allocation): every payment or none. All lines are
/// checked before anything is written; then the sheet, each payment (fee first, then principal, oldest
/// installment first) and its ledger entry go in one SaveChanges. When another payment changes one of
/// the loans first, the whole sheet starts again from the loans' new state.
/// </summary>
public static class PostCollectionSheet
{
    public sealed record Line(Guid LoanId, decimal? Amount);

    /// <param name="Key">The form's or client's submission key: the same posting again answers the first sheet (no second posting).</param>
    public sealed record Command(string? Month, DateOnly PaidOn, PaymentChannel Channel, string? Reference, IReadOnlyList<Line>? Lines, string? Key = null);

    public sealed record Receipt(Guid RepaymentId, Guid LoanId, string LoanNumber, Guid PartnerId, string ReceiptNumber, decimal Amount,
        decimal FeePart, decimal PrincipalPart);

    public sealed record Result(Guid SheetId, Guid GroupId, string Month, DateOnly PaidOn, PaymentChannel Channel, int Payments, decimal Total,
        IReadOnlyList<Receipt> Receipts);

    private const int Attempts = 20;

    [FeatureService]
    public sealed class Handler(AppDbContext db, CollectionAccess access, RecordRepayment.Handler repayments, Texts texts, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Guid groupId, Command c, string userId, CancellationToken ct)
        {
            var group = await access.RequireCollectorAsync(groupId, ct);
            if (c.Key is not null && await PostedAsync(group.Id, c.Key, ct) is { } first)
            {
                return Same(first, c);
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await PostAsync(group, c, userId, ct);
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    // A payment on one of the loans committed first: check and post the whole sheet again on the new state.
                    db.ChangeTracker.Clear();
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), ct);
                }
                catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
                {
                    // The same key's sheet committed first (both presses arrived together): answer it. Otherwise another
                    // posting of the day took one of these receipt numbers first: number the sheet again.
                    db.ChangeTracker.Clear();
                    if (c.Key is not null && await PostedAsync(group.Id, c.Key, ct) is { } earlier)
                    {
                        return Same(earlier, c);
                    }

                    if (attempt >= Attempts)
                    {
                        throw;
                    }

                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), ct);
                }
            }
        }

        /// <summary>
        /// Checks a sheet as posting it would, and writes nothing: the review step shows what the confirmation will
        /// post, and a line that would be refused is named before the treasurer confirms.
        /// </summary>
        public async Task<IReadOnlyList<(Guid LoanId, decimal Amount)>> CheckAsync(Guid groupId, Command c, CancellationToken ct)
        {
            var group = await access.RequireCollectorAsync(groupId, ct);
            var ids = (c.Lines ?? []).Select(l => l.LoanId).Distinct().ToList();
            var loans = await db.Loans.AsNoTracking().Include(l => l.Installments)
                .Where(l => l.GroupId == group.Id && ids.Contains(l.Id))
                .ToDictionaryAsync(l => l.Id, ct);
            return Check(c, loans, clock.Today()).Posting.Select(p => (p.Loan.Id, p.Amount)).ToList();
        }

        /// <summary>
        /// The first sheet answers a repeat of the same posting (month, date, total); the same key with another
        /// sheet is refused, as for a single payment's key.
        /// </summary>
        private static Result Same(Result first, Command c)
        {
            var total = (c.Lines ?? []).Sum(l => l.Amount ?? 0);
            return CollectionMonth.TryParse(c.Month, out var month) && month.ToString() == first.Month && c.PaidOn == first.PaidOn && total == first.Total
                ? first
                : throw new DomainException("idempotency.mismatch", "Idempotency-Key", ErrorKind.Conflict);
        }

        /// <summary>The sheet already posted with a key, as it was answered then; null when there is none.</summary>
        private async Task<Result?> PostedAsync(Guid groupId, string key, CancellationToken ct)
        {
            var sheet = await db.CollectionSheets.AsNoTracking().FirstOrDefaultAsync(s => s.GroupId == groupId && s.SubmissionKey == key, ct);
            if (sheet is null)
            {
                return null;
            }

            var rows = await (from r in db.Repayments
                              join l in db.Loans on r.LoanId equals l.Id
                              where r.CollectionSheetId == sheet.Id && r.Kind == RepaymentKind.Payment
                              orderby r.ReceiptNumber
                              select new { r.Channel, Receipt = new Receipt(r.Id, l.Id, l.Number, l.PartnerId, r.ReceiptNumber, r.Amount, r.FeePart, r.PrincipalPart) })
                .ToListAsync(ct);
            var month = CollectionMonth.Of(sheet.Month);
            return new Result(sheet.Id, groupId, month.ToString(), sheet.PaidOn, rows.Count == 0 ? PaymentChannel.Cash : rows[0].Channel,
                sheet.Payments, sheet.Total, rows.Select(x => x.Receipt).ToList());
        }

        private async Task<Result> PostAsync(CollectionGroup group, Command c, string userId, CancellationToken ct)
        {
            var today = clock.Today();
            var lines = c.Lines ?? [];
            var ids = lines.Select(l => l.LoanId).Distinct().ToList();
            var loans = await db.Loans.Include(l => l.Installments)
                .Where(l => l.GroupId == group.Id && ids.Contains(l.Id))
                .ToDictionaryAsync(l => l.Id, ct);
            var (month, posting) = Check(c, loans, today);

            var total = posting.Sum(p => p.Amount);
            var sheet = new CollectionSheet(group.ProgramId, group.Id, month.First, c.PaidOn, total, posting.Count, userId, clock.GetUtcNow(), c.Key);
            db.CollectionSheets.Add(sheet);
            var receipts = new List<Receipt>();
            foreach (var (loan, amount) in posting)
            {
                var r = await repayments.PostAsync(loan, new RecordRepayment.Command(amount, c.PaidOn, c.Channel, c.Reference, null), sheet.Id, userId, ct);
                receipts.Add(new Receipt(r.Id, loan.Id, loan.Number, loan.PartnerId, r.ReceiptNumber, r.Amount, r.FeePart, r.PrincipalPart));
            }

            var id = CultureInfo.GetCultureInfo("id-ID");
            db.Timeline.Add(new TimelineEvent(group.ProgramId, group.Id, null, c.PaidOn, FivePApproach.Enabling, "collection.posted",
                texts.Format("repayments.timeline.posted", id, month.First.ToString("MMMM yyyy", id), posting.Count, total),
                nameof(CollectionSheet), sheet.Id, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
            return new Result(sheet.Id, group.Id, month.ToString(), c.PaidOn, c.Channel, posting.Count, total, receipts);
        }

        /// <summary>
        /// Every rule of every line at once (a sheet with one bad line posts nothing):
        /// each line names its own field, so the page shows the message beside that member.
        /// </summary>
        private static (CollectionMonth Month, List<(Loan Loan, decimal Amount)> Posting) Check(Command c, Dictionary<Guid, Loan> loans, DateOnly today)
        {
            var errors = new List<DomainException>();
            if (!CollectionMonth.TryParse(c.Month, out var month))
            {
                errors.Add(new DomainException("collection.month", "Month"));
            }

            Loan.CheckDate(c.PaidOn, null, today, "PaidOn", errors);
            var dateOk = errors.All(e => e.Field != "PaidOn");
            PaymentChannels.Check(c.Channel, c.Reference, errors);

            var posting = new List<(Loan, decimal)>();
            var seen = new HashSet<Guid>();
            var lines = c.Lines ?? [];
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Amount is null or 0)
                {
                    continue;
                }

                var field = string.Create(CultureInfo.InvariantCulture, $"Lines[{i}]");
                if (!loans.TryGetValue(line.LoanId, out var loan))
                {
                    errors.Add(new DomainException("collection.loan.notingroup", field + ".LoanId"));
                    continue;
                }

                if (!seen.Add(loan.Id))
                {
                    errors.Add(new DomainException("collection.loan.twice", field + ".LoanId", ErrorKind.Validation, loan.Number));
                    continue;
                }

                if (loan.Status != LoanStatus.Active)
                {
                    errors.Add(new DomainException(loan.Status == LoanStatus.Repaid ? "collection.loan.repaid" : "collection.loan.writtenoff",
                        field + ".LoanId", ErrorKind.Validation, loan.Number));
                    continue;
                }

                var amount = line.Amount.Value;
                var before = errors.Count;
                Rupiah.Check(amount, field + ".Amount", errors);
                if (errors.Count == before && amount > loan.TotalOwed)
                {
                    errors.Add(new DomainException("repayment.above.owed", field + ".Amount", ErrorKind.Validation, loan.TotalOwed));
                }

                if (dateOk)
                {
                    Loan.CheckDate(c.PaidOn, loan.ScheduleStart, today, field + ".PaidOn", errors);
                }

                posting.Add((loan, amount));
            }

            if (errors.Count == 0 && posting.Count == 0)
            {
                errors.Add(new DomainException("collection.empty", "Lines"));
            }

            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            return (month, posting);
        }
    }
}
