using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Supply;

/// <summary>
/// A supply order moves on (docs/domain.md, Supply orders between members): the seller records the delivery, the buyer
/// (or the group's treasurer) the payment, either of them cancels with a reason; staff in scope may do all. The order's
/// version is checked, so of two changes at once one gets 409.
/// </summary>
[FeatureService]
public sealed class ChangeSupplyOrder(AppDbContext db, GroupMarketAccess access)
{
    public sealed record DeliverCommand
    {
        public decimal? Quantity { get; set; }
        public DateOnly? DeliveredOn { get; set; }
    }

    public sealed record PayCommand
    {
        public DateOnly? PaidOn { get; set; }
    }

    public sealed record CancelCommand
    {
        public string? Reason { get; set; }
    }

    public async Task<SupplyOrder> DeliverAsync(Guid orderId, DeliverCommand c, CancellationToken ct = default)
    {
        var (order, g) = await LoadAsync(orderId, ct);
        Require(access.IsStaff || g.Self == order.SellerId);
        order.Deliver(c.Quantity, c.DeliveredOn, access.Today);
        Timeline(order, g, order.DeliveredOn!.Value, "supply.delivered",
            $"{g.Members.GetValueOrDefault(order.SellerId, "?")} mengirim {order.DeliveredQuantity:0.##} {order.Unit} ke {g.Members.GetValueOrDefault(order.BuyerId, "?")}");
        await access.SaveAsync("supply.conflict", ct);
        return order;
    }

    public async Task<SupplyOrder> PayAsync(Guid orderId, PayCommand c, CancellationToken ct = default)
    {
        var (order, g) = await LoadAsync(orderId, ct);
        Require(access.IsStaff || g.Self == order.BuyerId || g.SelfRole == GroupRole.Treasurer);
        order.Pay(c.PaidOn, access.Today);
        Timeline(order, g, order.PaidOn!.Value, "supply.paid",
            $"{g.Members.GetValueOrDefault(order.BuyerId, "?")} membayar Rp {order.PaidAmount:N0} ke {g.Members.GetValueOrDefault(order.SellerId, "?")}");
        await access.SaveAsync("supply.conflict", ct);
        return order;
    }

    public async Task<SupplyOrder> CancelAsync(Guid orderId, CancelCommand c, CancellationToken ct = default)
    {
        var (order, g) = await LoadAsync(orderId, ct);
        Require(access.IsStaff || g.Self == order.BuyerId || g.Self == order.SellerId);
        order.Cancel(c.Reason, access.Today);
        Timeline(order, g, access.Today, "supply.cancelled",
            $"Pesanan {g.Members.GetValueOrDefault(order.BuyerId, "?")} dari {g.Members.GetValueOrDefault(order.SellerId, "?")} dibatalkan: {order.CancelReason}");
        await access.SaveAsync("supply.conflict", ct);
        return order;
    }

    /// <summary>The order, tracked, when its group is in the reader's scope and the reader may see orders; otherwise 404 or 403.</summary>
    private async Task<(SupplyOrder, MarketGroup)> LoadAsync(Guid orderId, CancellationToken ct)
    {
        var order = await db.SupplyOrders.FirstOrDefaultAsync(o => o.Id == orderId, ct)
                    ?? throw new DomainException("supply.notfound", "Id", ErrorKind.NotFound);
        MarketGroup g;
        try
        {
            g = await access.GroupAsync(order.GroupId, ct);
        }
        catch (DomainException e) when (e.Kind == ErrorKind.NotFound)
        {
            throw new DomainException("supply.notfound", "Id", ErrorKind.NotFound);
        }

        access.RequireOrders(g);
        return (order, g);
    }

    private static void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new DomainException("supply.forbidden", null, ErrorKind.Forbidden);
        }
    }

    private void Timeline(SupplyOrder order, MarketGroup g, DateOnly on, string kind, string summary) =>
        db.Timeline.Add(new TimelineEvent(g.ProgramId, g.Id, order.BuyerId, on, FivePApproach.Protecting, kind, summary, nameof(SupplyOrder), order.Id,
            access.Now));
}
