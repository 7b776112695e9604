using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>How far a variant is processed (docs/domain.md, Product variants).</summary>
public enum ProcessingStage
{
    HalfProcessed = 1,
    ReadyToEat = 2,
}

/// <summary>
/// A product a group makes, such as "Emping melinjo" (docs/domain.md, Product variants). Its variants
/// are what members make, what a placement delivers and what a supply order buys; the group's price
/// agreements price it per unit.
/// </summary>
public sealed class GroupProduct
{
    public const int NameMax = 120;

    private GroupProduct() { }

    public static GroupProduct Create(Guid groupId, string? name, string by, DateTimeOffset at)
    {
        CheckName(name, nameTaken: false);
        return new GroupProduct { Id = Guid.CreateVersion7(), GroupId = groupId, Name = name!.Trim(), CreatedBy = by, CreatedAt = at };
    }

    /// <summary>
    /// The name within its bounds and not another product's of the group (<paramref name="nameTaken"/>, compared without
    /// case by the caller): one product under two names would split its prices and allocations.
    /// </summary>
    public static void CheckName(string? name, bool nameTaken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException([new DomainException("field.required", "Name")]);
        }

        if (name.Trim().Length > NameMax)
        {
            throw new DomainValidationException([new DomainException("text.toolong", "Name", ErrorKind.Validation, NameMax)]);
        }

        if (nameTaken)
        {
            throw new DomainValidationException([new DomainException("groupproduct.name.duplicate", "Name")]);
        }
    }

    /// <summary>A new name, from the version the editor saw: a stale version is a conflict (decision 0021).</summary>
    public void Rename(string? name, bool nameTaken, Guid? seenVersion)
    {
        RequireVersion(Version, seenVersion, "groupproduct.stale");
        CheckName(name, nameTaken);
        Name = name!.Trim();
        Version = Guid.NewGuid();
    }

    internal static void RequireVersion(Guid current, Guid? seen, string code)
    {
        if (seen is not { } s || s != current)
        {
            throw new DomainException(code, null, ErrorKind.Conflict);
        }
    }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public string Name { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Changes with every edit, so an edit from a page opened before another's is refused (409).</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();
}

/// <summary>
/// One variant of a group's product: a flavour, a size or shape and a processing stage, with its packaging
/// and label (docs/domain.md, Product variants). <see cref="MaxMakers"/>, when set, bounds how many members
/// the group allocates it to.
/// </summary>
public sealed class ProductVariant
{
    public const int TextMax = 120;
    public const int MaxMakersLimit = 100;

    private ProductVariant() { }

    public static ProductVariant Create(Guid productId, Guid groupId, string? flavour, string? size, ProcessingStage? stage, string? packaging,
        string? label, int? maxMakers, string by, DateTimeOffset at)
    {
        var errors = Problems(flavour, size, stage, packaging, label, maxMakers);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new ProductVariant
        {
            Id = Guid.CreateVersion7(),
            ProductId = productId,
            GroupId = groupId,
            Flavour = flavour!.Trim(),
            Size = size!.Trim(),
            Stage = stage!.Value,
            Packaging = Clean(packaging),
            Label = Clean(label),
            MaxMakers = maxMakers,
            CreatedBy = by,
            CreatedAt = at,
        };
    }

    /// <summary>
    /// The variant as edited, from the version the editor saw. Its limit may not fall below the members who make it now
    /// (<paramref name="makers"/>); <paramref name="twin"/> says another variant of the product has the same flavour, size
    /// and stage.
    /// </summary>
    public void Edit(string? flavour, string? size, ProcessingStage? stage, string? packaging, string? label, int? maxMakers, int makers, bool twin,
        Guid? seenVersion)
    {
        GroupProduct.RequireVersion(Version, seenVersion, "variant.stale");
        var errors = Problems(flavour, size, stage, packaging, label, maxMakers);
        if (maxMakers is { } m && m >= 1 && m < makers)
        {
            errors.Add(new DomainException("variant.makers.belowallocated", "MaxMakers", ErrorKind.Validation, makers));
        }

        if (twin)
        {
            errors.Add(new DomainException("variant.duplicate", "Flavour"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Flavour = flavour!.Trim();
        Size = size!.Trim();
        Stage = stage!.Value;
        Packaging = Clean(packaging);
        Label = Clean(label);
        MaxMakers = maxMakers;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// A variant the group no longer makes: kept for the allocations, orders and deliveries that name it, offered for none
    /// new (docs/domain.md, Product variants). Restoring offers it again.
    /// </summary>
    public void Retire(DateOnly today, Guid? seenVersion)
    {
        GroupProduct.RequireVersion(Version, seenVersion, "variant.stale");
        if (RetiredOn is not null)
        {
            throw new DomainException("variant.retired", null, ErrorKind.Conflict);
        }

        RetiredOn = today;
        Version = Guid.NewGuid();
    }

    public void Restore(Guid? seenVersion)
    {
        GroupProduct.RequireVersion(Version, seenVersion, "variant.stale");
        if (RetiredOn is null)
        {
            throw new DomainException("variant.notretired", null, ErrorKind.Conflict);
        }

        RetiredOn = null;
        Version = Guid.NewGuid();
    }

    /// <summary>A variant may be deleted only while nothing names it; one in use is retired instead (decision 0021).</summary>
    public static void RequireUnused(bool inUse)
    {
        if (inUse)
        {
            throw new DomainException("variant.inuse", null, ErrorKind.Conflict);
        }
    }

    /// <summary>Every broken rule of a variant at once.</summary>
    public static List<DomainException> Problems(string? flavour, string? size, ProcessingStage? stage, string? packaging, string? label, int? maxMakers)
    {
        var errors = new List<DomainException>();
        Text(flavour, "Flavour", required: true, errors);
        Text(size, "Size", required: true, errors);
        Text(packaging, "Packaging", required: false, errors);
        Text(label, "Label", required: false, errors);
        if (stage is not { } s || !Enum.IsDefined(s))
        {
            errors.Add(new DomainException("field.required", "Stage"));
        }

        if (maxMakers is { } m && (m < 1 || m > MaxMakersLimit))
        {
            errors.Add(new DomainException("variant.makers.range", "MaxMakers", ErrorKind.Validation, 1, MaxMakersLimit));
        }

        return errors;
    }

    private static void Text(string? value, string field, bool required, List<DomainException> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new DomainException("field.required", field));
            }
        }
        else if (value.Trim().Length > TextMax)
        {
            errors.Add(new DomainException("text.toolong", field, ErrorKind.Validation, TextMax));
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }

    /// <summary>The product's group, kept here so a variant is scoped without a join.</summary>
    public Guid GroupId { get; private set; }

    public string Flavour { get; private set; } = "";

    /// <summary>The size or shape: "kecil", "sedang", "besar".</summary>
    public string Size { get; private set; } = "";

    public ProcessingStage Stage { get; private set; }
    public string? Packaging { get; private set; }
    public string? Label { get; private set; }
    public int? MaxMakers { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The day the group stopped making it; a retired variant is given to no one new and ordered by no one.</summary>
    public DateOnly? RetiredOn { get; private set; }

    /// <summary>Changes with every edit, so an edit from a page opened before another's is refused (409).</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();
}
