using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Fund;

public sealed class KpiTests
{
    [Theory]
    [InlineData("100", 3)]
    [InlineData("70", 3)]
    [InlineData("69.99", 2)]
    [InlineData("40", 2)]
    [InlineData("39.99", 1)]
    [InlineData("10", 1)]
    [InlineData("9.99", 0)]
    [InlineData("0", 0)]
    public void Collectibility_score_changes_exactly_at_70_40_and_10(string rate, int score) =>
        Kpi.CollectibilityScore(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(score);

    [Theory]
    [InlineData("120", 3)]
    [InlineData("90", 3)]
    [InlineData("89.99", 2)]
    [InlineData("85", 2)]
    [InlineData("84.99", 1)]
    [InlineData("80", 1)]
    [InlineData("79.99", 0)]
    [InlineData("0", 0)]
    public void Effectiveness_score_changes_exactly_at_90_85_and_80(string rate, int score) =>
        Kpi.EffectivenessScore(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(score);

    [Fact]
    public void Collectibility_rate_weighs_each_class_by_its_outstanding()
    {
        // (1.00 × 4,000,000 + 0.75 × 2,000,000 + 0.25 × 2,000,000 + 0 × 2,000,000) ÷ 10,000,000 = 60%.
        var rate = Kpi.CollectibilityRate([
            (Collectibility.Current, 4_000_000m), (Collectibility.Substandard, 2_000_000m),
            (Collectibility.Doubtful, 2_000_000m), (Collectibility.Loss, 2_000_000m)]);
        rate.ShouldBe(60m);
        Kpi.CollectibilityScore(rate!.Value).ShouldBe(2);
    }

    [Fact]
    public void Collectibility_rate_is_rounded_to_two_decimals_half_away_from_zero()
    {
        // (1.00 × 1 + 0.75 × 2) ÷ 3 = 83.333...%.
        Kpi.CollectibilityRate([(Collectibility.Current, 1m), (Collectibility.Substandard, 2m)]).ShouldBe(83.33m);

        // 69.995% rounds up to 70.00 and scores 3, as shown.
        Kpi.CollectibilityRate([(Collectibility.Current, 69_995m), (Collectibility.Loss, 30_005m)]).ShouldBe(70.00m);
    }

    [Fact]
    public void Collectibility_rate_at_exactly_70_scores_3_and_just_below_scores_2()
    {
        var at70 = Kpi.CollectibilityRate([(Collectibility.Current, 7_000m), (Collectibility.Loss, 3_000m)])!.Value;
        at70.ShouldBe(70m);
        Kpi.CollectibilityScore(at70).ShouldBe(3);
        var below = Kpi.CollectibilityRate([(Collectibility.Current, 6_999m), (Collectibility.Loss, 3_001m)])!.Value;
        below.ShouldBe(69.99m);
        Kpi.CollectibilityScore(below).ShouldBe(2);
    }

    [Fact]
    public void No_outstanding_has_no_collectibility_rate() =>
        Kpi.CollectibilityRate([]).ShouldBeNull();

    [Fact]
    public void Effectiveness_counts_loans_and_grants_against_opening_cash_and_the_period_inflows()
    {
        // (10,000,000 + 1,000,000) ÷ (20,000,000 + 20,000 + 0 + 0 + 480,000) = 53.66%.
        var rate = Kpi.DisbursementEffectiveness(new EffectivenessInputs(10_000_000m, 1_000_000m, 20_000_000m, 20_000m, 0, 0, 480_000m));
        rate.ShouldBe(53.66m);
        Kpi.EffectivenessScore(rate!.Value).ShouldBe(0);
    }

    [Theory]
    [InlineData(90, 100, 3)]
    [InlineData(85, 100, 2)]
    [InlineData(80, 100, 1)]
    [InlineData(7_999, 10_000, 0)]
    public void Effectiveness_at_the_boundaries(int disbursed, int available, int score)
    {
        var rate = Kpi.DisbursementEffectiveness(new EffectivenessInputs(disbursed, 0, available, 0, 0, 0, 0))!.Value;
        Kpi.EffectivenessScore(rate).ShouldBe(score);
    }

    [Fact]
    public void Nothing_available_has_no_effectiveness() =>
        Kpi.DisbursementEffectiveness(new EffectivenessInputs(0, 0, 0, 0, 0, 0, 0)).ShouldBeNull();
}
