using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Supply;

/// <summary>A new variant of a group's product: flavour, size or shape, processing stage, packaging, label and member limit.</summary>
public sealed class VariantNewModel(SupplyQueries queries, EditProducts edit) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid ProductId { get; set; }

    [BindProperty]
    public EditProducts.VariantCommand Input { get; set; } = new();

    public ProductView Product { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Stage = ProcessingStage.ReadyToEat;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await edit.AddVariantAsync(Id, ProductId, Input, ct);
        return Redirect($"/groups/{Id}/products");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var g = await queries.EditableProductsAsync(Id, ct);

        Product = g.Products.FirstOrDefault(p => p.Id == ProductId) ?? throw new DomainException("groupproduct.notfound", "Id", ErrorKind.NotFound);
    }
}
