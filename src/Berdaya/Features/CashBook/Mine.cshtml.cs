using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.CashBook;

/// <summary>"My cash book" in the menu: a partner goes to their own book, staff to the partner list to pick one.</summary>
public sealed class MineModel(CashBookAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!access.MayKeepBooks)
        {
            return Forbid();
        }

        return await access.OwnPartnerAsync(ct) is { } own ? Redirect($"/partners/{own}/cashbook") : Redirect("/partners");
    }
}
