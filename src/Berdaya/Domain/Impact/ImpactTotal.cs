using Berdaya.Domain.Common;

namespace Berdaya.Domain.Impact;

/// <summary>What a kept impact total counts its partners by (docs/domain.md, Impact; decision 0030).</summary>
public enum ImpactDimension
{
    /// <summary>Every partner of the program with a loan; key empty. Its row says the program's totals were kept, and when.</summary>
    Program = 0,

    /// <summary>Key: the year of the partner's first disbursement.</summary>
    FirstLoanYear = 1,

    /// <summary>Key: the partner's village code.</summary>
    Village = 2,

    /// <summary>Key: the partner's sector as entered.</summary>
    Sector = 3,

    /// <summary>Key: the partner's active group id.</summary>
    Group = 4,
}

/// <summary>
/// One cohort's impact as the nightly impact job counted it (decision 0030): the same counts and spreads the live reading gives,
/// kept so a program of a million partners answers at once. Derived from the surveys, reports and loans, never edited by a user.
/// </summary>
public sealed class ImpactTotal : INotAudited
{
    public const int MaxKey = 100;

    private ImpactTotal() { }

    public ImpactTotal(Guid programId, ImpactDimension dimension, string key, DateOnly asOf, DateTimeOffset countedAt, ImpactSummary s)
    {
        ProgramId = programId;
        Dimension = dimension;
        Key = key;
        AsOf = asOf;
        CountedAt = countedAt;
        Partners = s.Partners;
        Measured = s.Measured;
        Growing = s.Growing;
        Graduated = s.Graduated;
        Repaid = s.Repaid;
        WrittenOff = s.WrittenOff;
        (AssetsCount, AssetsLower, AssetsMedian, AssetsUpper) = Split(s.Assets);
        (TurnoverCount, TurnoverLower, TurnoverMedian, TurnoverUpper) = Split(s.Turnover);
        (EmployeesCount, EmployeesLower, EmployeesMedian, EmployeesUpper) = Split(s.Employees);
    }

    public Guid ProgramId { get; private set; }
    public ImpactDimension Dimension { get; private set; }
    public string Key { get; private set; } = "";
    public DateOnly AsOf { get; private set; }
    public DateTimeOffset CountedAt { get; private set; }
    public int Partners { get; private set; }
    public int Measured { get; private set; }
    public int Growing { get; private set; }
    public int Graduated { get; private set; }
    public int Repaid { get; private set; }
    public int WrittenOff { get; private set; }
    public int AssetsCount { get; private set; }
    public decimal AssetsLower { get; private set; }
    public decimal AssetsMedian { get; private set; }
    public decimal AssetsUpper { get; private set; }
    public int TurnoverCount { get; private set; }
    public decimal TurnoverLower { get; private set; }
    public decimal TurnoverMedian { get; private set; }
    public decimal TurnoverUpper { get; private set; }
    public int EmployeesCount { get; private set; }
    public decimal EmployeesLower { get; private set; }
    public decimal EmployeesMedian { get; private set; }
    public decimal EmployeesUpper { get; private set; }

    /// <summary>The summary as counted.</summary>
    public ImpactSummary Summary() => new(Partners, Measured, Join(AssetsCount, AssetsLower, AssetsMedian, AssetsUpper),
        Join(TurnoverCount, TurnoverLower, TurnoverMedian, TurnoverUpper), Join(EmployeesCount, EmployeesLower, EmployeesMedian, EmployeesUpper),
        Growing, Graduated, Repaid, WrittenOff);

    private static (int, decimal, decimal, decimal) Split(Spread? s) => s is null ? (0, 0m, 0m, 0m) : (s.Count, s.LowerQuartile, s.Median, s.UpperQuartile);

    private static Spread? Join(int count, decimal lower, decimal median, decimal upper) => count == 0 ? null : new Spread(count, lower, median, upper);
}
