using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Admin.Products;

/// <summary>Revising makes the next version (docs/domain.md, Loan products and fee methods); the version being revised stays for its loans.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class ReviseModel(ReviseProduct.Handler revise, ProductQueries products, TextsLocalizer t) : PageModel
{
    [BindProperty]
    public ProductForm Input { get; set; } = new();

    public ProductDto Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Current = await products.GetAsync(id, ct);
        Input = ProductForm.From(Current) with { EffectiveFrom = null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Current = await products.GetAsync(id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await revise.HandleAsync(id, Input.ToRevise(), ct);
        TempData["Flash"] = t["products.saved"].Value;
        return Redirect($"/admin/products?programId={Current.ProgramId}");
    }
}
