namespace Berdaya.Domain.Loans;

/// <summary>A loan's quality class from its days past due (<see cref="Arrears.ClassOf"/>; docs/domain.md, Arrears and collectibility).</summary>
public enum Collectibility
{
    /// <summary>Lancar: 0–30 days.</summary>
    Current = 1,

    /// <summary>Kurang Lancar: 31–180 days.</summary>
    Substandard = 2,

    /// <summary>Diragukan: 181–270 days.</summary>
    Doubtful = 3,

    /// <summary>Macet: over 270 days.</summary>
    Loss = 4,
}
