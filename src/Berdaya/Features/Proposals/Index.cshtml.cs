using Berdaya.Domain.Proposals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Proposals;

public sealed class IndexModel(ProposalQueries queries) : PageModel
{
    public IReadOnlyList<ProposalSummary> Proposals { get; private set; } = [];
    public ProposalStatus? Status { get; private set; }

    /// <summary>The step the listed proposals wait for, as the home page's counts link to it (<c>?waiting=survey</c>).</summary>
    public ProposalWaiting? Waiting { get; private set; }

    public async Task OnGetAsync(ProposalStatus? status, ProposalWaiting? waiting, CancellationToken ct)
    {
        (Status, Waiting) = (status, waiting);
        Proposals = await queries.ListAsync(status, waiting, ct);
    }
}
