using Berdaya.Domain.Common;

namespace Berdaya.Domain.Reports;

/// <summary>What a portfolio total counts its loans by (the portfolio report's tables; docs/domain.md, Daily close).</summary>
public enum PortfolioDimension
{
    /// <summary>Every active loan of the program; written for every program at each close, loans or not.</summary>
    Total = 0,

    /// <summary>Key: the collectibility class number.</summary>
    Class = 1,

    /// <summary>Key: the group id (empty for a loan without a group).</summary>
    Group = 2,

    /// <summary>Key: the village code of the loan's group.</summary>
    Village = 3,

    /// <summary>Key: the product id.</summary>
    Product = 4,

    /// <summary>Key: the index of the days-past-due bucket.</summary>
    Aging = 5,

    /// <summary>Key: the write-off kind number; counts written-off loans and their principal written off.</summary>
    WrittenOff = 6,
}

/// <summary>
/// The count and principal outstanding of a program's loans in one row of the portfolio report, as the
/// daily close of <see cref="BusinessDate"/> found them. Derived from the loans by the close and never
/// edited by a user: the loans stay the record.
/// </summary>
public sealed class PortfolioTotal : INotAudited
{
    private PortfolioTotal() { }

    public DateOnly BusinessDate { get; private set; }
    public Guid ProgramId { get; private set; }
    public PortfolioDimension Dimension { get; private set; }
    public string Key { get; private set; } = "";
    public int Count { get; private set; }
    public decimal Outstanding { get; private set; }
}
