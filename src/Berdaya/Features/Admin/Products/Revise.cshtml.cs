using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Features.Groups;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Admin.Products;

/// <summary>Revising makes the next version (issue 3 section 1); the version being revised stays for its loans.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class ReviseModel(SaveProduct save, ProductQueries products, Texts texts, TextsLocalizer t) : PageModel
{
    [BindProperty]
    public ProductForm Input { get; set; } = new();

    public ProductDto Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } p)
        {
            return NotFound();
        }

        Current = p;
        Input = ProductForm.From(p);
        Input.EffectiveFrom = null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } p)
        {
            return NotFound();
        }

        Current = p;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await save.ReviseAsync(id, Input.ToRevise(), ct);
            TempData["Flash"] = t["products.saved"].Value;
            return Redirect($"/admin/products?programId={p.ProgramId}");
        }
        catch (DomainException ex)
        {
            return PageOutcome.Handle(this, ex, texts) ?? Page();
        }
    }

    private async Task<ProductDto?> FindAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await products.GetAsync(id, ct);
        }
        catch (DomainException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
