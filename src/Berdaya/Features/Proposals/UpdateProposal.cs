using Berdaya.Data;
using Berdaya.Domain.Proposals;
using Berdaya.Features.Groups;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Proposals;

/// <summary>Changes a draft's plan and requests (only while it is a draft).</summary>
public static class UpdateProposal
{
    public sealed record Command(Guid Id, string? BusinessPlan, List<ItemInput>? Items);

    [FeatureService]
    public sealed class Handler(AppDbContext db, GroupAccess groups, ProposalAccess access)
    {
        public async Task HandleAsync(Command c, CancellationToken ct)
        {
            var proposal = await access.LoadAsync(c.Id, ct);
            await access.RequireEditorAsync(proposal.GroupId, ct);
            var group = await groups.LoadAsync(proposal.GroupId, ct);
            proposal.SetRequests(c.BusinessPlan, ProposalAccess.Requests(c.Items), group.ActiveMembers.Select(m => m.PartnerId).ToHashSet());
            await db.SaveChangesAsync(ct);
        }
    }
}
