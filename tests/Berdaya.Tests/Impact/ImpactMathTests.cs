using Berdaya.Domain.Impact;

namespace Berdaya.Tests.Impact;

public sealed class ImpactMathTests
{
    private static PartnerImpact P(BusinessFigures? baseline, BusinessFigures? latest, bool graduated = false, bool repaid = false, bool writtenOff = false) =>
        new(baseline, latest, graduated, repaid, writtenOff);

    private static BusinessFigures F(decimal assets, decimal turnover, int employees) => new(assets, turnover, employees);

    [Fact]
    public void Growth_is_percent_since_baseline_and_nothing_from_a_zero_baseline()
    {
        ImpactMath.Growth(4_000_000m, 5_000_000m).ShouldBe(25m);
        ImpactMath.Growth(1_000_000m, 900_000m).ShouldBe(-10m);
        ImpactMath.Growth(0m, 2m).ShouldBeNull();
        ImpactMath.QuarterOfYear(36_000_000m).ShouldBe(9_000_000m);
        ImpactMath.QuarterOfYear(10_000_002m).ShouldBe(2_500_001m);
        ImpactMath.QuarterOfYear(10_000_001m).ShouldBe(2_500_000m);
    }

    [Fact]
    public void Quartiles_interpolate_between_neighbours_as_percentile_cont()
    {
        ImpactMath.Percentile([7m], 0.25m).ShouldBe(7m);
        ImpactMath.Percentile([-10m, 25m, 50m, 100m], 0.25m).ShouldBe(16.25m);
        ImpactMath.Percentile([-10m, 25m, 50m, 100m], 0.5m).ShouldBe(37.5m);
        ImpactMath.Percentile([-10m, 25m, 50m, 100m], 0.75m).ShouldBe(62.5m);
        ImpactMath.SpreadOf([100m, -10m, 50m, 25m]).ShouldBe(new Spread(4, 16.3m, 37.5m, 62.5m));
        ImpactMath.SpreadOf([]).ShouldBeNull();
    }

    [Fact]
    public void A_cohort_counts_growth_over_the_measured_and_outcomes_over_all()
    {
        var s = ImpactMath.Summarize(
        [
            P(F(10_000_000m, 2_000_000m, 2), F(15_000_000m, 3_000_000m, 3), graduated: true, repaid: true),
            P(F(4_000_000m, 1_000_000m, 1), F(5_000_000m, 900_000m, 1), repaid: true),
            P(F(8_000_000m, 2_000_000m, 0), F(10_000_000m, 2_500_000m, 2)),
            P(F(2_000_000m, 500_000m, 1), F(3_000_000m, 1_000_000m, 2), writtenOff: true),
            P(F(1_000_000m, 100_000m, 1), null),
            P(null, F(9_000_000m, 900_000m, 1)),
        ]);

        s.Partners.ShouldBe(6);
        s.Measured.ShouldBe(4);
        s.Assets.ShouldBe(new Spread(4, 25m, 37.5m, 50m));
        s.Turnover.ShouldBe(new Spread(4, 16.3m, 37.5m, 62.5m));

        // The third partner had no employees at the baseline: left out of the employees' spread only.
        s.Employees.ShouldBe(new Spread(3, 25m, 50m, 75m));
        s.Growing.ShouldBe(3);
        s.GrowingPercent.ShouldBe(75m);
        s.GraduatedPercent.ShouldBe(16.7m);
        s.RepaidPercent.ShouldBe(33.3m);
        s.WrittenOffPercent.ShouldBe(16.7m);
    }

    [Fact]
    public void Nobody_measured_gives_no_spread_and_zero_shares()
    {
        var s = ImpactMath.Summarize([P(null, null)]);
        s.Assets.ShouldBeNull();
        s.GrowingPercent.ShouldBe(0m);
        ImpactMath.Summarize([]).GraduatedPercent.ShouldBe(0m);
    }
}
