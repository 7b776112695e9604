using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Placements;

/// <summary>
/// Records what the outlet sold and returned of one delivery line (docs/domain.md, Placements and consignment): never more
/// than delivered over all reports of the line; the placement's version guards against a racing report.
/// </summary>
[FeatureService]
public sealed class RecordSalesReport(AppDbContext db, PlacementAccess access)
{
    public sealed record Command
    {
        public Guid? LineId { get; set; }
        public DateOnly? ReportedOn { get; set; }
        public int? Sold { get; set; }
        public int? Returned { get; set; }
    }

    public async Task<SalesReport> HandleAsync(Guid placementId, Command c, CancellationToken ct = default)
    {
        var (placement, partner) = await access.PlacementAsync(placementId, ct);
        var line = c.LineId is { } lineId ? await db.ConsignmentDeliveryLines.FirstOrDefaultAsync(l => l.Id == lineId, ct) : null;
        var delivery = line is null ? null : await db.ConsignmentDeliveries.FirstOrDefaultAsync(d => d.Id == line.DeliveryId && d.PlacementId == placement.Id, ct);
        if (line is null || delivery is null)
        {
            throw new DomainValidationException([new DomainException(c.LineId is null ? "field.required" : "placement.line.notfound", "LineId")]);
        }

        var accounted = await db.SalesReports.Where(r => r.DeliveryLineId == line.Id).SumAsync(r => r.Sold + r.Returned, ct);
        var report = SalesReport.Record(placement, delivery, line, accounted, c.ReportedOn, c.Sold, c.Returned, access.Today, access.UserId, access.Now);
        db.SalesReports.Add(report);
        db.Timeline.Add(PlacementTimeline.For(partner, placement, "placement.reported", report.ReportedOn,
            $"{line.Product}: laku {report.Sold}, kembali {report.Returned}", access.Now));
        await db.SaveChangesAsync(ct);
        return report;
    }
}
