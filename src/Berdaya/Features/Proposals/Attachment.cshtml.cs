using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Proposals;

/// <summary>Downloads a proposal's or its surveys' file, always as an attachment (never rendered inline).</summary>
public sealed class AttachmentModel(ProposalFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        var a = await files.GetAsync(id, attachmentId, ct);
        return File(a.Content, a.ContentType, a.FileName);
    }
}
