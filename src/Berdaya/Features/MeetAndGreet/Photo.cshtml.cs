using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>A listed partner's photo, for the readers of their program's directory, while their consent includes it (decision 0032).</summary>
public sealed class PhotoModel(DirectorySearch search) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (content, type) = await search.PhotoAsync(Id, ct);
        Response.Headers.CacheControl = "private, max-age=3600";
        return File(content, type);
    }
}
