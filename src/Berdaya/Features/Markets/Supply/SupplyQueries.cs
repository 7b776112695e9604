using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Supply;

public sealed record MakerView(Guid AllocationId, Guid PartnerId, string Name);

public sealed record VariantView(Guid Id, string Flavour, string Size, ProcessingStage Stage, string? Packaging, string? Label, int? MaxMakers,
    IReadOnlyList<MakerView> Makers, DateOnly? RetiredOn, Guid Version);

public sealed record ProductView(Guid Id, string Name, IReadOnlyList<VariantView> Variants, Guid Version);

public sealed record MemberView(Guid Id, string Name);

public sealed record GroupProducts(Guid GroupId, string GroupName, bool MayAllocate, IReadOnlyList<MemberView> Members, IReadOnlyList<ProductView> Products);

public sealed record SupplyOrderView(Guid Id, Guid GroupId, Guid BuyerId, string Buyer, Guid SellerId, string Seller, Guid VariantId, string Variant,
    decimal Quantity, string Unit, decimal Price, decimal? AgreedPrice, bool BelowAgreed, DateOnly DeliverBy, LabelOwner Label, SupplyOrderStatus Status,
    DateOnly OrderedOn, decimal? DeliveredQuantity, DateOnly? DeliveredOn, DateOnly? PaidOn, decimal? PaidAmount, DateOnly? CancelledOn, string? CancelReason,
    decimal Amount, bool MayDeliver, bool MayPay, bool MayCancel);

public sealed record TradeMonth(string Month, int Orders, int Delivered, decimal Value);

public sealed record GroupSupply(Guid GroupId, string GroupName, bool MayOrder, bool ShowsOrders, IReadOnlyList<TradeMonth> Months,
    IReadOnlyList<SupplyOrderView> Orders);

public sealed record PartnerSupplySales(Guid PartnerId, string Name, int Orders, decimal Value, bool ShowsOrders, IReadOnlyList<SupplyOrderView> Sold);

/// <summary>A group's products and who makes which, its trade between members, one order, a member's sales through others.</summary>
[FeatureService]
public sealed class SupplyQueries(AppDbContext db, GroupMarketAccess access, CurrentUser me)
{
    public async Task<GroupProducts> ProductsAsync(Guid groupId, CancellationToken ct)
    {
        var g = await access.GroupAsync(groupId, ct);
        var products = await db.GroupProducts.Where(p => p.GroupId == g.Id).OrderBy(p => p.Name).ToListAsync(ct);
        var variants = await db.ProductVariants.Where(v => v.GroupId == g.Id).ToListAsync(ct);
        var allocations = await db.VariantAllocations.Where(a => a.GroupId == g.Id).OrderBy(a => a.Place).ToListAsync(ct);
        var names = await NamesAsync(allocations.Select(a => a.PartnerId), ct);
        return new GroupProducts(g.Id, g.Name, access.MayDecide(g), g.Members.Select(m => new MemberView(m.Key, m.Value)).ToList(),
            products.Select(p => new ProductView(p.Id, p.Name, variants.Where(v => v.ProductId == p.Id)
                    .OrderBy(v => v.Stage).ThenBy(v => FlavourOrder(v.Flavour)).ThenBy(v => v.Flavour, StringComparer.Ordinal).ThenBy(v => SizeOrder(v.Size))
                    .Select(v => new VariantView(v.Id, v.Flavour, v.Size, v.Stage, v.Packaging, v.Label, v.MaxMakers,
                        allocations.Where(a => a.VariantId == v.Id).Select(a => new MakerView(a.Id, a.PartnerId, names.GetValueOrDefault(a.PartnerId, "?"))).ToList(),
                        v.RetiredOn, v.Version))
                    .ToList(), p.Version))
                .ToList());
    }

    /// <summary>The group's products for a page that changes them: the chair, the treasurer or staff (403 to anyone else).</summary>
    public async Task<GroupProducts> EditableProductsAsync(Guid groupId, CancellationToken ct)
    {
        var g = await ProductsAsync(groupId, ct);
        return g.MayAllocate ? g : throw new DomainException("market.group.forbidden", null, ErrorKind.Forbidden);
    }

    public async Task<GroupSupply> GroupAsync(Guid groupId, CancellationToken ct)
    {
        var g = await access.GroupAsync(groupId, ct);
        var orders = await db.SupplyOrders.Where(o => o.GroupId == g.Id).OrderByDescending(o => o.OrderedOn).ThenByDescending(o => o.OrderedAt).ToListAsync(ct);
        var months = orders.GroupBy(o => o.OrderedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .Select(m => new TradeMonth(m.Key, m.Count(), m.Count(o => o.Status is SupplyOrderStatus.Delivered or SupplyOrderStatus.Paid),
                m.Where(o => o.Status is SupplyOrderStatus.Delivered or SupplyOrderStatus.Paid).Sum(o => o.Amount)))
            .OrderByDescending(m => m.Month, StringComparer.Ordinal).ToList();
        var views = access.MaySeeOrders ? await ViewsAsync(orders, g, ct) : [];
        return new GroupSupply(g.Id, g.Name, access.MayOrder(g), access.MaySeeOrders, months, views);
    }

    public async Task<SupplyOrderView> OrderAsync(Guid orderId, CancellationToken ct)
    {
        var order = await db.SupplyOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, ct)
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
        return (await ViewsAsync([order], g, ct))[0];
    }

    /// <summary>What a member sold through other members (docs/domain.md, Supply orders between members).</summary>
    public async Task<PartnerSupplySales> PartnerAsync(Guid partnerId, CancellationToken ct)
    {
        var p = await (await me.PartnersAsync(ct)).Where(x => x.Id == partnerId).Select(x => new { x.Id, x.OwnerName }).FirstOrDefaultAsync(ct)
                ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
        var orders = await db.SupplyOrders.Where(o => o.SellerId == p.Id && o.Status != SupplyOrderStatus.Cancelled)
            .OrderByDescending(o => o.OrderedOn).ToListAsync(ct);
        var done = orders.Where(o => o.Status is SupplyOrderStatus.Delivered or SupplyOrderStatus.Paid).ToList();
        var views = new List<SupplyOrderView>();
        if (access.MaySeeOrders)
        {
            foreach (var byGroup in orders.GroupBy(o => o.GroupId))
            {
                var g = await access.GroupAsync(byGroup.Key, ct);
                views.AddRange(await ViewsAsync(byGroup.ToList(), g, ct));
            }
        }

        return new PartnerSupplySales(p.Id, p.OwnerName, done.Count, done.Sum(o => o.Amount), access.MaySeeOrders,
            views.OrderByDescending(v => v.OrderedOn).ToList());
    }

    private async Task<List<SupplyOrderView>> ViewsAsync(IReadOnlyList<SupplyOrder> orders, MarketGroup g, CancellationToken ct)
    {
        var variantIds = orders.Select(o => o.VariantId).Distinct().ToList();
        var variants = await db.ProductVariants.Where(v => variantIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, AllocateVariant.VariantName, ct);
        var names = await NamesAsync(orders.SelectMany(o => new[] { o.BuyerId, o.SellerId }), ct);
        var staff = access.IsStaff;
        return orders.Select(o => new SupplyOrderView(o.Id, o.GroupId, o.BuyerId, names.GetValueOrDefault(o.BuyerId, "?"), o.SellerId,
                names.GetValueOrDefault(o.SellerId, "?"), o.VariantId, variants.GetValueOrDefault(o.VariantId, "?"), o.Quantity, o.Unit, o.Price, o.AgreedPrice,
                o.BelowAgreed, o.DeliverBy, o.Label, o.Status, o.OrderedOn, o.DeliveredQuantity, o.DeliveredOn, o.PaidOn, o.PaidAmount, o.CancelledOn,
                o.CancelReason, o.Amount,
                o.Status == SupplyOrderStatus.Ordered && (staff || g.Self == o.SellerId),
                o.Status == SupplyOrderStatus.Delivered && (staff || g.Self == o.BuyerId || g.SelfRole == Domain.Groups.GroupRole.Treasurer),
                o.Status is SupplyOrderStatus.Ordered or SupplyOrderStatus.Delivered && (staff || g.Self == o.BuyerId || g.Self == o.SellerId)))
            .ToList();
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Partners.Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
    }

    private static int FlavourOrder(string f) => f switch { "Original" => 0, "Keju" => 1, "Balado" => 2, "Pedas manis" => 3, _ => 9 };

    private static int SizeOrder(string s) => s switch { "kecil" => 0, "sedang" => 1, "besar" => 2, _ => 9 };
}
