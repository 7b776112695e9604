using Berdaya.Data;
using Berdaya.Domain.Proposals;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Proposals;

/// <summary>Submitted → draft: the officer sends it back with a reason.</summary>
public static class ReturnProposal
{
    public sealed record Command(string? Reason);

    [FeatureService]
    public sealed class Handler(AppDbContext db, ProposalAccess access)
    {
        public async Task HandleAsync(Guid id, Command c, string userId, CancellationToken ct)
        {
            access.RequireOfficer();
            var proposal = await access.LoadAsync(id, ct);
            proposal.ReturnToDraft(userId, access.Now, c.Reason ?? "");
            access.Record(proposal, null, "proposal.returned", "proposals.timeline.returned", proposal, proposal.Id, c.Reason!.Trim());
            await db.SaveChangesAsync(ct);
        }
    }
}
