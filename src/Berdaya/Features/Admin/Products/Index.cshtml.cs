using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Admin.Products;

/// <summary>The program's loan products with their version history: officers read, administrators create and revise.</summary>
[Authorize(Roles = ProgramScope.Office)]
public sealed class IndexModel(ProgramScope scope, ProductQueries products) : PageModel
{
    public IReadOnlyList<ProductHistory> Products { get; private set; } = [];
    public ProgramPicker Picker { get; private set; } = null!;
    public bool MayWrite => scope.User.IsAdmin;

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/admin/products");
        Products = await products.ListAsync(id, ct);
        return Page();
    }
}
