using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Repayments;

/// <summary>
/// The month's collection sheet on paper, for groups that collect on paper first: each member and what they owe,
/// with empty columns for what was paid and a signature. In Bahasa Indonesia, as the group's documents are.
/// </summary>
public sealed class CollectionPrintModel(CollectionSheetQuery query, CollectionAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public CollectionSheetView Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await access.PageRefusalAsync(id, Month, ct) is not null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Sheet = await query.SheetAsync(id, Month, ct);
        return Page();
    }
}
