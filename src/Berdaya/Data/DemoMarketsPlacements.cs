using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// Citra Sari's outlets (docs/domain.md, Placements and consignment; decision 0022): Eti Rohaeti's emping on consignment at
/// Supermarket Yogya, paid when the next delivery comes; Iis Suryani's at the Bandung souvenir centre, paid within 14 days;
/// Nining Kurniasih at Pasar Tanjungsari, selling for cash with tasting samples although her price was higher. The last
/// delivery at the supermarket is sold but not yet paid, so the outlet owes and the page shows since when.
/// </summary>
internal sealed class DemoMarketsPlacements(AppDbContext db, DateOnly today)
{
    private const string By = "demo";

    public async Task SeedAsync(Guid programId, CancellationToken ct)
    {
        if (await db.Placements.AnyAsync(p => p.ProgramId == programId, ct))
        {
            return;
        }

        var channels = await db.MarketChannels.Where(c => c.ProgramId == programId).ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        var people = await db.Partners.Where(p => p.ProgramId == programId
                                                  && (p.OwnerName == "Eti Rohaeti" || p.OwnerName == "Iis Suryani" || p.OwnerName == "Nining Kurniasih"))
            .ToDictionaryAsync(p => p.OwnerName, p => p.Id, ct);
        if (!channels.TryGetValue("Supermarket Yogya", out var yogyaId) || people.Count < 3)
        {
            return;
        }

        var at = new DateTimeOffset(2010, 3, 1, 3, 0, 0, TimeSpan.Zero);
        var yogya = Placement.Start(programId, people["Eti Rohaeti"], yogyaId, "Yogya Sumedang", "Emping original 1/4 kg",
            12_500m, PaymentKind.PaidOnNextDelivery, null, new DateOnly(2010, 3, 1), today, By, at);
        db.Placements.Add(yogya);
        Deliver(yogya, new DateOnly(2010, 3, 1), 120, sold: 100, returned: 8, reportedOn: new DateOnly(2010, 3, 29), paid: new DateOnly(2010, 4, 1));
        Deliver(yogya, new DateOnly(2010, 4, 1), 120, sold: 110, returned: 4, reportedOn: new DateOnly(2010, 4, 28), paid: null);

        if (channels.TryGetValue("Pusat Oleh-oleh Bandung", out var olehId))
        {
            var oleh = Placement.Start(programId, people["Iis Suryani"], olehId, "Pusat Oleh-oleh Jalan Kartika", "Emping pedas manis 1/2 kg", 24_000m,
                PaymentKind.Consignment, 14, new DateOnly(2011, 6, 6), today, By, at.AddYears(1));
            db.Placements.Add(oleh);
            Deliver(oleh, new DateOnly(2011, 6, 6), 60, sold: 52, returned: 0, reportedOn: new DateOnly(2011, 6, 27), paid: new DateOnly(2011, 7, 4));
        }

        if (channels.TryGetValue("Pasar Tanjungsari", out var pasarId))
        {
            var pasar = Placement.Start(programId, people["Nining Kurniasih"], pasarId, "Lapak Pasar Tanjungsari (dengan sampel cicip)",
                "Emping keju 1/4 kg", 14_000m, PaymentKind.Cash, null, new DateOnly(2011, 9, 3), today, By, at.AddYears(1));
            db.Placements.Add(pasar);
            Deliver(pasar, new DateOnly(2011, 9, 3), 40, sold: 40, returned: 0, reportedOn: new DateOnly(2011, 9, 3), paid: new DateOnly(2011, 9, 3));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>One delivery of a single product, its sales report and, when given, the payment of what sold.</summary>
    private void Deliver(Placement placement, DateOnly on, int quantity, int sold, int returned, DateOnly reportedOn, DateOnly? paid)
    {
        var stamp = new DateTimeOffset(on.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        var delivery = ConsignmentDelivery.Record(placement, on, [(placement.Products, quantity)], today, By, stamp);
        db.ConsignmentDeliveries.Add(delivery);
        var report = SalesReport.Record(placement, delivery, delivery.Lines[0], 0, reportedOn, sold, returned, today, By, stamp.AddDays(1));
        db.SalesReports.Add(report);
        if (paid is { } p)
        {
            var owed = sold * placement.AgreedPrice;
            db.PlacementPayments.Add(PlacementPayment.Record(placement, owed, p, owed, null, today, By, stamp.AddDays(2)));
        }
    }
}
