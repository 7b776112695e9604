using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>
/// A partner's products at one outlet of a channel, sold on the channel's terms (docs/domain.md, Placements and
/// consignment). The terms are copied onto the placement when it starts, so a later change of the channel does not
/// rewrite what was agreed (decision 0022). <see cref="Version"/> changes with every delivery, report and payment, so two
/// writes racing on the same balance cannot both pass (the loser is a conflict).
/// </summary>
public sealed class Placement
{
    public const int OutletMax = 200;
    public const int ProductMax = 120;
    public const int ReasonMax = 500;
    public const int DaysToPayMax = 365;
    public const decimal PriceMax = 100_000_000m;
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    private Placement() { }

    public static Placement Start(Guid programId, Guid partnerId, Guid channelId, string? outletName, string? products, decimal? agreedPrice,
        PaymentKind? terms, int? daysToPay, DateOnly? startedOn, DateOnly today, string by, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        Text(errors, outletName, "OutletName", OutletMax, required: true);
        Text(errors, products, "Products", ProductMax, required: true);
        Money.Check(errors, agreedPrice, "AgreedPrice", PriceMax);
        if (terms is not { } t || !Enum.IsDefined(t))
        {
            errors.Add(new DomainException("field.required", "Terms"));
        }

        if (daysToPay is { } d && (d < 0 || d > DaysToPayMax))
        {
            errors.Add(new DomainException("placement.days.range", "DaysToPay", ErrorKind.Validation, DaysToPayMax));
        }

        CheckDate(errors, startedOn, "StartedOn", today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new Placement
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            PartnerId = partnerId,
            ChannelId = channelId,
            OutletName = outletName!.Trim(),
            Products = products!.Trim(),
            AgreedPrice = agreedPrice!.Value,
            Terms = terms!.Value,
            DaysToPay = daysToPay,
            StartedOn = startedOn!.Value,
            CreatedBy = by,
            CreatedAt = at,
        };
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public Guid ChannelId { get; private set; }
    public string OutletName { get; private set; } = "";

    /// <summary>What the outlet takes: a variant of the group's product where there is one, else a free name.</summary>
    public string Products { get; private set; } = "";

    /// <summary>Whole rupiah per unit; each delivery line carries it as it was on the day.</summary>
    public decimal AgreedPrice { get; private set; }

    public PaymentKind Terms { get; private set; }

    /// <summary>Days the outlet has to pay for what sold; none means the terms set no day (never late by days).</summary>
    public int? DaysToPay { get; private set; }

    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The group product the outlet takes, when the partner names one of their group's; else only <see cref="Products"/>.</summary>
    public Guid? ProductId { get; private set; }

    /// <summary>The unit <see cref="AgreedPrice"/> is per, with <see cref="ProductId"/>.</summary>
    public string? Unit { get; private set; }

    /// <summary>The group's agreed selling price in force on the start date for the product and unit, if any.</summary>
    public decimal? GroupPrice { get; private set; }

    /// <summary>The consignment price is below <see cref="GroupPrice"/>: allowed, kept and shown with a warning (decision 0021).</summary>
    public bool BelowAgreed { get; private set; }

    public bool Ended => EndedOn is not null;

    /// <summary>Names the group product and unit of the consignment price and holds it against the group's agreed price of the start date.</summary>
    public void PriceAgainst(Guid productId, string unit, decimal? groupPrice)
    {
        ProductId = productId;
        Unit = unit.Trim();
        GroupPrice = groupPrice;
        BelowAgreed = AgreedPriceWarning.IsBelow(AgreedPrice, 1, groupPrice);
    }

    /// <summary>A delivery, report or payment changes the balance: the version moves so a racing write loses.</summary>
    public void Touch() => Version = Guid.NewGuid();

    public void RequireOpen()
    {
        if (Ended)
        {
            throw new DomainException("placement.ended", null, ErrorKind.Conflict);
        }
    }

    public void End(DateOnly? on, string? reason, DateOnly today)
    {
        RequireOpen();
        var errors = new List<DomainException>();
        CheckDate(errors, on, "EndedOn", today);
        if (on is { } o && o < StartedOn)
        {
            errors.Add(new DomainException("placement.date.beforestart", "EndedOn"));
        }

        Text(errors, reason, "Reason", ReasonMax, required: true);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        EndedOn = on;
        EndReason = reason!.Trim();
        Touch();
    }

    /// <summary>A date of this placement's activity: not before its start, not in the future.</summary>
    public void CheckActivityDate(List<DomainException> errors, DateOnly? date, string field, DateOnly today)
    {
        CheckDate(errors, date, field, today);
        if (date is { } d && d < StartedOn)
        {
            errors.Add(new DomainException("placement.date.beforestart", field));
        }
    }

    internal static void CheckDate(List<DomainException> errors, DateOnly? date, string field, DateOnly today)
    {
        if (date is not { } d)
        {
            errors.Add(new DomainException("field.required", field));
        }
        else if (d < Earliest || d > today)
        {
            errors.Add(new DomainException("placement.date.range", field));
        }
    }

    internal static void Text(List<DomainException> errors, string? value, string field, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new DomainException("field.required", field));
            }
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(new DomainException("text.toolong", field, ErrorKind.Validation, max));
        }
    }
}

/// <summary>Whole-rupiah amounts of placements: above zero, bounded, no cents.</summary>
internal static class Money
{
    public static void Check(List<DomainException> errors, decimal? amount, string field, decimal max)
    {
        if (amount is not { } a)
        {
            errors.Add(new DomainException("field.required", field));
        }
        else if (a <= 0 || a > max)
        {
            errors.Add(new DomainException("placement.amount.range", field, ErrorKind.Validation, max));
        }
        else if (a != decimal.Truncate(a))
        {
            errors.Add(new DomainException("placement.amount.whole", field));
        }
    }
}
