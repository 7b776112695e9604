using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Groups;

public sealed class IndexModel(GroupQueries queries, GroupAccess access) : PageModel
{
    public IReadOnlyList<GroupSummary> Groups { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public int PageNumber { get; private set; }
    public bool MayWrite => access.MayWrite;

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        PageNumber = Math.Max(1, p ?? 1);
        Groups = await queries.ListAsync(PageNumber, Q, ct);
    }

    public string PageLink(int page) =>
        "/groups" + QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Web.SearchText.Normalize(Q),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
