using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;

namespace Berdaya.Features.Proposals;

/// <summary>
/// The proposals waiting for someone (docs/domain.md, Roles and scope): surveys, decisions and disbursements
/// for the program office; drafts for those who enter proposals (facilitators, and a group's members).
/// One count per step, each linking to the list filtered to the same proposals; a step with none is left out.
/// </summary>
[FeatureService]
public sealed class ProposalWork(ProposalQueries queries, CurrentUser me, TextsLocalizer t) : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(CancellationToken ct)
    {
        var steps = new List<(ProposalWaiting Step, int Order)>();
        if (me.IsAdmin || me.IsOfficer)
        {
            steps.Add((ProposalWaiting.Survey, WorkItem.Decisions));
            steps.Add((ProposalWaiting.Decision, WorkItem.Decisions + 1));
            steps.Add((ProposalWaiting.Disbursement, WorkItem.Decisions + 2));
        }

        if (me.IsFacilitator || me.IsPartner)
        {
            steps.Add((ProposalWaiting.Draft, WorkItem.Drafts));
        }

        var items = new List<WorkItem>();
        foreach (var (step, order) in steps)
        {
            var count = await queries.CountAsync(step, ct);
            if (count > 0)
            {
                var name = step.ToString().ToLowerInvariant();
                items.Add(new WorkItem($"proposals-{name}", order, t[$"proposals.work.{name}"], $"/proposals?waiting={name}", count));
            }
        }

        return items;
    }
}
