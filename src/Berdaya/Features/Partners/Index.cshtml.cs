using Berdaya.Domain.Partners;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Partners;

public sealed class IndexModel(SearchPartners search, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true)]
    public PartnerStatus? Status { get; set; }

    /// <summary>"p", because "page" is taken by Razor Pages' routing.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SearchPartners.Result? Result { get; private set; }

    public bool MayRegister => me.MayRegister;

    public bool ShowContact => me.MaySeeContact;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await search.HandleAsync(new SearchPartners.Query(Q, null, Village, Status, PageNumber), ct);
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["village"] = Village,
            ["status"] = Status?.ToString(),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
