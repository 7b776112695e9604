using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Supply;

/// <summary>
/// A paid supply order between members, offered to both cash books (docs/domain.md, Supply orders between members; Cash
/// book: lines offered by other records): to the seller as a sale, to the buyer as raw material bought, dated the payment.
/// The cash book checks who opens it; this only reads the partner's paid orders.
/// </summary>
[FeatureService]
public sealed class SupplyCashOffers(AppDbContext db, Texts texts) : ICashOfferSource
{
    public string SourceType => "supply-order";

    public async Task<IReadOnlyList<CashOffer>> OffersAsync(Guid partnerId, DateOnly since, int max, CancellationToken ct)
    {
        var rows = await Paid(partnerId).Where(o => o.PaidOn >= since)
            .OrderByDescending(o => o.PaidOn).ThenByDescending(o => o.Id).Take(max).ToListAsync(ct);
        return rows.Select(o => Offer(o, partnerId)).ToList();
    }

    public async Task<CashOffer?> FindAsync(Guid partnerId, Guid sourceId, CancellationToken ct)
    {
        var order = await Paid(partnerId).FirstOrDefaultAsync(o => o.Id == sourceId, ct);
        return order is null ? null : Offer(order, partnerId);
    }

    private IQueryable<SupplyOrder> Paid(Guid partnerId) =>
        db.SupplyOrders.AsNoTracking()
            .Where(o => (o.BuyerId == partnerId || o.SellerId == partnerId) && o.Status == SupplyOrderStatus.Paid && o.PaidOn != null && o.PaidAmount != null);

    private CashOffer Offer(SupplyOrder o, Guid partnerId)
    {
        var sold = o.SellerId == partnerId;
        var note = texts.Format(sold ? "supply.cash.sold" : "supply.cash.bought", CultureInfo.CurrentUICulture,
            o.DeliveredQuantity?.ToString("0.##", CultureInfo.CurrentCulture) ?? "", o.Unit);
        return new CashOffer(SourceType, o.Id, o.PaidOn!.Value, sold ? CashCategory.Sales : CashCategory.RawMaterial, o.PaidAmount!.Value, note);
    }
}
