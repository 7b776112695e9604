using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Repayments;

/// <summary>"Due this month" for officers and treasurers: each member's installment, paid or not, late members first.</summary>
public sealed class DueModel(CollectionSheetQuery query, CollectionAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public DueList List { get; private set; } = null!;

    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await access.PageRefusalAsync(id, Month, ct) is { } reason)
        {
            Refused = reason;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        List = await query.DueAsync(id, Month, ct);
        return Page();
    }
}
