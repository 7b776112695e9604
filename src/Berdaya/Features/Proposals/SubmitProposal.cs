using Berdaya.Data;
using Berdaya.Domain.Proposals;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Proposals;

/// <summary>Draft → submitted: the group hands the proposal to the program office.</summary>
public static class SubmitProposal
{
    [FeatureService]
    public sealed class Handler(AppDbContext db, ProposalAccess access)
    {
        public async Task HandleAsync(Guid id, string userId, CancellationToken ct)
        {
            var proposal = await access.LoadAsync(id, ct);
            await access.RequireEditorAsync(proposal.GroupId, ct);
            proposal.Submit(userId, access.Now);
            access.Record(proposal, null, "proposal.submitted", "proposals.timeline.submitted", proposal, proposal.Id, proposal.Items.Count, proposal.RequestedTotal);
            await db.SaveChangesAsync(ct);
        }
    }
}
