using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Markets.Supply;

/// <summary>One supply order: the seller records the delivery, the buyer (or treasurer) the payment, either cancels.</summary>
public sealed class OrderModel(SupplyQueries queries, TimeProvider clock) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ChangeSupplyOrder.DeliverCommand Deliver { get; set; } = new();

    [BindProperty]
    public ChangeSupplyOrder.PayCommand Pay { get; set; } = new();

    [BindProperty]
    public ChangeSupplyOrder.CancelCommand Cancel { get; set; } = new();

    public SupplyOrderView Order { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Order = await queries.OrderAsync(Id, ct);
        Deliver.Quantity = Order.Quantity;
        // The business day (docs/domain.md, the program's calendar), not the server's UTC date: in the evening they differ.
        Deliver.DeliveredOn = clock.Today();
        Pay.PaidOn = clock.Today();
    }

    public async Task<IActionResult> OnPostDeliverAsync([FromServices] ChangeSupplyOrder change, CancellationToken ct)
    {
        await change.DeliverAsync(Id, Deliver, ct);
        return Redirect($"/supply-orders/{Id}");
    }

    public async Task<IActionResult> OnPostPayAsync([FromServices] ChangeSupplyOrder change, CancellationToken ct)
    {
        await change.PayAsync(Id, Pay, ct);
        return Redirect($"/supply-orders/{Id}");
    }

    public async Task<IActionResult> OnPostCancelAsync([FromServices] ChangeSupplyOrder change, CancellationToken ct)
    {
        await change.CancelAsync(Id, Cancel, ct);
        return Redirect($"/supply-orders/{Id}");
    }

    public async Task OnRefusedAsync(Berdaya.Domain.Common.DomainException refusal, CancellationToken ct) => Order = await queries.OrderAsync(Id, ct);
}
