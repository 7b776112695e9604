using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>What an agreed price is for (docs/domain.md, Group price agreements).</summary>
public enum PriceKind
{
    Wholesale = 1,
    Retail = 2,
    RawMaterial = 3,
}

/// <summary>One line of an agreement as entered: a product, its unit, the kind of price and the price.</summary>
public sealed record PriceLineInput(Guid? ProductId, string? Unit, PriceKind? Kind, decimal? Price);

/// <summary>
/// A group's price agreement (docs/domain.md, Group price agreements): the meeting, who was present, the date it takes
/// effect and its prices. It never changes; a later agreement replaces it as a whole from its own effective date, which
/// may not be before this one's, and the history stays.
/// </summary>
public sealed class PriceAgreement
{
    public const int UnitMax = 20;
    public const int LinesMax = 60;
    public const int NoteMax = 500;

    /// <summary>Rp 100.000.000 per unit: far above any product of a small business, far below what a sum holds.</summary>
    public const decimal PriceMax = 100_000_000m;

    private readonly List<PriceAgreementLine> _lines = [];
    private readonly List<PriceAgreementMember> _present = [];

    private PriceAgreement() { }

    /// <summary>
    /// Every broken rule at once (decision 0013). <paramref name="members"/> are the group's active members on the
    /// meeting date, <paramref name="products"/> the group's products, <paramref name="previousFrom"/> the effective
    /// date of the latest agreement already recorded.
    /// </summary>
    public static PriceAgreement Create(Guid programId, Guid groupId, DateOnly? meetingOn, DateOnly? effectiveFrom, IReadOnlyList<Guid>? present,
        IReadOnlyList<PriceLineInput>? lines, string? note, IReadOnlySet<Guid> members, IReadOnlySet<Guid> products, DateOnly? previousFrom, DateOnly today,
        string by, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        if (meetingOn is not { } meeting)
        {
            errors.Add(new DomainException("field.required", "MeetingOn"));
        }
        else if (meeting > today)
        {
            errors.Add(new DomainException("date.future", "MeetingOn"));
        }
        else if (meeting.Year < 1990)
        {
            errors.Add(new DomainException("price.meeting.tooearly", "MeetingOn", ErrorKind.Validation, 1990));
        }

        if (effectiveFrom is not { } from)
        {
            errors.Add(new DomainException("field.required", "EffectiveFrom"));
        }
        else if (meetingOn is { } m && (from < m || from > m.AddYears(1)))
        {
            errors.Add(new DomainException("price.effective.window", "EffectiveFrom"));
        }
        else if (previousFrom is { } prev && from < prev)
        {
            errors.Add(new DomainException("price.effective.beforeprevious", "EffectiveFrom", ErrorKind.Validation, prev.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        present ??= [];
        if (present.Count == 0)
        {
            errors.Add(new DomainException("price.present.required", "Present"));
        }
        else if (present.Any(p => !members.Contains(p)))
        {
            errors.Add(new DomainException("price.present.notmember", "Present"));
        }

        if (note is { Length: > NoteMax })
        {
            errors.Add(new DomainException("text.toolong", "Note", ErrorKind.Validation, NoteMax));
        }

        lines ??= [];
        var filled = lines.Select((l, i) => (Line: l, Index: i)).Where(x => !IsBlank(x.Line)).ToList();
        if (filled.Count == 0)
        {
            errors.Add(new DomainException("price.lines.required", "Lines"));
        }
        else if (filled.Count > LinesMax)
        {
            errors.Add(new DomainException("price.lines.toomany", "Lines", ErrorKind.Validation, LinesMax));
        }

        var seen = new HashSet<(Guid, string, PriceKind)>();
        foreach (var (l, i) in filled)
        {
            var f = $"Lines[{i}]";
            if (l.ProductId is not { } pid || !products.Contains(pid))
            {
                errors.Add(new DomainException("price.product.unknown", $"{f}.ProductId"));
            }

            var unit = l.Unit?.Trim();
            if (string.IsNullOrEmpty(unit))
            {
                errors.Add(new DomainException("field.required", $"{f}.Unit"));
            }
            else if (unit.Length > UnitMax)
            {
                errors.Add(new DomainException("text.toolong", $"{f}.Unit", ErrorKind.Validation, UnitMax));
            }

            if (l.Kind is not { } k || !Enum.IsDefined(k))
            {
                errors.Add(new DomainException("field.required", $"{f}.Kind"));
            }

            if (l.Price is not { } price)
            {
                errors.Add(new DomainException("field.required", $"{f}.Price"));
            }
            else if (price > PriceMax)
            {
                errors.Add(new DomainException("money.max", $"{f}.Price", ErrorKind.Validation, PriceMax));
            }
            else
            {
                Rupiah.Check(price, $"{f}.Price", errors);
            }

            if (l.ProductId is { } p2 && !string.IsNullOrEmpty(unit) && l.Kind is { } k2 && !seen.Add((p2, unit.ToLowerInvariant(), k2)))
            {
                errors.Add(new DomainException("price.line.duplicate", $"{f}.Kind"));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var a = new PriceAgreement
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            GroupId = groupId,
            MeetingOn = meetingOn!.Value,
            EffectiveFrom = effectiveFrom!.Value,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedBy = by,
            RecordedAt = at,
        };
        foreach (var p in present.Distinct())
        {
            a._present.Add(new PriceAgreementMember(a.Id, p));
        }

        foreach (var (l, _) in filled)
        {
            a._lines.Add(new PriceAgreementLine(a.Id, l.ProductId!.Value, l.Unit!.Trim(), l.Kind!.Value, l.Price!.Value));
        }

        return a;
    }

    private static bool IsBlank(PriceLineInput l) => l.ProductId is null && string.IsNullOrWhiteSpace(l.Unit) && l.Kind is null && l.Price is null;

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid GroupId { get; private set; }
    public DateOnly MeetingOn { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public IReadOnlyList<PriceAgreementLine> Lines => _lines;
    public IReadOnlyList<PriceAgreementMember> Present => _present;
}

/// <summary>One agreed price: per product, unit and kind.</summary>
public sealed class PriceAgreementLine
{
    private PriceAgreementLine() { }

    internal PriceAgreementLine(Guid agreementId, Guid productId, string unit, PriceKind kind, decimal price)
    {
        Id = Guid.CreateVersion7();
        AgreementId = agreementId;
        ProductId = productId;
        Unit = unit;
        Kind = kind;
        Price = price;
    }

    public Guid Id { get; private set; }
    public Guid AgreementId { get; private set; }
    public Guid ProductId { get; private set; }
    public string Unit { get; private set; } = "";
    public PriceKind Kind { get; private set; }
    public decimal Price { get; private set; }
}

/// <summary>A member present at the meeting that agreed the prices.</summary>
public sealed class PriceAgreementMember
{
    private PriceAgreementMember() { }

    internal PriceAgreementMember(Guid agreementId, Guid partnerId)
    {
        AgreementId = agreementId;
        PartnerId = partnerId;
    }

    public Guid AgreementId { get; private set; }
    public Guid PartnerId { get; private set; }
}
