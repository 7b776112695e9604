using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>Where a supply order stands (docs/domain.md, Supply orders between members).</summary>
public enum SupplyOrderStatus
{
    Ordered = 1,
    Delivered = 2,
    Paid = 3,
    Cancelled = 4,
}

/// <summary>Whose label the goods carry when sold.</summary>
public enum LabelOwner
{
    Buyer = 1,
    Seller = 2,
}

/// <summary>
/// A member with more demand than production buys a variant from another member of the same group
/// (docs/domain.md, Supply orders between members): Ordered, then Delivered (at most the quantity ordered), then Paid;
/// or Cancelled with a reason while not yet paid. The price defaults to the group's agreed price in force; a lower one is
/// allowed and shown with a warning.
/// </summary>
public sealed class SupplyOrder
{
    public const int UnitMax = PriceAgreement.UnitMax;
    public const int ReasonMax = 500;
    public const decimal QuantityMax = 100_000m;

    private SupplyOrder() { }

    public static SupplyOrder Create(Guid programId, Guid groupId, Guid buyerId, Guid sellerId, bool sellerInGroup, Guid? variantId, bool variantInGroup,
        decimal? quantity, string? unit, decimal? price, decimal? agreedPrice, Guid? agreementId, DateOnly? deliverBy, LabelOwner? label, DateOnly today,
        string by, DateTimeOffset at, Guid? collaborationId = null)
    {
        var errors = new List<DomainException>();
        if (sellerId == buyerId)
        {
            errors.Add(new DomainException("supply.seller.self", "SellerId"));
        }
        else if (!sellerInGroup && collaborationId is null)
        {
            errors.Add(new DomainException("supply.seller.notmember", "SellerId"));
        }

        if (variantId is null || !variantInGroup)
        {
            errors.Add(new DomainException("supply.variant.unknown", "VariantId"));
        }

        CheckQuantity(quantity, "Quantity", errors);
        var u = unit?.Trim();
        if (string.IsNullOrEmpty(u))
        {
            errors.Add(new DomainException("field.required", "Unit"));
        }
        else if (u.Length > UnitMax)
        {
            errors.Add(new DomainException("text.toolong", "Unit", ErrorKind.Validation, UnitMax));
        }

        var p = price ?? agreedPrice;
        if (p is not { } pp)
        {
            errors.Add(new DomainException("supply.price.required", "Price"));
        }
        else if (pp > PriceAgreement.PriceMax)
        {
            errors.Add(new DomainException("money.max", "Price", ErrorKind.Validation, PriceAgreement.PriceMax));
        }
        else
        {
            Rupiah.Check(pp, "Price", errors);
        }

        if (deliverBy is not { } d)
        {
            errors.Add(new DomainException("field.required", "DeliverBy"));
        }
        else if (d < today.AddYears(-1) || d > today.AddYears(1))
        {
            errors.Add(new DomainException("supply.deliverby.window", "DeliverBy"));
        }

        if (label is not { } l || !Enum.IsDefined(l))
        {
            errors.Add(new DomainException("field.required", "Label"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new SupplyOrder
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            GroupId = groupId,
            BuyerId = buyerId,
            SellerId = sellerId,
            VariantId = variantId!.Value,
            Quantity = quantity!.Value,
            Unit = u!,
            Price = p!.Value,
            AgreedPrice = agreedPrice,
            AgreementId = agreementId,
            DeliverBy = deliverBy!.Value,
            Label = label!.Value,
            Status = SupplyOrderStatus.Ordered,
            OrderedOn = today,
            OrderedBy = by,
            OrderedAt = at,
            CollaborationId = collaborationId,
        };
    }

    private static void CheckQuantity(decimal? quantity, string field, List<DomainException> errors)
    {
        if (quantity is not { } q)
        {
            errors.Add(new DomainException("field.required", field));
        }
        else if (q <= 0)
        {
            errors.Add(new DomainException("supply.quantity.positive", field));
        }
        else if (q > QuantityMax)
        {
            errors.Add(new DomainException("supply.quantity.max", field, ErrorKind.Validation, QuantityMax));
        }
        else if (decimal.Round(q, 2) != q)
        {
            errors.Add(new DomainException("supply.quantity.decimals", field));
        }
    }

    /// <summary>The seller delivers, at most what was ordered, on a day not before the order and not in the future.</summary>
    public void Deliver(decimal? quantity, DateOnly? on, DateOnly today)
    {
        if (Status != SupplyOrderStatus.Ordered)
        {
            throw new DomainException("supply.state", "Status", ErrorKind.Conflict);
        }

        var errors = new List<DomainException>();
        CheckQuantity(quantity, "Quantity", errors);
        if (quantity is { } q && q > Quantity)
        {
            errors.Add(new DomainException("supply.deliver.more", "Quantity", ErrorKind.Validation, Quantity));
        }

        Day(on, "DeliveredOn", today, errors);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        DeliveredQuantity = quantity!.Value;
        DeliveredOn = on!.Value;
        Status = SupplyOrderStatus.Delivered;
        Version = Guid.NewGuid();
    }

    /// <summary>The buyer pays what was delivered, at the order's price.</summary>
    public void Pay(DateOnly? on, DateOnly today)
    {
        if (Status != SupplyOrderStatus.Delivered)
        {
            throw new DomainException("supply.state", "Status", ErrorKind.Conflict);
        }

        var errors = new List<DomainException>();
        Day(on, "PaidOn", today, errors);
        if (on is { } d && DeliveredOn is { } del && d < del)
        {
            errors.Add(new DomainException("supply.paid.beforedelivery", "PaidOn"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        PaidOn = on!.Value;
        PaidAmount = Amount;
        Status = SupplyOrderStatus.Paid;
        Version = Guid.NewGuid();
    }

    /// <summary>Cancelled with a reason, while not yet paid.</summary>
    public void Cancel(string? reason, DateOnly today)
    {
        if (Status is SupplyOrderStatus.Paid or SupplyOrderStatus.Cancelled)
        {
            throw new DomainException("supply.state", "Status", ErrorKind.Conflict);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException([new DomainException("field.required", "Reason")]);
        }

        if (reason.Trim().Length > ReasonMax)
        {
            throw new DomainValidationException([new DomainException("text.toolong", "Reason", ErrorKind.Validation, ReasonMax)]);
        }

        CancelReason = reason.Trim();
        CancelledOn = today;
        Status = SupplyOrderStatus.Cancelled;
        Version = Guid.NewGuid();
    }

    private void Day(DateOnly? on, string field, DateOnly today, List<DomainException> errors)
    {
        if (on is not { } d)
        {
            errors.Add(new DomainException("field.required", field));
        }
        else if (d > today)
        {
            errors.Add(new DomainException("date.future", field));
        }
        else if (d < OrderedOn)
        {
            errors.Add(new DomainException("supply.date.beforeorder", field));
        }
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid BuyerId { get; private set; }
    public Guid SellerId { get; private set; }
    public Guid VariantId { get; private set; }
    public decimal Quantity { get; private set; }
    public string Unit { get; private set; } = "";

    /// <summary>Price per unit, whole rupiah.</summary>
    public decimal Price { get; private set; }

    /// <summary>The group's agreed price in force when ordered, if any; a lower <see cref="Price"/> is shown with a warning.</summary>
    public decimal? AgreedPrice { get; private set; }

    public Guid? AgreementId { get; private set; }
    public DateOnly DeliverBy { get; private set; }
    public LabelOwner Label { get; private set; }
    public SupplyOrderStatus Status { get; private set; }
    public DateOnly OrderedOn { get; private set; }
    public string OrderedBy { get; private set; } = "";
    public DateTimeOffset OrderedAt { get; private set; }
    public decimal? DeliveredQuantity { get; private set; }
    public DateOnly? DeliveredOn { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public decimal? PaidAmount { get; private set; }
    public DateOnly? CancelledOn { get; private set; }
    public string? CancelReason { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>
    /// The Meet and Greet collaboration that allowed a seller of another group, both partners having agreed at a meeting
    /// (docs/domain.md, Meet and Greet: collaborations); null for an order within the group.
    /// </summary>
    public Guid? CollaborationId { get; private set; }

    public bool BelowAgreed => AgreedPrice is { } a && Price < a;

    /// <summary>What the buyer owes: the delivered quantity (or, before delivery, the ordered one) at the price, rounded to whole rupiah.</summary>
    public decimal Amount => decimal.Round((DeliveredQuantity ?? Quantity) * Price, 0, MidpointRounding.AwayFromZero);
}
