using Berdaya.Web.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Regions;

/// <summary>
/// Villages found by name, with their codes: what the region picker's search box offers, as a page for
/// a phone without script (the picker links here; the user copies the code into the form).
/// </summary>
public sealed class FindModel(RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<RegionPathDto> Found { get; private set; } = [];

    /// <summary>Letters were typed, but too few to search.</summary>
    public bool TooShort { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var text = Web.SearchText.Normalize(Q);
        if (text is null)
        {
            return;
        }

        if (text.Length < RegionDirectory.SearchMinLength)
        {
            TooShort = true;
            return;
        }

        Found = await regions.SearchAsync(text, ct: ct);
    }
}
