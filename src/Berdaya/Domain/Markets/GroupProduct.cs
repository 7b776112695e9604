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
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainException("field.required", "Name"));
        }
        else if (name.Trim().Length > NameMax)
        {
            errors.Add(new DomainException("text.toolong", "Name", ErrorKind.Validation, NameMax));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new GroupProduct { Id = Guid.CreateVersion7(), GroupId = groupId, Name = name!.Trim(), CreatedBy = by, CreatedAt = at };
    }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public string Name { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
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
}
