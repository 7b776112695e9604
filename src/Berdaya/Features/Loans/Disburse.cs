using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Proposals;
using Berdaya.Features.Fund;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// Disburses one approved decision (docs/domain.md, Loan products and fee methods): creates the loan with its schedule and posts
/// the fund's outflow, all in one transaction. Refused above the approved amount, the product's cap or
/// the fund's available balance, twice for one decision, and for a NIK with an active loan anywhere.
/// </summary>
public static class Disburse
{
    public sealed record Command(Guid ProposalItemId, Guid ProductId, decimal Amount, int TenorMonths, int GraceMonths,
        DateOnly DisbursedOn, PaymentChannel Channel, string? Reference);

    [FeatureService]
    public sealed class Handler(AppDbContext db, LoanAccess access, FundLedger fund, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command c, string userId, CancellationToken ct)
        {
            access.RequireOfficer();
            var groups = (await access.User.GroupsAsync(ct)).Select(g => g.Id);
            var item = await db.ProposalItems
                           .Where(i => i.Id == c.ProposalItemId)
                           .Join(db.Proposals, i => i.ProposalId, p => p.Id, (i, p) => new { Item = i, p.ProgramId, p.GroupId, p.Status })
                           .Where(x => groups.Contains(x.GroupId))
                           .FirstOrDefaultAsync(ct)
                       ?? throw new DomainException("loan.decision.notfound", "ProposalItemId", ErrorKind.NotFound);
            if (item.Item.Decision != DecisionOutcome.Approved || item.Status != ProposalStatus.Decided)
            {
                throw new DomainException("loan.decision.notapproved", "ProposalItemId", ErrorKind.Conflict);
            }

            var product = await db.LoanProducts.FirstOrDefaultAsync(p => p.Id == c.ProductId && p.ProgramId == item.ProgramId, ct)
                          ?? throw new DomainException("loan.product.unavailable", "ProductId");

            var today = clock.Today();
            var loan = Loan.Disburse(product, new Disbursement(item.ProgramId, item.Item.PartnerId, item.GroupId, item.Item.Id,
                item.Item.ApprovedAmount ?? 0, c.Amount, c.TenorMonths, c.GraceMonths, c.DisbursedOn, c.Channel, c.Reference), today, userId, access.Now);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await fund.LockAsync(item.ProgramId, ct);
            if (await db.Loans.AnyAsync(l => l.ProposalItemId == item.Item.Id, ct))
            {
                throw new DomainException("loan.disbursed.twice", "ProposalItemId", ErrorKind.Conflict);
            }

            // docs/domain.md, Partners and groups: a NIK with an active loan in any program of the deployment gets no other.
            var nik = await db.Partners.Where(p => p.Id == item.Item.PartnerId).Select(p => p.Nik).FirstAsync(ct);
            var holders = db.Partners.Where(p => p.Nik == nik).Select(p => p.Id);
            if (await db.Loans.AnyAsync(l => holders.Contains(l.PartnerId)
                                             && (l.Status == LoanStatus.Active || (l.Status == LoanStatus.WrittenOff && l.WriteOffKind == WriteOffKind.Book)), ct))
            {
                throw new DomainException("loan.nik.active", "ProposalItemId", ErrorKind.Conflict);
            }

            var available = await fund.AvailableOnAsync(item.ProgramId, c.DisbursedOn, ct);
            if (c.Amount > available)
            {
                throw new DomainValidationException([new DomainException("fund.amount.insufficient", "Amount", ErrorKind.Validation, Math.Max(0m, available),
                    c.DisbursedOn)]);
            }

            db.Loans.Add(loan);
            db.JournalEntries.Add(JournalEntry.ForDisbursement(loan, userId, access.Now));
            access.Record(loan, FivePApproach.Enabling, "loan.disbursed", "loans.timeline.disbursed", loan.Number, loan.Principal);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return loan.Id;
        }
    }
}
