namespace Berdaya.Domain.Markets;

/// <summary>
/// A member the group gave a variant to make (docs/domain.md, Product variants). Each allocation takes one numbered
/// place of the variant; a unique index on (variant, place) lets only one of two members racing for the last place
/// in (decision 0021), and one on (variant, member) stops a twin.
/// </summary>
public sealed class VariantAllocation
{
    /// <summary>The most members any variant is made by, with or without a limit of its own.</summary>
    public const int PlacesMax = ProductVariant.MaxMakersLimit;

    private VariantAllocation() { }

    public VariantAllocation(Guid groupId, Guid variantId, Guid partnerId, int place, DateOnly allocatedOn, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        GroupId = groupId;
        VariantId = variantId;
        PartnerId = partnerId;
        Place = place;
        AllocatedOn = allocatedOn;
        AllocatedBy = by;
        AllocatedAt = at;
    }

    /// <summary>The first free place of a variant, or null when it is full (its own limit, or <see cref="PlacesMax"/>).</summary>
    public static int? FreePlace(IEnumerable<int> taken, int? maxMakers)
    {
        var used = taken.ToHashSet();
        var limit = maxMakers ?? PlacesMax;
        for (var p = 1; p <= limit; p++)
        {
            if (!used.Contains(p))
            {
                return p;
            }
        }

        return null;
    }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid VariantId { get; private set; }
    public Guid PartnerId { get; private set; }
    public int Place { get; private set; }
    public DateOnly AllocatedOn { get; private set; }
    public string AllocatedBy { get; private set; } = "";
    public DateTimeOffset AllocatedAt { get; private set; }
}
