using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Placements;

/// <summary>
/// An outlet's payment to a partner, offered to the partner's cash book as a sales line (docs/domain.md, Cash book: lines
/// offered by other records; Placements and consignment). The cash book checks who opens it; this only reads the partner's payments.
/// </summary>
[FeatureService]
public sealed class PlacementCashOffers(AppDbContext db, Texts texts) : ICashOfferSource
{
    public string SourceType => "placement-payment";

    public async Task<IReadOnlyList<CashOffer>> OffersAsync(Guid partnerId, DateOnly since, int max, CancellationToken ct)
    {
        var rows = await Payments(partnerId).Where(r => r.PaidOn >= since)
            .OrderByDescending(r => r.PaidOn).ThenByDescending(r => r.Id).Take(max).ToListAsync(ct);
        return rows.Select(Offer).ToList();
    }

    public async Task<CashOffer?> FindAsync(Guid partnerId, Guid sourceId, CancellationToken ct)
    {
        var row = await Payments(partnerId).Where(r => r.Id == sourceId).FirstOrDefaultAsync(ct);
        return row is null ? null : Offer(row);
    }

    private sealed record Row
    {
        public Guid Id { get; init; }
        public DateOnly PaidOn { get; init; }
        public decimal Amount { get; init; }
        public string OutletName { get; init; } = "";
    }

    private IQueryable<Row> Payments(Guid partnerId) =>
        db.PlacementPayments.AsNoTracking()
            .Join(db.Placements.Where(p => p.PartnerId == partnerId), pay => pay.PlacementId, p => p.Id,
                (pay, p) => new Row { Id = pay.Id, PaidOn = pay.PaidOn, Amount = pay.Amount, OutletName = p.OutletName });

    private CashOffer Offer(Row r) => new(SourceType, r.Id, r.PaidOn, CashCategory.Sales, r.Amount,
        texts.Format("placement.cash.offer", CultureInfo.CurrentUICulture, r.OutletName));
}
