using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Markets;
using Berdaya.Web;

namespace Berdaya.Features.Placements;

/// <summary>Records goods taken to the outlet (docs/domain.md, Placements and consignment): every line above zero and bounded, or nothing is written.</summary>
[FeatureService]
public sealed class RecordDelivery(AppDbContext db, PlacementAccess access)
{
    public sealed record Line
    {
        public string? Product { get; set; }
        public int? Quantity { get; set; }
    }

    public sealed record Command
    {
        public DateOnly? DeliveredOn { get; set; }
        public List<Line> Lines { get; set; } = [];
    }

    public async Task<ConsignmentDelivery> HandleAsync(Guid placementId, Command c, CancellationToken ct = default)
    {
        var (placement, partner) = await access.PlacementAsync(placementId, ct);
        var delivery = ConsignmentDelivery.Record(placement, c.DeliveredOn, c.Lines.Select(l => (l.Product, l.Quantity)).ToList(), access.Today,
            access.UserId, access.Now);
        db.ConsignmentDeliveries.Add(delivery);
        var units = delivery.Lines.Sum(l => l.Quantity).ToString("N0", CultureInfo.GetCultureInfo("id-ID"));
        db.Timeline.Add(PlacementTimeline.For(partner, placement, "placement.delivered", delivery.DeliveredOn, $"kirim {units} unit", access.Now));
        await db.SaveChangesAsync(ct);
        return delivery;
    }
}
