namespace Berdaya.Domain.Legality;

/// <summary>
/// Whether a business makes food or drink, and so needs a PIRT to sell packaged (docs/domain.md, Legality
/// milestones). The sector is free text, so it is read by the words a facilitator writes for food.
/// </summary>
public static class FoodProducer
{
    private static readonly string[] Words = ["makanan", "minuman", "pangan", "kuliner", "kue", "keripik", "emping", "opak", "food", "snack", "sambal", "kopi"];

    public static bool Is(string? sector, string? products = null)
    {
        var text = $"{sector} {products}".ToLowerInvariant();
        return Words.Any(w => text.Contains(w, StringComparison.Ordinal));
    }
}
