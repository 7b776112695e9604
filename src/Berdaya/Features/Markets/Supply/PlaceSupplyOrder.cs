using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Supply;

/// <summary>
/// A member orders a variant from another member of the group (docs/domain.md, Supply orders between members): a member
/// as buyer for themself, staff in scope for any member. The price defaults to the group's wholesale price in force for
/// the variant's product and unit; a lower one is kept and shown with a warning.
/// </summary>
[FeatureService]
public sealed class PlaceSupplyOrder(AppDbContext db, GroupMarketAccess access, AgreedPrices prices)
{
    public sealed record Command
    {
        /// <summary>Staff name the buyer; a member is always the buyer themself.</summary>
        public Guid? BuyerId { get; set; }

        public Guid? SellerId { get; set; }
        public Guid? VariantId { get; set; }
        public decimal? Quantity { get; set; }
        public string? Unit { get; set; }
        public decimal? Price { get; set; }
        public DateOnly? DeliverBy { get; set; }
        public LabelOwner? Label { get; set; }
    }

    public async Task<SupplyOrder> HandleAsync(Guid groupId, Command c, CancellationToken ct = default)
    {
        var g = await access.GroupAsync(groupId, ct);
        if (!access.MayOrder(g))
        {
            throw new DomainException("market.group.forbidden", null, ErrorKind.Forbidden);
        }

        var buyer = access.IsStaff ? c.BuyerId : g.Self;
        if (buyer is not { } b || !g.Members.ContainsKey(b))
        {
            throw new DomainValidationException([new DomainException("supply.buyer.notmember", "BuyerId")]);
        }

        var seller = c.SellerId ?? Guid.Empty;
        var variant = c.VariantId is { } vid ? await db.ProductVariants.Where(v => v.Id == vid && v.GroupId == g.Id && v.RetiredOn == null).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct) : null;
        PriceInForce? agreed = null;
        if (variant is { } v2 && !string.IsNullOrWhiteSpace(c.Unit) && c.Unit.Trim().Length <= SupplyOrder.UnitMax)
        {
            agreed = await prices.ForVariantAsync(v2, c.Unit, PriceKind.Wholesale, access.Today, ct);
        }

        var order = SupplyOrder.Create(g.ProgramId, g.Id, b, seller, g.Members.ContainsKey(seller), c.VariantId, variant is not null, c.Quantity, c.Unit,
            c.Price, agreed?.Price, agreed?.AgreementId, c.DeliverBy, c.Label, access.Today, access.UserId, access.Now);
        db.SupplyOrders.Add(order);
        db.Timeline.Add(new TimelineEvent(g.ProgramId, g.Id, b, order.OrderedOn, FivePApproach.Protecting, "supply.ordered",
            $"{g.Members[b]} memesan {order.Quantity:0.##} {order.Unit} dari {g.Members[seller]}", nameof(SupplyOrder), order.Id, access.Now));
        await access.SaveAsync("supply.conflict", ct);
        return order;
    }

    /// <summary>
    /// A supply order across groups (docs/domain.md, Meet and Greet: collaborations): staff place it with the collaboration both
    /// partners agreed to at a meeting. It belongs to the buyer's group and is checked like any other order; the caller saves it with
    /// the collaboration.
    /// </summary>
    public async Task<SupplyOrder> AcrossAsync(Guid buyerGroupId, Guid buyerId, Guid sellerId, string sellerName, Guid collaborationId, Command c, CancellationToken ct)
    {
        var g = await access.GroupAsync(buyerGroupId, ct);
        if (!access.IsStaff || !g.Members.ContainsKey(buyerId))
        {
            throw new DomainException("market.group.forbidden", null, ErrorKind.Forbidden);
        }

        var variant = c.VariantId is { } vid ? await db.ProductVariants.Where(v => v.Id == vid && v.GroupId == g.Id && v.RetiredOn == null).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct) : null;
        PriceInForce? agreed = null;
        if (variant is { } v2 && !string.IsNullOrWhiteSpace(c.Unit) && c.Unit.Trim().Length <= SupplyOrder.UnitMax)
        {
            agreed = await prices.ForVariantAsync(v2, c.Unit, PriceKind.Wholesale, access.Today, ct);
        }

        var order = SupplyOrder.Create(g.ProgramId, g.Id, buyerId, sellerId, false, c.VariantId, variant is not null, c.Quantity, c.Unit,
            c.Price, agreed?.Price, agreed?.AgreementId, c.DeliverBy, c.Label, access.Today, access.UserId, access.Now, collaborationId);
        db.SupplyOrders.Add(order);
        db.Timeline.Add(new TimelineEvent(g.ProgramId, g.Id, buyerId, order.OrderedOn, FivePApproach.Protecting, "supply.ordered",
            $"{g.Members[buyerId]} memesan {order.Quantity:0.##} {order.Unit} dari {sellerName} (kelompok lain, temu mitra)", nameof(SupplyOrder), order.Id, access.Now));
        return order;
    }
}
