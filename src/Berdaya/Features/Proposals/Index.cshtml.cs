using Berdaya.Domain.Proposals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Proposals;

public sealed class IndexModel(ProposalQueries queries) : PageModel
{
    public IReadOnlyList<ProposalSummary> Proposals { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public ProposalStatus? Status { get; set; }

    /// <summary>The step the listed proposals wait for, as the home page's counts link to it (<c>?waiting=survey</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public ProposalWaiting? Waiting { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"p", because "page" is taken by Razor Pages' routing.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool HasNext => Proposals.Count == ProposalQueries.PageSize;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Proposals = await queries.ListAsync(Status, Waiting, Q, PageNumber, ProposalQueries.PageSize, ct);
    }

    public string PageLink(int page) =>
        "/proposals" + QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Web.SearchText.Normalize(Q),
            ["status"] = Status?.ToString(),
            ["waiting"] = Waiting?.ToString(),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
