using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fund;

/// <summary>
/// Money into or out of the fund that is not a loan (docs/domain.md, The ledger): capital allocated or
/// withdrawn, bank interest, coaching grants, other income. An outflow may not overdraw the fund on its date or any day after.
/// </summary>
public static class RecordFundMovement
{
    public static readonly EntryKind[] Kinds =
        [EntryKind.Capital, EntryKind.CapitalWithdrawal, EntryKind.BankInterest, EntryKind.CoachingGrant, EntryKind.OtherIncome];

    public sealed record Command(Guid ProgramId, EntryKind Kind, decimal Amount, DateOnly On, string? Description);

    [FeatureService]
    public sealed class Handler(AppDbContext db, CurrentUser me, FundLedger fund, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command c, CancellationToken ct)
        {
            if (!me.IsAdmin && !me.IsOfficer)
            {
                throw new DomainException("loan.officer.only", null, ErrorKind.Forbidden);
            }

            await me.RequireProgramAsync(c.ProgramId, ct);
            var errors = new List<DomainException>();
            if (!Kinds.Contains(c.Kind))
            {
                errors.Add(new DomainException("fund.kind", "Kind"));
            }

            Rupiah.Check(c.Amount, "Amount", errors);

            // Only capital may open a program's books; every other movement falls on or after the first capital.
            var start = c.Kind == EntryKind.Capital
                ? null
                : await db.JournalEntries.Where(e => e.ProgramId == c.ProgramId && e.Kind == EntryKind.Capital)
                    .MinAsync(e => (DateOnly?)e.EntryDate, ct);
            Loan.CheckDate(c.On, start, clock.Today(), "On", errors);
            if (string.IsNullOrWhiteSpace(c.Description))
            {
                errors.Add(new DomainException("field.required", "Description"));
            }

            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (c.Kind is EntryKind.CoachingGrant or EntryKind.CapitalWithdrawal)
            {
                await fund.LockAsync(c.ProgramId, ct);
                var available = await fund.AvailableOnAsync(c.ProgramId, c.On, ct);
                if (c.Amount > available)
                {
                    throw new DomainValidationException([new DomainException("fund.amount.insufficient", "Amount", ErrorKind.Validation, Math.Max(0m, available), c.On)]);
                }
            }

            var entry = JournalEntry.ForFundMovement(c.ProgramId, c.On, c.Kind, c.Amount, c.Description!.Trim(), me.RequiredId, clock.GetUtcNow());
            db.JournalEntries.Add(entry);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return entry.Id;
        }
    }
}
