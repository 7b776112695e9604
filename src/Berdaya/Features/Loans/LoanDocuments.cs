using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Proposals;
using Berdaya.Web;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// The parties of a loan as printed on its contract and receipts: people by name and role (<see cref="Signatories"/>);
/// the officer who disbursed is null when unknown, and the documents then name the unit.
/// </summary>
public sealed record LoanParties(
    string ProgramName, string OperatorName, string UnitName, string? Address, string? Village, string? VillagePath,
    string Sector, string? Products, string? ChairName, Signatory? Facilitator, Signatory? DisbursedBy);

/// <summary>
/// A payment or reversal as printed on its receipt, with the principal still owed once it was recorded. <paramref name="ReceivedBy"/>
/// names who took the money; <paramref name="Officer"/> who recorded a reversal.
/// </summary>
public sealed record ReceiptView(LoanCard Loan, LoanParties Parties, RepaymentRow Repayment, RepaymentRow? Original, RepaymentRow? ReversedBy,
    decimal PrincipalOutstandingAfter, string ReceivedBy, Signatory? Officer);

/// <summary>What the disbursement page needs of one approved decision.</summary>
public sealed record DisbursementCase(Guid ProposalItemId, Guid ProposalId, Guid ProgramId, Guid PartnerId, string OwnerName, string BusinessName,
    Guid GroupId, string GroupName, decimal ApprovedAmount, Guid? LoanId, string? LoanNumber, IReadOnlyList<ProductOption> Products);

public sealed record ProductOption(Guid Id, string Name, int Version, FeeMethod Method, decimal AnnualRatePercent, decimal MaxPrincipal,
    int MaxTenorMonths, int GraceMonths, GraceKind Grace, int DueDay, bool IsSharia);

/// <summary>An approved member of a proposal and the loan made from it, if any (the proposal page links to disbursement).</summary>
public sealed record DisbursementLink(Guid ProposalItemId, Guid? LoanId, string? LoanNumber);

/// <summary>Reads for the loan pages' printable documents and the disbursement page; scope comes from <see cref="LoanAccess"/>.</summary>
[FeatureService]
public sealed class LoanDocuments(AppDbContext db, LoanQueries queries, LoanAccess access, RegionDirectory regions, Signatories signatories)
{
    public async Task<(LoanCard Card, LoanParties Parties)> ContractAsync(Guid id, CancellationToken ct)
    {
        var card = await queries.CardAsync(id, null, ct);
        return (card, await PartiesAsync(card, ct));
    }

    public async Task<ReceiptView> ReceiptAsync(Guid loanId, Guid repaymentId, CancellationToken ct)
    {
        var card = await queries.CardAsync(loanId, null, ct);
        var row = card.Repayments.FirstOrDefault(r => r.Id == repaymentId)
                  ?? throw new DomainException("repayment.notfound", "RepaymentId", ErrorKind.NotFound);

        // The receivable after this entry: every payment takes its principal part off, every reversal puts its part back.
        var upTo = card.Repayments.TakeWhile(r => r.Id != repaymentId).Append(row);
        var after = card.Principal - upTo.Sum(r => r.Kind == RepaymentKind.Payment ? r.PrincipalPart : -r.PrincipalPart);
        var original = row.ReversalOfId is { } o ? card.Repayments.FirstOrDefault(r => r.Id == o) : null;
        var reversedBy = row.ReversedById is { } rb ? card.Repayments.FirstOrDefault(r => r.Id == rb) : null;
        var recordedBy = await db.Repayments.Where(r => r.Id == row.Id).Select(r => r.RecordedBy).FirstAsync(ct);
        var receivedBy = await signatories.ReceiverAsync(row.ReceivedBy, recordedBy, card.GroupId, ct);
        var officer = row.Kind == RepaymentKind.Reversal ? await signatories.OfUserAsync(recordedBy, card.GroupId, ct) : null;
        return new ReceiptView(card, await PartiesAsync(card, ct), row, original, reversedBy, after, receivedBy, officer);
    }

    /// <summary>An approved decision in the officer's scope, with the program's products open for new loans.</summary>
    public async Task<DisbursementCase> CaseAsync(Guid proposalItemId, CancellationToken ct)
    {
        access.RequireOfficer();
        var groups = await access.User.GroupsAsync(ct);
        var found = await db.ProposalItems.Where(i => i.Id == proposalItemId)
                        .Join(db.Proposals, i => i.ProposalId, p => p.Id, (i, p) => new { Item = i, Proposal = p })
                        .Join(groups, x => x.Proposal.GroupId, g => g.Id, (x, g) => new { x.Item, x.Proposal, GroupName = g.Name })
                        .Join(db.Partners, x => x.Item.PartnerId, p => p.Id, (x, p) => new
                        {
                            x.Item.Id,
                            x.Item.ProposalId,
                            x.Proposal.ProgramId,
                            x.Item.PartnerId,
                            p.OwnerName,
                            p.BusinessName,
                            x.Proposal.GroupId,
                            x.GroupName,
                            x.Item.ApprovedAmount,
                            x.Item.Decision,
                            x.Proposal.Status,
                        })
                        .FirstOrDefaultAsync(ct)
                    ?? throw new DomainException("loan.decision.notfound", "ProposalItemId", ErrorKind.NotFound);
        if (found.Decision != DecisionOutcome.Approved || found.Status != ProposalStatus.Decided)
        {
            // The disbursement page of a decision that is not an approval has nothing to show.
            throw new DomainException("loan.decision.notapproved", "ProposalItemId", ErrorKind.NotFound);
        }

        var loan = await db.Loans.Where(l => l.ProposalItemId == found.Id).Select(l => new { l.Id, l.Number }).FirstOrDefaultAsync(ct);
        var products = await db.LoanProducts
            .Where(p => p.ProgramId == found.ProgramId && p.IsCurrent && p.IsActive)
            .OrderBy(p => p.Name)
            .Select(p => new ProductOption(p.Id, p.Name, p.Version, p.Method, p.AnnualRatePercent, p.MaxPrincipal, p.MaxTenorMonths, p.GraceMonths,
                p.Grace, p.DueDay, p.IsSharia))
            .ToListAsync(ct);
        return new DisbursementCase(found.Id, found.ProposalId, found.ProgramId, found.PartnerId, found.OwnerName, found.BusinessName, found.GroupId,
            found.GroupName, found.ApprovedAmount ?? 0, loan?.Id, loan?.Number, products);
    }

    /// <summary>By partner: each approved member's decision and its loan (the proposal page's approved list).</summary>
    public async Task<Dictionary<Guid, DisbursementLink>> LinksAsync(Guid proposalId, CancellationToken ct) =>
        await db.ProposalItems
            .Where(i => i.ProposalId == proposalId && i.Decision == DecisionOutcome.Approved)
            .Select(i => new
            {
                i.PartnerId,
                Link = new DisbursementLink(i.Id,
                    db.Loans.Where(l => l.ProposalItemId == i.Id).Select(l => (Guid?)l.Id).FirstOrDefault(),
                    db.Loans.Where(l => l.ProposalItemId == i.Id).Select(l => l.Number).FirstOrDefault()),
            })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Link, ct);

    public bool MayDisburse => access.IsOfficer;

    /// <summary>
    /// The schedule the loan would get: the loan is made by the same rule the disbursement uses (approved
    /// amount, the product's limits, the date) and then thrown away, so a preview never shows terms that
    /// would be refused. How the money is paid out does not change the schedule, so it is not asked yet. Nothing is written.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledInstallment>> PreviewAsync(DisbursementCase c, Disburse.Command command, CancellationToken ct)
    {
        var product = await db.LoanProducts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.ProductId && p.ProgramId == c.ProgramId, ct)
                      ?? throw new DomainException("loan.product.unavailable", "ProductId");
        var loan = Loan.Disburse(product, new Disbursement(c.ProgramId, c.PartnerId, c.GroupId, c.ProposalItemId, c.ApprovedAmount, command.Amount,
            command.TenorMonths, command.GraceMonths, command.DisbursedOn, PaymentChannel.Cash, null), access.Today, access.User.Id ?? "", access.Now);
        var left = loan.Principal;
        return loan.CurrentSchedule.Select(i =>
        {
            left -= i.Principal;
            return new ScheduledInstallment(i.Number, i.DueDate, i.Principal, i.Fee, left);
        }).ToList();
    }

    private async Task<LoanParties> PartiesAsync(LoanCard card, CancellationToken ct)
    {
        var program = await db.Programs.Where(p => p.Id == card.ProgramId).Select(p => new { p.Name, p.OperatorName, p.UnitName }).FirstAsync(ct);
        var partner = await db.Partners.Where(p => p.Id == card.PartnerId).Select(p => new { p.Address, p.Sector, p.Products }).FirstAsync(ct);
        var place = await regions.DescribeAsync(card.VillageCode, ct);
        string? chair = null;
        Signatory? facilitator = null;
        if (card.GroupId is { } gid)
        {
            chair = await db.GroupMemberships.Where(m => m.GroupId == gid && m.ActivePartnerId != null && m.Role == GroupRole.Chair)
                .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => p.OwnerName).FirstOrDefaultAsync(ct);
            var facilitatorId = await db.Groups.Where(g => g.Id == gid).Select(g => g.FacilitatorUserId).FirstOrDefaultAsync(ct);
            facilitator = await signatories.OfUserAsync(facilitatorId, gid, ct);
        }

        var by = await db.Loans.Where(l => l.Id == card.Id).Select(l => l.DisbursedBy).FirstAsync(ct);
        var disbursedBy = await signatories.OfUserAsync(by, card.GroupId, ct);
        return new LoanParties(program.Name, program.OperatorName, program.UnitName, partner.Address, place?.Name, place?.Path, partner.Sector,
            partner.Products, chair, facilitator, disbursedBy is { Name.Length: > 0 } ? disbursedBy : null);
    }
}
