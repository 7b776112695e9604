using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>Goods taken to the outlet on one day (docs/domain.md, Placements and consignment): one line per product.</summary>
public sealed class ConsignmentDelivery
{
    public const int LinesMax = 20;
    public const int QuantityMax = 100_000;

    private ConsignmentDelivery() { }

    public static ConsignmentDelivery Record(Placement placement, DateOnly? deliveredOn, IReadOnlyList<(string? Product, int? Quantity)> lines,
        DateOnly today, string by, DateTimeOffset at)
    {
        placement.RequireOpen();
        var errors = new List<DomainException>();
        placement.CheckActivityDate(errors, deliveredOn, "DeliveredOn", today);
        var given = lines.Where(l => !string.IsNullOrWhiteSpace(l.Product) || l.Quantity is not null).ToList();
        if (given.Count == 0)
        {
            errors.Add(new DomainException("placement.lines.required", "Lines"));
        }
        else if (given.Count > LinesMax)
        {
            errors.Add(new DomainException("placement.lines.toomany", "Lines", ErrorKind.Validation, LinesMax));
        }

        for (var i = 0; i < lines.Count && i < LinesMax; i++)
        {
            var (product, quantity) = lines[i];
            if (string.IsNullOrWhiteSpace(product) && quantity is null)
            {
                continue;
            }

            Placement.Text(errors, product, $"Lines[{i}].Product", Placement.ProductMax, required: true);
            if (quantity is not { } q)
            {
                errors.Add(new DomainException("field.required", $"Lines[{i}].Quantity"));
            }
            else if (q <= 0 || q > QuantityMax)
            {
                errors.Add(new DomainException("placement.quantity.range", $"Lines[{i}].Quantity", ErrorKind.Validation, QuantityMax));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var delivery = new ConsignmentDelivery
        {
            Id = Guid.CreateVersion7(),
            PlacementId = placement.Id,
            DeliveredOn = deliveredOn!.Value,
            CreatedBy = by,
            CreatedAt = at,
        };
        delivery.Lines = given.Select(l => new ConsignmentDeliveryLine(delivery.Id, l.Product!.Trim(), l.Quantity!.Value, placement.AgreedPrice)).ToList();
        placement.Touch();
        return delivery;
    }

    public Guid Id { get; private set; }
    public Guid PlacementId { get; private set; }
    public DateOnly DeliveredOn { get; private set; }
    public List<ConsignmentDeliveryLine> Lines { get; private set; } = [];
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
