using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Supply;

/// <summary>
/// Edits a variant from the version the page was opened at; retires or restores it; deletes it only while no allocation
/// or supply order names it (decision 0021).
/// </summary>
public sealed class VariantEditModel(SupplyQueries queries, EditProducts edit) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid VariantId { get; set; }

    [BindProperty]
    public EditProducts.VariantCommand Input { get; set; } = new();

    public ProductView Product { get; private set; } = null!;

    public VariantView Current { get; private set; } = null!;

    /// <summary>Allocated or ordered: it may be retired, not deleted.</summary>
    public bool InUse { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var v = Current;
        Input = new EditProducts.VariantCommand
        {
            Flavour = v.Flavour,
            Size = v.Size,
            Stage = v.Stage,
            Packaging = v.Packaging,
            Label = v.Label,
            MaxMakers = v.MaxMakers,
            Version = v.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await edit.EditVariantAsync(Id, VariantId, Input, ct);
        return Redirect($"/groups/{Id}/products");
    }

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken ct)
    {
        await edit.RetireVariantAsync(Id, VariantId, new EditProducts.VersionCommand { Version = Input.Version }, ct);
        return Redirect($"/groups/{Id}/variants/{VariantId}");
    }

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken ct)
    {
        await edit.RestoreVariantAsync(Id, VariantId, new EditProducts.VersionCommand { Version = Input.Version }, ct);
        return Redirect($"/groups/{Id}/variants/{VariantId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        await edit.DeleteVariantAsync(Id, VariantId, ct);
        return Redirect($"/groups/{Id}/products");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var g = await queries.EditableProductsAsync(Id, ct);

        Product = g.Products.FirstOrDefault(p => p.Variants.Any(v => v.Id == VariantId))
                  ?? throw new DomainException("variant.notfound", "Id", ErrorKind.NotFound);
        Current = Product.Variants.Single(v => v.Id == VariantId);
        InUse = await edit.InUseAsync(VariantId, ct);
    }
}
