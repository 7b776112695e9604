using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Supply;

/// <summary>Renames a group's product (its chair or treasurer, or staff), from the version the page was opened at.</summary>
public sealed class ProductEditModel(SupplyQueries queries, EditProducts edit) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid ProductId { get; set; }

    [BindProperty]
    public EditProducts.ProductCommand Input { get; set; } = new();

    public ProductView Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new EditProducts.ProductCommand { Name = Current.Name, Version = Current.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await edit.RenameProductAsync(Id, ProductId, Input, ct);
        return Redirect($"/groups/{Id}/products");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var g = await queries.EditableProductsAsync(Id, ct);

        Current = g.Products.FirstOrDefault(p => p.Id == ProductId) ?? throw new DomainException("groupproduct.notfound", "Id", ErrorKind.NotFound);
    }
}
