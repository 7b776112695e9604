using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>
/// What the outlet reports of one delivery line: units sold and units returned (docs/domain.md, Placements and
/// consignment). Over all reports of a line, sold plus returned never exceeds what was delivered.
/// </summary>
public sealed class SalesReport
{
    private SalesReport() { }

    /// <param name="alreadyAccounted">Units of the line already reported sold or returned.</param>
    public static SalesReport Record(Placement placement, ConsignmentDelivery delivery, ConsignmentDeliveryLine line, int alreadyAccounted,
        DateOnly? reportedOn, int? sold, int? returned, DateOnly today, string by, DateTimeOffset at)
    {
        placement.RequireOpen();
        var errors = new List<DomainException>();
        placement.CheckActivityDate(errors, reportedOn, "ReportedOn", today);
        if (reportedOn is { } r && r < delivery.DeliveredOn)
        {
            errors.Add(new DomainException("placement.report.beforedelivery", "ReportedOn"));
        }

        var s = sold ?? 0;
        var b = returned ?? 0;
        if (s < 0 || s > ConsignmentDelivery.QuantityMax)
        {
            errors.Add(new DomainException("placement.count.range", "Sold", ErrorKind.Validation, ConsignmentDelivery.QuantityMax));
        }

        if (b < 0 || b > ConsignmentDelivery.QuantityMax)
        {
            errors.Add(new DomainException("placement.count.range", "Returned", ErrorKind.Validation, ConsignmentDelivery.QuantityMax));
        }

        if (s >= 0 && b >= 0 && s + b == 0)
        {
            errors.Add(new DomainException("placement.report.empty", "Sold"));
        }
        else if (s >= 0 && b >= 0 && alreadyAccounted + s + b > line.Quantity)
        {
            errors.Add(new DomainException("placement.report.exceeds", "Sold", ErrorKind.Validation, line.Quantity - alreadyAccounted));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        placement.Touch();
        return new SalesReport
        {
            Id = Guid.CreateVersion7(),
            PlacementId = placement.Id,
            DeliveryLineId = line.Id,
            ReportedOn = reportedOn!.Value,
            Sold = s,
            Returned = b,
            CreatedBy = by,
            CreatedAt = at,
        };
    }

    public Guid Id { get; private set; }
    public Guid PlacementId { get; private set; }
    public Guid DeliveryLineId { get; private set; }
    public DateOnly ReportedOn { get; private set; }
    public int Sold { get; private set; }
    public int Returned { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
