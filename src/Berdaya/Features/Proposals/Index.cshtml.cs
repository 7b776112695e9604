using Berdaya.Domain.Proposals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Proposals;

public sealed class IndexModel(ProposalQueries queries) : PageModel
{
    public IReadOnlyList<ProposalSummary> Proposals { get; private set; } = [];
    public ProposalStatus? Status { get; private set; }

    public async Task OnGetAsync(ProposalStatus? status, CancellationToken ct)
    {
        Status = status;
        Proposals = await queries.ListAsync(status, ct);
    }
}
