using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Supply;

/// <summary>The group's products and variants, and who makes which as a table; the chair or treasurer adds products and allocates.</summary>
public sealed class ProductsModel(SupplyQueries queries) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AllocateVariant.Command Allocate { get; set; } = new();

    [BindProperty]
    public EditProducts.ProductCommand AddProduct { get; set; } = new();

    public GroupProducts Products { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Products = await queries.ProductsAsync(Id, ct);

    public async Task<IActionResult> OnPostAllocateAsync([FromServices] AllocateVariant handler, CancellationToken ct)
    {
        await handler.AllocateAsync(Id, Allocate, ct);
        return Redirect($"/groups/{Id}/products");
    }

    public async Task<IActionResult> OnPostAddProductAsync([FromServices] EditProducts handler, CancellationToken ct)
    {
        var product = await handler.AddProductAsync(Id, AddProduct, ct);
        return Redirect($"/groups/{Id}/products/{product.Id}/variants/new");
    }

    public async Task<IActionResult> OnPostUnallocateAsync(Guid allocationId, [FromServices] AllocateVariant handler, CancellationToken ct)
    {
        await handler.UnallocateAsync(Id, allocationId, ct);
        return Redirect($"/groups/{Id}/products");
    }

    public async Task OnRefusedAsync(Berdaya.Domain.Common.DomainException refusal, CancellationToken ct) => Products = await queries.ProductsAsync(Id, ct);
}
