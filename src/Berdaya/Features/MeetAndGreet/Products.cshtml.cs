using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// The public products page (docs/domain.md, Meet and Greet): without login, for buyers, the products of partners who agreed to be
/// shown to buyers, by region; each with a link to send the partner an enquiry. Nothing else of a partner is shown.
/// </summary>
[AllowAnonymous]
public sealed class ProductsModel(PublicProducts products) : PageModel
{
    // Read from the query string only: the route's own "page" value (the page's name) would otherwise be read as the page number.
    [BindProperty(SupportsGet = true)]
    [FromQuery]
    public PublicProducts.Query Query { get; set; } = new();

    public ProductsPage Result { get; private set; } = new([], 1, false);
    public IReadOnlyList<(string Code, string Name, int Count)> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Regions = await products.RegionsAsync(ct);
        var region = (Query.Region ?? "").Trim();
        if (region.Length > 8 || !region.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            Query.Region = null;
        }

        Result = await products.HandleAsync(Query, ct);
    }
}
