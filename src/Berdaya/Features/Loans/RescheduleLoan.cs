using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Web;

namespace Berdaya.Features.Loans;

/// <summary>
/// Rescheduling (restructuring) with a reason: a new schedule from what is outstanding, the old one
/// kept (docs/domain.md, Rescheduling and write-off). No money moves, so nothing is posted to the ledger.
/// </summary>
public static class RescheduleLoan
{
    public sealed record Command(int TenorMonths, int GraceMonths, DateOnly On, string? Reason);

    [FeatureService]
    public sealed class Handler(AppDbContext db, LoanAccess access, TimeProvider clock)
    {
        public async Task HandleAsync(Guid loanId, Command c, string userId, CancellationToken ct)
        {
            access.RequireOfficer();
            var loan = await access.LoadAsync(loanId, ct);
            var record = loan.Reschedule(c.TenorMonths, c.GraceMonths, c.On, c.Reason, clock.Today(), userId, access.Now);
            db.LoanReschedules.Add(record);
            access.Record(loan, FivePApproach.Supporting, "loan.rescheduled", "loans.timeline.rescheduled", loan.Number, record.PrincipalOutstanding, c.TenorMonths);
            await db.SaveChangesAsync(ct);
        }
    }
}
