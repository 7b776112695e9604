using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// The directory of fellow partners (docs/domain.md, Meet and Greet): search by product, sector, region and distance; each entry with
/// its trust signals, and for a partner user a request to connect with those who show Contact.
/// </summary>
public sealed class DirectoryModel(DirectorySearch search, Connections connections, DirectoryAccess access, Texts texts) : PageModel, IFormPage
{
    // Read from the query string only: the route's own "page" value (the page's name) would otherwise be read as the page number.
    [BindProperty(SupportsGet = true)]
    [FromQuery]
    public DirectorySearch.Query Query { get; set; } = new();

    [BindProperty]
    public Connections.SendCommand Connect { get; set; } = new();

    public DirectoryPage Result { get; private set; } = new([], 1, false, null);
    public Guid? Own { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostConnectAsync(CancellationToken ct)
    {
        var own = await access.OwnPartnerAsync(ct) ?? throw new DomainException("directory.forbidden", null, ErrorKind.Forbidden);
        await connections.SendAsync(own, Connect, ct);
        TempData["Flash"] = texts.Get("connection.sent", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{own}/connections");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Own = await access.OwnPartnerAsync(ct);
        if (Query.Km is < 1 or > DirectorySearch.MaxKm)
        {
            // A distance out of range is named beside its field; the list shows without it.
            ModelState.AddModelError("Query.Km", texts.Format("error.directory.km.range", CultureInfo.CurrentUICulture, DirectorySearch.MaxKm));
            Query.Km = null;
        }

        Result = await search.HandleAsync(Query, ct);
    }
}
