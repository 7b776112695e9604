namespace Berdaya.Domain.Impact;

/// <summary>A business's three figures at one moment (docs/domain.md, Impact): total assets, a quarter's turnover, employees paid and family.</summary>
public sealed record BusinessFigures(decimal Assets, decimal Turnover, int Employees);

/// <summary>
/// What the impact counts of one partner (docs/domain.md, Impact): the baseline taken at the survey before the first loan, the
/// latest current quarterly report (null when none yet), and the outcomes.
/// </summary>
public sealed record PartnerImpact(BusinessFigures? Baseline, BusinessFigures? Latest, bool Graduated, bool Repaid, bool WrittenOff);

/// <summary>Lower quartile, median and upper quartile of the partners' growth of one figure, in percent (one decimal).</summary>
public sealed record Spread(int Count, decimal LowerQuartile, decimal Median, decimal UpperQuartile);

/// <summary>A cohort's impact (docs/domain.md, Impact): counts, growth spreads (null when nobody can be measured) and shares in percent.</summary>
public sealed record ImpactSummary(int Partners, int Measured, Spread? Assets, Spread? Turnover, Spread? Employees, int Growing, int Graduated,
    int Repaid, int WrittenOff)
{
    public decimal GrowingPercent => ImpactMath.Share(Growing, Measured);
    public decimal GraduatedPercent => ImpactMath.Share(Graduated, Partners);
    public decimal RepaidPercent => ImpactMath.Share(Repaid, Partners);
    public decimal WrittenOffPercent => ImpactMath.Share(WrittenOff, Partners);
}

/// <summary>
/// The impact's calculations (docs/domain.md, Impact), free of any database: growth since baseline, quartiles by linear
/// interpolation between the ordered growths (as PostgreSQL's percentile_cont), shares.
/// </summary>
public static class ImpactMath
{
    /// <summary>
    /// A quarter's turnover at the baseline from the yearly sales declared at registration: a quarter of it, to the rupiah
    /// (the quarterly reports count a quarter's turnover).
    /// </summary>
    public static decimal QuarterOfYear(decimal yearlySales) => decimal.Round(yearlySales / 4m, 0, MidpointRounding.AwayFromZero);

    /// <summary>Growth in percent from the baseline to now; null when the baseline is zero (no growth can be said of nothing).</summary>
    public static decimal? Growth(decimal baseline, decimal now) => baseline <= 0 ? null : (now - baseline) * 100m / baseline;

    /// <summary>The value at fraction <paramref name="p"/> (0 to 1) of the ordered values, interpolated linearly between neighbours.</summary>
    public static decimal Percentile(IReadOnlyList<decimal> sorted, decimal p)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var position = p * (sorted.Count - 1);
        var below = (int)decimal.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>Lower quartile, median and upper quartile of the growths, each rounded to one decimal; null for no values.</summary>
    public static Spread? SpreadOf(IEnumerable<decimal> growths)
    {
        var sorted = growths.Order().ToList();
        return sorted.Count == 0
            ? null
            : new Spread(sorted.Count, OneDecimal(Percentile(sorted, 0.25m)), OneDecimal(Percentile(sorted, 0.5m)), OneDecimal(Percentile(sorted, 0.75m)));
    }

    /// <summary>The share in percent, one decimal; 0 of nobody.</summary>
    public static decimal Share(int part, int whole) => whole == 0 ? 0m : OneDecimal(part * 100m / whole);

    /// <summary>
    /// A cohort's impact: the growth of each figure over the partners with a baseline and a report (a figure whose baseline is
    /// zero is left out of that figure's spread), the partners growing (turnover above the baseline), and the outcomes over all.
    /// </summary>
    public static ImpactSummary Summarize(IEnumerable<PartnerImpact> partners)
    {
        var assets = new List<decimal>();
        var turnover = new List<decimal>();
        var employees = new List<decimal>();
        int count = 0, measured = 0, growing = 0, graduated = 0, repaid = 0, writtenOff = 0;
        foreach (var p in partners)
        {
            count++;
            graduated += p.Graduated ? 1 : 0;
            repaid += p.Repaid ? 1 : 0;
            writtenOff += p.WrittenOff ? 1 : 0;
            if (p is not { Baseline: { } b, Latest: { } l })
            {
                continue;
            }

            measured++;
            growing += l.Turnover > b.Turnover ? 1 : 0;
            Add(assets, Growth(b.Assets, l.Assets));
            Add(turnover, Growth(b.Turnover, l.Turnover));
            Add(employees, Growth(b.Employees, l.Employees));
        }

        return new ImpactSummary(count, measured, SpreadOf(assets), SpreadOf(turnover), SpreadOf(employees), growing, graduated, repaid, writtenOff);
    }

    private static void Add(List<decimal> list, decimal? growth)
    {
        if (growth is { } g)
        {
            list.Add(g);
        }
    }

    private static decimal OneDecimal(decimal x) => decimal.Round(x, 1, MidpointRounding.AwayFromZero);
}
