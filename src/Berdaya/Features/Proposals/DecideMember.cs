using Berdaya.Data;
using Berdaya.Domain.Proposals;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Proposals;

/// <summary>
/// The officer decides one member: approve up to the survey's recommendation and the program's cap,
/// or reject with a reason (docs/domain.md, Proposals, surveys and decisions). The last decision closes the proposal.
/// </summary>
public static class DecideMember
{
    public sealed record Command(Guid PartnerId, bool Approve, decimal? Amount, string? Reason);

    [FeatureService]
    public sealed class Handler(AppDbContext db, ProposalAccess access)
    {
        public async Task HandleAsync(Guid proposalId, Command c, string userId, CancellationToken ct)
        {
            access.RequireOfficer();
            var proposal = await access.LoadAsync(proposalId, ct);
            var cap = await db.Programs.Where(p => p.Id == proposal.ProgramId).Select(p => p.MaxLoanPerPartner).FirstAsync(ct);
            proposal.Decide(c.PartnerId, c.Approve, c.Amount, c.Reason, cap, userId, access.Now);
            if (proposal.Status == ProposalStatus.Decided)
            {
                var approved = proposal.ApprovedItems.ToList();
                access.Record(proposal, null, "proposal.decided", "proposals.timeline.decided", proposal, proposal.Id,
                    approved.Count, proposal.Items.Count, approved.Sum(i => i.ApprovedAmount ?? 0));
            }

            await db.SaveChangesAsync(ct);
        }
    }
}
