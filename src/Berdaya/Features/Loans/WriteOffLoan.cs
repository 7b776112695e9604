using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Web;

namespace Berdaya.Features.Loans;

/// <summary>
/// Write-off by a decision with a reference (docs/domain.md, Rescheduling and write-off): hapus buku (off the books, still
/// collectable) or hapus tagih (extinguished). The principal leaves the receivable account.
/// </summary>
public static class WriteOffLoan
{
    public sealed record Command(WriteOffKind Kind, string? Reference, DateOnly On);

    [FeatureService]
    public sealed class Handler(AppDbContext db, LoanAccess access, TimeProvider clock)
    {
        public async Task HandleAsync(Guid loanId, Command c, string userId, CancellationToken ct)
        {
            access.RequireOfficer();
            var loan = await access.LoadAsync(loanId, ct);
            var principal = loan.WriteOff(c.Kind, c.Reference, c.On, clock.Today());
            if (principal > 0)
            {
                db.JournalEntries.Add(JournalEntry.ForWriteOff(loan, principal, userId, access.Now));
            }

            access.Record(loan, FivePApproach.Fostering, "loan.writtenoff", "loans.timeline.writtenoff", loan.Number, c.Kind, c.Reference!);
            await db.SaveChangesAsync(ct);
        }
    }
}
