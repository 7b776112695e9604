using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>The kinds of market a program lists (docs/domain.md, Market channels).</summary>
public enum ChannelKind
{
    ModernRetail = 1,
    SouvenirCentre = 2,
    TraditionalMarket = 3,
    OnlineMarketplace = 4,
    ExportBuyer = 5,
    InstitutionalBuyer = 6,
}

/// <summary>How an outlet pays for what it takes (docs/domain.md, Market channels).</summary>
public enum PaymentKind
{
    Cash = 1,

    /// <summary>Paid for what sold, after it sold.</summary>
    Consignment = 2,

    /// <summary>Paid for one delivery when the next one comes.</summary>
    PaidOnNextDelivery = 3,
}

/// <summary>
/// A market a program's partners can sell to: a supermarket chain, a souvenir centre, a market, a
/// marketplace (docs/domain.md, Market channels). Its requirements, each with an effective date, hang
/// off it; a placement puts one partner's products at one of its outlets.
/// </summary>
public sealed class MarketChannel
{
    public const int NameMax = 200;
    public const int NoteMax = 1000;

    private MarketChannel() { }

    public static MarketChannel Create(Guid programId, string? name, ChannelKind? kind, string? note, string by, DateTimeOffset at)
    {
        var errors = Problems(name, kind, note);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new MarketChannel
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            Name = name!.Trim(),
            Kind = kind!.Value,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            CreatedBy = by,
            CreatedAt = at,
        };
    }

    /// <summary>Every broken rule of a channel's name, kind and note at once.</summary>
    public static List<DomainException> Problems(string? name, ChannelKind? kind, string? note)
    {
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainException("field.required", "Name"));
        }
        else if (name.Trim().Length > NameMax)
        {
            errors.Add(new DomainException("text.toolong", "Name", ErrorKind.Validation, NameMax));
        }

        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new DomainException("field.required", "Kind"));
        }

        if (note is { } n && n.Trim().Length > NoteMax)
        {
            errors.Add(new DomainException("text.toolong", "Note", ErrorKind.Validation, NoteMax));
        }

        return errors;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public string Name { get; private set; } = "";
    public ChannelKind Kind { get; private set; }
    public string? Note { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
