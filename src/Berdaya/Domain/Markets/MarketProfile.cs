using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>What a partner (or their facilitator for them) declares about their readiness for markets (docs/domain.md, Readiness).</summary>
public sealed record MarketDeclaration(
    string? PackagingMaterial,
    decimal? PackagingThicknessMm,
    bool? HasBarcode,
    decimal? MonthlyCapacity,
    VolumeUnit? CapacityUnit,
    decimal? WorkingCapital);

/// <summary>Who declared: the partner themself or staff for them (docs/domain.md, Readiness).</summary>
public enum DeclaredBy
{
    Partner = 1,
    Facilitator = 2,
    Officer = 3,
}

/// <summary>
/// A partner's declarations that the app cannot know from elsewhere: packaging, barcode, monthly capacity and
/// working capital (docs/domain.md, Readiness). One per partner, replaced by each new declaration; who declared
/// and when is kept, and the audit trail keeps the earlier values. A figure left empty is unknown, never zero.
/// </summary>
public sealed class MarketProfile
{
    private MarketProfile() { }

    public MarketProfile(Guid programId, Guid partnerId)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        PartnerId = partnerId;
    }

    public static List<DomainException> Problems(MarketDeclaration d)
    {
        var errors = new List<DomainException>();
        if (d.PackagingMaterial is { } m && m.Trim().Length > ChannelRequirement.TextMax)
        {
            errors.Add(new DomainException("text.toolong", "PackagingMaterial", ErrorKind.Validation, ChannelRequirement.TextMax));
        }

        if (d.PackagingThicknessMm is { } mm && (mm <= 0 || mm > ChannelRequirement.ThicknessMax || decimal.Round(mm, 3) != mm))
        {
            errors.Add(new DomainException("requirement.thickness.range", "PackagingThicknessMm", ErrorKind.Validation, ChannelRequirement.ThicknessMax));
        }

        if (d.MonthlyCapacity is { } c)
        {
            if (c < 0 || c > ChannelRequirement.VolumeMax || decimal.Round(c, 2) != c)
            {
                errors.Add(new DomainException("requirement.volume.range", "MonthlyCapacity", ErrorKind.Validation, ChannelRequirement.VolumeMax));
            }

            // Capacity is what the partner makes; sales in rupiah come from the cash book (decision 0019).
            if (d.CapacityUnit is not (VolumeUnit.Kilogram or VolumeUnit.Pack))
            {
                errors.Add(new DomainException("profile.capacity.unit", "CapacityUnit"));
            }
        }

        if (d.WorkingCapital is { } capital)
        {
            Rupiah.CheckNonNegative(capital, "WorkingCapital", errors);
        }

        return errors;
    }

    public void Declare(MarketDeclaration d, DeclaredBy by, string userId, DateOnly on, DateTimeOffset at)
    {
        var errors = Problems(d);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        PackagingMaterial = string.IsNullOrWhiteSpace(d.PackagingMaterial) ? null : d.PackagingMaterial.Trim();
        PackagingThicknessMm = d.PackagingThicknessMm;
        HasBarcode = d.HasBarcode;
        MonthlyCapacity = d.MonthlyCapacity;
        CapacityUnit = d.MonthlyCapacity is null ? null : d.CapacityUnit;
        WorkingCapital = d.WorkingCapital;
        DeclaredBy = by;
        DeclaredByUser = userId;
        DeclaredOn = on;
        DeclaredAt = at;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public string? PackagingMaterial { get; private set; }
    public decimal? PackagingThicknessMm { get; private set; }
    public bool? HasBarcode { get; private set; }
    public decimal? MonthlyCapacity { get; private set; }
    public VolumeUnit? CapacityUnit { get; private set; }
    public decimal? WorkingCapital { get; private set; }
    public DeclaredBy DeclaredBy { get; private set; }
    public string DeclaredByUser { get; private set; } = "";
    public DateOnly DeclaredOn { get; private set; }
    public DateTimeOffset DeclaredAt { get; private set; }

    /// <summary>Concurrency token: two people declaring at once cannot overwrite each other unseen (409).</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();
}
