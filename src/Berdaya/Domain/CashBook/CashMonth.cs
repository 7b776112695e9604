namespace Berdaya.Domain.CashBook;

/// <summary>
/// A month of a cash book (docs/domain.md, Cash book): sales, the business's costs and the profit between them
/// (sales − costs), the installments paid, and what went to the household, kept apart from the business.
/// </summary>
public sealed record CashMonth(decimal Sales, decimal OtherIncome, decimal RawMaterial, decimal Packaging, decimal Wages, decimal OtherCost,
    decimal Installments, decimal Household, int Lines)
{
    public decimal Costs => RawMaterial + Packaging + Wages + OtherCost;

    public decimal Profit => Sales - Costs;

    public decimal MoneyIn => Sales + OtherIncome;

    public decimal MoneyOut => Costs + Installments + Household;

    /// <summary>What the month added to the cash in hand (in − out).</summary>
    public decimal Net => MoneyIn - MoneyOut;

    public static CashMonth Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The month from each category's total (counter-lines already netted in) and the number of lines.</summary>
    public static CashMonth From(IEnumerable<(CashCategory Category, decimal Total, int Lines)> totals)
    {
        var t = totals.ToList();
        decimal Of(CashCategory c) => t.Where(x => x.Category == c).Sum(x => x.Total);
        return new CashMonth(Of(CashCategory.Sales), Of(CashCategory.OtherIncome), Of(CashCategory.RawMaterial), Of(CashCategory.Packaging),
            Of(CashCategory.Wages), Of(CashCategory.OtherCost), Of(CashCategory.Installment), Of(CashCategory.Household), t.Sum(x => x.Lines));
    }
}

/// <summary>
/// When a cash book shows household money mixed into the business's (docs/domain.md, Cash book, and decision 0017):
/// the household took more than <see cref="Share"/> of the sales of the same days, or anything while nothing was sold.
/// </summary>
public static class HouseholdMix
{
    /// <summary>Half of the sales.</summary>
    public const decimal Share = 0.5m;

    /// <summary>The days looked at: the last 30, today included.</summary>
    public const int Days = 30;

    public static bool IsMixed(decimal sales, decimal household) => household > 0 && household > sales * Share;
}
