using Berdaya.Domain.Legality;

namespace Berdaya.Domain.Markets;

/// <summary>Whether a partner is ready for a channel (docs/domain.md, Readiness).</summary>
public enum ReadinessState
{
    Met = 1,
    Missing = 2,

    /// <summary>Nothing missing that the app knows of, but some item has no data.</summary>
    Unknown = 3,
}

/// <summary>A licence as the legality record holds it: its recorded state and expiry (read on a date by <see cref="LegalityExpiry"/>).</summary>
public readonly record struct LicenceFact(LegalityState State, DateOnly? ExpiresOn);

/// <summary>
/// What the app knows of a partner for readiness: their licences (a kind not in the record has not been started),
/// their declaration (null when never declared) and their average monthly sales from the cash book (null when
/// the book has no line in the months looked at).
/// </summary>
public sealed record ReadinessFacts(IReadOnlyDictionary<LegalityKind, LicenceFact> Licences, MarketDeclaration? Declared, decimal? MonthlySales,
    ReportedQuarter? Reported = null)
{
    public static readonly ReadinessFacts None = new(new Dictionary<LegalityKind, LicenceFact>(), null, null);
}

/// <summary>
/// The partner's latest quarterly report of the last two quarters (docs/domain.md, Quarterly reports), a month's share of it:
/// the turnover, and the production where its unit is one a channel counts.
/// </summary>
public sealed record ReportedQuarter(string Quarter, decimal MonthlyTurnover, decimal? MonthlyVolume, VolumeUnit? VolumeUnit);

/// <summary>
/// One requirement checked: which item (a legality slug, "barcode", "packaging", "thickness", "volume", "capital"),
/// its state, and a message code with its arguments, rendered in the reader's language ("PIRT kedaluwarsa 2026-03-01").
/// </summary>
public sealed record ReadinessItem(string Item, ReadinessState State, string Code, IReadOnlyList<object> Args);

public sealed record ReadinessResult(ReadinessState State, IReadOnlyList<ReadinessItem> Items)
{
    /// <summary>The first item to work on: the first missing, else the first unknown; none when met.</summary>
    public ReadinessItem? NextStep => Items.FirstOrDefault(i => i.State == ReadinessState.Missing) ?? Items.FirstOrDefault(i => i.State == ReadinessState.Unknown);
}

/// <summary>A requirement set prepared once for checking many partners (the kinds parsed, the material normalised).</summary>
public sealed class ReadinessRule
{
    private ReadinessRule(ChannelRequirement r)
    {
        Requirement = r;
        Licences = [.. r.LegalityKindsRequired];
        Material = r.PackagingMaterial?.Trim().ToLowerInvariant();
    }

    public static ReadinessRule From(ChannelRequirement r) => new(r);

    public ChannelRequirement Requirement { get; }
    internal LegalityKind[] Licences { get; }
    internal string? Material { get; }
}

/// <summary>
/// The readiness rule (docs/domain.md, Readiness; decision 0019): a partner meets a channel's set in force when every
/// item holds; any item not held makes it missing, with what exactly; otherwise an item without data makes it unknown.
/// Licences come from the legality record, so they are never unknown; packaging, barcode, capacity and working
/// capital from the declaration; a volume in rupiah from the cash book's sales; the latest quarterly report where those are missing.
/// </summary>
public static class Readiness
{
    public static ReadinessResult Evaluate(ReadinessRule? rule, ReadinessFacts facts, DateOnly on)
    {
        if (rule is null)
        {
            return new ReadinessResult(ReadinessState.Unknown, [new ReadinessItem("requirements", ReadinessState.Unknown, "readiness.norequirements", [])]);
        }

        var items = new List<ReadinessItem>();
        var r = rule.Requirement;
        foreach (var kind in rule.Licences)
        {
            items.Add(Licence(kind, facts, on));
        }

        var d = facts.Declared;
        if (r.RequiresBarcode)
        {
            items.Add(d?.HasBarcode switch
            {
                null => new ReadinessItem(ChannelRequirement.Barcode, ReadinessState.Unknown, "readiness.barcode.unknown", []),
                false => new ReadinessItem(ChannelRequirement.Barcode, ReadinessState.Missing, "readiness.barcode.none", []),
                true => new ReadinessItem(ChannelRequirement.Barcode, ReadinessState.Met, "readiness.barcode.met", []),
            });
        }

        if (r.PackagingMaterial is { } material)
        {
            var declared = d?.PackagingMaterial;
            items.Add(declared is null
                ? new ReadinessItem("packaging", ReadinessState.Unknown, "readiness.packaging.unknown", [material])
                : SameMaterial(declared, rule.Material!)
                    ? new ReadinessItem("packaging", ReadinessState.Met, "readiness.packaging.met", [declared])
                    : new ReadinessItem("packaging", ReadinessState.Missing, "readiness.packaging.other", [declared, material]));
        }

        if (r.MinThicknessMm is { } min)
        {
            var declared = d?.PackagingThicknessMm;
            items.Add(declared is not { } mm
                ? new ReadinessItem("thickness", ReadinessState.Unknown, "readiness.thickness.unknown", [min])
                : mm >= min
                    ? new ReadinessItem("thickness", ReadinessState.Met, "readiness.thickness.met", [mm, min])
                    : new ReadinessItem("thickness", ReadinessState.Missing, "readiness.thickness.short", [mm, min]));
        }

        if (r.MinMonthlyVolume is { } volume && r.VolumeUnit is { } unit)
        {
            items.Add(Volume(volume, unit, facts));
        }

        if (r.WorkingCapital is { } capital)
        {
            var declared = d?.WorkingCapital;
            items.Add(declared is not { } have
                ? new ReadinessItem("capital", ReadinessState.Unknown, "readiness.capital.unknown", [capital])
                : have >= capital
                    ? new ReadinessItem("capital", ReadinessState.Met, "readiness.capital.met", [have, capital])
                    : new ReadinessItem("capital", ReadinessState.Missing, "readiness.capital.short", [have, capital]));
        }

        return new ReadinessResult(Combine(items), items);
    }

    /// <summary>The state alone, as <see cref="Evaluate"/> would give it, without building the items (the program matrix counts millions).</summary>
    public static ReadinessState StateOf(ReadinessRule? rule, ReadinessFacts facts, DateOnly on)
    {
        if (rule is null)
        {
            return ReadinessState.Unknown;
        }

        var r = rule.Requirement;
        foreach (var kind in rule.Licences)
        {
            if (!Holds(kind, facts, on))
            {
                return ReadinessState.Missing;
            }
        }

        var unknown = false;
        var d = facts.Declared;
        if (r.RequiresBarcode)
        {
            if (d?.HasBarcode is not { } barcode)
            {
                unknown = true;
            }
            else if (!barcode)
            {
                return ReadinessState.Missing;
            }
        }

        if (r.PackagingMaterial is not null)
        {
            if (d?.PackagingMaterial is not { } m)
            {
                unknown = true;
            }
            else if (!SameMaterial(m, rule.Material!))
            {
                return ReadinessState.Missing;
            }
        }

        if (r.MinThicknessMm is { } min)
        {
            if (d?.PackagingThicknessMm is not { } mm)
            {
                unknown = true;
            }
            else if (mm < min)
            {
                return ReadinessState.Missing;
            }
        }

        if (r.MinMonthlyVolume is { } volume && r.VolumeUnit is { } unit)
        {
            var have = Have(unit, facts);
            if (have is null)
            {
                unknown = true;
            }
            else if (have < volume)
            {
                return ReadinessState.Missing;
            }
        }

        if (r.WorkingCapital is { } capital)
        {
            if (d?.WorkingCapital is not { } c)
            {
                unknown = true;
            }
            else if (c < capital)
            {
                return ReadinessState.Missing;
            }
        }

        return unknown ? ReadinessState.Unknown : ReadinessState.Met;
    }

    private static ReadinessState Combine(List<ReadinessItem> items) =>
        items.Any(i => i.State == ReadinessState.Missing) ? ReadinessState.Missing
        : items.Any(i => i.State == ReadinessState.Unknown) ? ReadinessState.Unknown
        : ReadinessState.Met;

    private static bool Holds(LegalityKind kind, ReadinessFacts facts, DateOnly on) =>
        facts.Licences.TryGetValue(kind, out var f) && LegalityExpiry.StateOn(f.State, f.ExpiresOn, on) == LegalityState.Granted;

    private static ReadinessItem Licence(LegalityKind kind, ReadinessFacts facts, DateOnly on)
    {
        var slug = kind.Slug();
        if (!facts.Licences.TryGetValue(kind, out var f) || f.State == LegalityState.NotStarted)
        {
            return new ReadinessItem(slug, ReadinessState.Missing, "readiness.licence.none", [kind]);
        }

        return LegalityExpiry.StateOn(f.State, f.ExpiresOn, on) switch
        {
            LegalityState.Granted => new ReadinessItem(slug, ReadinessState.Met, f.ExpiresOn is not null ? "readiness.licence.until" : "readiness.licence.met",
                f.ExpiresOn is { } e ? [kind, e] : [kind]),
            LegalityState.Expired => new ReadinessItem(slug, ReadinessState.Missing, f.ExpiresOn is null ? "readiness.licence.ended" : "readiness.licence.expired",
                f.ExpiresOn is { } x ? [kind, x] : [kind]),
            var state => new ReadinessItem(slug, ReadinessState.Missing, "readiness.licence.pending", [kind, state]),
        };
    }

    /// <summary>
    /// Sales a month from the cash book, else from the latest quarterly report; capacity as declared, else the latest quarterly
    /// report's production in the same unit.
    /// </summary>
    private static decimal? Have(VolumeUnit unit, ReadinessFacts facts) => unit == VolumeUnit.Rupiah
        ? facts.MonthlySales ?? facts.Reported?.MonthlyTurnover
        : facts.Declared is { MonthlyCapacity: { } c, CapacityUnit: { } u } && u == unit
            ? c
            : facts.Reported is { MonthlyVolume: { } v, VolumeUnit: { } ru } && ru == unit ? v : null;

    private static ReadinessItem Volume(decimal volume, VolumeUnit unit, ReadinessFacts facts)
    {
        var have = Have(unit, facts);
        if (unit == VolumeUnit.Rupiah)
        {
            return have is not { } sales
                ? new ReadinessItem("volume", ReadinessState.Unknown, "readiness.sales.unknown", [volume])
                : new ReadinessItem("volume", sales >= volume ? ReadinessState.Met : ReadinessState.Missing,
                    sales >= volume ? "readiness.sales.met" : "readiness.sales.short", [sales, volume]);
        }

        return have is not { } capacity
            ? new ReadinessItem("volume", ReadinessState.Unknown, "readiness.volume.unknown", [volume, unit])
            : new ReadinessItem("volume", capacity >= volume ? ReadinessState.Met : ReadinessState.Missing,
                capacity >= volume ? "readiness.volume.met" : "readiness.volume.short", [capacity, unit, volume]);
    }

    /// <summary>A declared material matches when it names the required one ("plastik PP" for "plastik"), case and spaces aside.</summary>
    private static bool SameMaterial(string declared, string required) =>
        declared.Trim().Contains(required, StringComparison.OrdinalIgnoreCase);
}
