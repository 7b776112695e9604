using Berdaya.Domain.Markets;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Supply;

/// <summary>A member orders a variant from another member; the price left empty is the group's agreed wholesale price.</summary>
public sealed class NewModel(SupplyQueries queries, GroupMarketAccess access) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public PlaceSupplyOrder.Command Input { get; set; } = new() { Unit = "kg", Label = LabelOwner.Buyer };

    public GroupProducts Products { get; private set; } = null!;

    public bool IsStaff => access.IsStaff;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!access.MayOrder(await access.GroupAsync(Id, ct)))
        {
            throw new Berdaya.Domain.Common.DomainException("market.group.forbidden", null, Berdaya.Domain.Common.ErrorKind.Forbidden);
        }

        await LoadAsync(ct);
        Input.DeliverBy = access.Today.AddDays(7);
    }

    public async Task<IActionResult> OnPostAsync([FromServices] PlaceSupplyOrder place, CancellationToken ct)
    {
        var order = await place.HandleAsync(Id, Input, ct);
        return Redirect($"/supply-orders/{order.Id}");
    }

    public Task OnRefusedAsync(Berdaya.Domain.Common.DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct) => Products = await queries.ProductsAsync(Id, ct);
}
