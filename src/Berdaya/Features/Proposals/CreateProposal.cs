using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Proposals;
using Berdaya.Features.Groups;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Proposals;

/// <summary>A group drafts its proposal: business plan and, per member, an amount and purpose.</summary>
public static class CreateProposal
{
    public sealed record Command(Guid GroupId, string? BusinessPlan, List<ItemInput>? Items);

    [FeatureService]
    public sealed class Handler(AppDbContext db, GroupAccess groups, ProposalAccess access)
    {
        public async Task<Guid> HandleAsync(Command c, string userId, CancellationToken ct)
        {
            var group = await groups.LoadAsync(c.GroupId, ct);
            await access.RequireEditorAsync(group.Id, ct);

            // One open proposal per group at a time: a new one waits until the last is decided.
            var open = await db.Proposals.Where(p => p.GroupId == group.Id && p.Status != ProposalStatus.Decided)
                .Select(p => (ProposalStatus?)p.Status).FirstOrDefaultAsync(ct);
            if (open is { } status)
            {
                throw new DomainException("proposal.open.exists", "GroupId", ErrorKind.Conflict, status);
            }

            var proposal = new Proposal(group.ProgramId, group.Id, c.BusinessPlan, userId, access.Now);
            proposal.SetRequests(c.BusinessPlan, ProposalAccess.Requests(c.Items), group.ActiveMembers.Select(m => m.PartnerId).ToHashSet());
            db.Proposals.Add(proposal);
            access.Record(proposal, null, "proposal.created", "proposals.timeline.created", proposal, proposal.Id, group.Name, proposal.Items.Count);
            await db.SaveChangesAsync(ct);
            return proposal.Id;
        }
    }
}
