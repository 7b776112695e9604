using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;

namespace Berdaya.Domain.Markets;

/// <summary>What a channel's minimum monthly volume, or a partner's declared capacity, is counted in (docs/domain.md, Market channels).</summary>
public enum VolumeUnit
{
    Kilogram = 1,
    Pack = 2,

    /// <summary>Sales in rupiah a month, read from the cash book.</summary>
    Rupiah = 3,
}

/// <summary>What a channel asks of a partner, before the facts are checked (docs/domain.md, Market channels).</summary>
public sealed record RequirementTerms(
    DateOnly? EffectiveFrom,
    IReadOnlyList<string>? Legality,
    string? PackagingMaterial,
    decimal? MinThicknessMm,
    string? LabelContents,
    decimal? MinMonthlyVolume,
    VolumeUnit? VolumeUnit,
    decimal? WorkingCapital,
    PaymentKind? Payment,
    int? PaymentDays,
    string? Note);

/// <summary>
/// A channel's set of requirements from a date (docs/domain.md, Market channels): the licences it asks for
/// (the legality kinds, and a barcode), the packaging, the monthly volume, the working capital a partner needs
/// and how the channel pays. A set never changes: a newer set replaces it from its own date, and the history stays.
/// </summary>
public sealed class ChannelRequirement
{
    public const string Barcode = "barcode";
    public const int TextMax = 200;
    public const int NoteMax = 1000;
    public const decimal ThicknessMax = 10m;
    public const decimal VolumeMax = 1_000_000_000m;
    public const int PaymentDaysMax = 365;

    /// <summary>The licences a channel may ask for: the partner's legality kinds (docs/domain.md, Legality milestones) and a barcode.</summary>
    public static readonly string[] Kinds = [.. LegalityKinds.All.Select(k => k.Slug()), Barcode];

    private ChannelRequirement() { }

    public static ChannelRequirement Create(MarketChannel channel, RequirementTerms t, DateOnly? previousFrom, DateOnly today, string by, DateTimeOffset at)
    {
        var errors = Problems(t, previousFrom, today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var kinds = t.Legality!.Select(k => k.Trim().ToLowerInvariant()).Distinct().OrderBy(k => Array.IndexOf(Kinds, k)).ToList();
        return new ChannelRequirement
        {
            Id = Guid.CreateVersion7(),
            ChannelId = channel.Id,
            ProgramId = channel.ProgramId,
            EffectiveFrom = t.EffectiveFrom!.Value,
            Legality = string.Join(',', kinds.Where(k => k != Barcode)),
            RequiresBarcode = kinds.Contains(Barcode),
            PackagingMaterial = Clean(t.PackagingMaterial),
            MinThicknessMm = t.MinThicknessMm,
            LabelContents = Clean(t.LabelContents),
            MinMonthlyVolume = t.MinMonthlyVolume,
            VolumeUnit = t.MinMonthlyVolume is null ? null : t.VolumeUnit,
            WorkingCapital = t.WorkingCapital,
            Payment = t.Payment!.Value,
            PaymentDays = t.PaymentDays,
            Note = Clean(t.Note),
            CreatedBy = by,
            CreatedAt = at,
        };
    }

    /// <summary>Every broken rule of a requirement set at once (decision 0013).</summary>
    public static List<DomainException> Problems(RequirementTerms t, DateOnly? previousFrom, DateOnly today)
    {
        var errors = new List<DomainException>();
        if (t.EffectiveFrom is not { } from)
        {
            errors.Add(new DomainException("field.required", "EffectiveFrom"));
        }
        else if (from < BusinessCalendar.Earliest || from > today.AddYears(1))
        {
            errors.Add(new DomainException("requirement.effective.window", "EffectiveFrom", ErrorKind.Validation, BusinessCalendar.Earliest, today.AddYears(1)));
        }
        else if (previousFrom is { } prev && from <= prev)
        {
            // A set replaces the previous one from its date; it never rewrites the past (docs/domain.md, Market channels).
            errors.Add(new DomainException("requirement.effective.beforeprevious", "EffectiveFrom", ErrorKind.Validation, prev));
        }

        if (t.Legality is null)
        {
            errors.Add(new DomainException("field.required", "Legality"));
        }
        else
        {
            var unknown = t.Legality.Where(k => string.IsNullOrWhiteSpace(k) || !Kinds.Contains(k.Trim().ToLowerInvariant())).ToList();
            if (unknown.Count > 0)
            {
                errors.Add(new DomainException("requirement.legality.unknown", "Legality", ErrorKind.Validation,
                    string.Join(", ", unknown.Select(k => k.Length > 40 ? k[..40] : k)), string.Join(", ", Kinds)));
            }
            else if (t.Legality.Count > Kinds.Length * 2)
            {
                errors.Add(new DomainException("requirement.legality.toomany", "Legality"));
            }
        }

        Text(t.PackagingMaterial, "PackagingMaterial", TextMax, errors);
        Text(t.LabelContents, "LabelContents", TextMax, errors);
        Text(t.Note, "Note", NoteMax, errors);
        if (t.MinThicknessMm is { } mm && (mm <= 0 || mm > ThicknessMax || decimal.Round(mm, 3) != mm))
        {
            errors.Add(new DomainException("requirement.thickness.range", "MinThicknessMm", ErrorKind.Validation, ThicknessMax));
        }

        if (t.MinMonthlyVolume is { } v)
        {
            if (v <= 0 || v > VolumeMax || decimal.Round(v, 2) != v)
            {
                errors.Add(new DomainException("requirement.volume.range", "MinMonthlyVolume", ErrorKind.Validation, VolumeMax));
            }

            if (t.VolumeUnit is not { } u || !Enum.IsDefined(u))
            {
                errors.Add(new DomainException("field.required", "VolumeUnit"));
            }
        }

        if (t.WorkingCapital is { } capital)
        {
            Rupiah.Check(capital, "WorkingCapital", errors);
        }

        if (t.Payment is not { } pay || !Enum.IsDefined(pay))
        {
            errors.Add(new DomainException("field.required", "Payment"));
        }

        if (t.PaymentDays is { } days && (days < 0 || days > PaymentDaysMax))
        {
            errors.Add(new DomainException("requirement.paymentdays.range", "PaymentDays", ErrorKind.Validation, PaymentDaysMax));
        }

        return errors;
    }

    private static void Text(string? value, string field, int max, List<DomainException> errors)
    {
        if (value is { } v && v.Trim().Length > max)
        {
            errors.Add(new DomainException("text.toolong", field, ErrorKind.Validation, max));
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public Guid Id { get; private set; }
    public Guid ChannelId { get; private set; }

    /// <summary>The channel's program, kept here so a set is scoped without a join.</summary>
    public Guid ProgramId { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The legality kinds asked for, as their slugs separated by commas ("pirt,halal"); empty when none.</summary>
    public string Legality { get; private set; } = "";

    public bool RequiresBarcode { get; private set; }
    public string? PackagingMaterial { get; private set; }
    public decimal? MinThicknessMm { get; private set; }

    /// <summary>What the label must carry; shown to the partner, not judged (decision 0019).</summary>
    public string? LabelContents { get; private set; }

    public decimal? MinMonthlyVolume { get; private set; }
    public VolumeUnit? VolumeUnit { get; private set; }
    public decimal? WorkingCapital { get; private set; }
    public PaymentKind Payment { get; private set; }
    public int? PaymentDays { get; private set; }
    public string? Note { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<LegalityKind> LegalityKindsRequired =>
        Legality.Length == 0 ? [] : Legality.Split(',').Select(s => LegalityKinds.FromSlug(s)!.Value).ToList();

    /// <summary>The set in force on a date: the latest that took effect on or before it.</summary>
    public static ChannelRequirement? InForce(IEnumerable<ChannelRequirement> sets, DateOnly on) =>
        sets.Where(s => s.EffectiveFrom <= on).MaxBy(s => s.EffectiveFrom);
}
