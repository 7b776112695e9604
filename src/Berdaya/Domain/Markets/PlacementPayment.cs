using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>Money the outlet paid for what sold (docs/domain.md, Placements and consignment): whole rupiah, never above what it owes.</summary>
public sealed class PlacementPayment
{
    public const int NoteMax = 500;

    private PlacementPayment() { }

    public static PlacementPayment Record(Placement placement, decimal owed, DateOnly? paidOn, decimal? amount, string? note, DateOnly today, string by,
        DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        placement.CheckActivityDate(errors, paidOn, "PaidOn", today);
        Money.Check(errors, amount, "Amount", Placement.PriceMax * ConsignmentDelivery.QuantityMax);
        if (amount is { } a && a > 0 && a > owed)
        {
            errors.Add(new DomainException("placement.payment.exceeds", "Amount", ErrorKind.Validation, owed));
        }

        Placement.Text(errors, note, "Note", NoteMax, required: false);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        placement.Touch();
        return new PlacementPayment
        {
            Id = Guid.CreateVersion7(),
            PlacementId = placement.Id,
            PaidOn = paidOn!.Value,
            Amount = amount!.Value,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            CreatedBy = by,
            CreatedAt = at,
        };
    }

    public Guid Id { get; private set; }
    public Guid PlacementId { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public decimal Amount { get; private set; }
    public string? Note { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
