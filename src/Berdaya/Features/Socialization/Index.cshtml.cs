using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Socialization;

public sealed class IndexModel(SocializationQueries queries, Web.Auth.CurrentUser me) : PageModel
{
    public IReadOnlyList<SocializationQueries.Item> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!me.MayRegister)
        {
            return Forbid();
        }

        Items = await queries.ListAsync(ct);
        return Page();
    }
}
