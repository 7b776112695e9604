namespace Berdaya.Domain.Legality;

/// <summary>
/// The licences a partner collects (docs/domain.md, Legality milestones a partner collects), and the
/// food-safety certificate that a PIRT needs, kept beside them as a document of its own.
/// </summary>
public enum LegalityKind
{
    Nib = 1,
    Pirt = 2,
    Halal = 3,
    Trademark = 4,
    Npwp = 5,
    FoodSafetyCertificate = 6,
}

/// <summary>Where a licence stands. <see cref="Expired"/> is also what a granted licence reads as past its expiry date.</summary>
public enum LegalityState
{
    NotStarted = 0,
    Preparing = 1,
    Applied = 2,
    Granted = 3,
    Rejected = 4,
    Expired = 5,
}

public static class LegalityKinds
{
    /// <summary>The five licences, in the order a partner usually gains them; the certificate is listed after them.</summary>
    public static readonly LegalityKind[] Licences = [LegalityKind.Nib, LegalityKind.Pirt, LegalityKind.Halal, LegalityKind.Trademark, LegalityKind.Npwp];

    public static readonly LegalityKind[] All = [.. Licences, LegalityKind.FoodSafetyCertificate];

    /// <summary>The route and API name of a kind ("pirt", "food-safety").</summary>
    public static string Slug(this LegalityKind kind) => kind switch
    {
        LegalityKind.FoodSafetyCertificate => "food-safety",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static LegalityKind? FromSlug(string? slug) =>
        All.Cast<LegalityKind?>().FirstOrDefault(k => string.Equals(k!.Value.Slug(), slug, StringComparison.OrdinalIgnoreCase)
                                                      || string.Equals(k.Value.ToString(), slug, StringComparison.OrdinalIgnoreCase));
}
