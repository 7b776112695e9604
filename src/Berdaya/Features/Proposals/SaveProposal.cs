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
