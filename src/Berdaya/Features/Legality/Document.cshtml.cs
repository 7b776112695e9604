using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Legality;

/// <summary>Downloads a licence's document, always as an attachment (never rendered inline).</summary>
public sealed class DocumentModel(LegalityFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken ct)
    {
        var a = await files.GetAsync(id, LegalityAccess.KindOf(kind), ct);
        return File(a.Content, a.ContentType, a.FileName);
    }
}
