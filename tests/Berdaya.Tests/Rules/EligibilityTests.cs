using Berdaya.Domain.Programs;

namespace Berdaya.Tests.Rules;

public sealed class EligibilityTests
{
    private static readonly DateOnly AsOf = new(2006, 1, 15);

    private static ApplicantFacts Facts(decimal assets = 5_000_000m, decimal sales = 30_000_000m, DateOnly? started = null,
        bool citizen = true, bool bankCredit = false, bool independent = true, string village = "32.11.07.2011") =>
        new(citizen, bankCredit, independent, village, assets, sales, started ?? new DateOnly(2000, 1, 1));

    [Fact]
    public void Under_the_2007_rules_a_small_emping_maker_is_eligible()
    {
        var result = Eligibility.Evaluate(EligibilityCriterion.PresetFor(EligibilityRegime.Regime2007), "32", Facts(), AsOf);
        result.IsEligible.ShouldBeTrue();
        result.Results.Count.ShouldBe(4);
        result.Failed.ShouldBeEmpty();
    }

    [Fact]
    public void Every_failed_criterion_is_named_not_a_bare_not_eligible()
    {
        var result = Eligibility.Evaluate(EligibilityCriterion.PresetFor(EligibilityRegime.Regime2007), "32",
            Facts(assets: 250_000_000m, sales: 1_200_000_000m, started: new DateOnly(2005, 6, 1), citizen: false), AsOf);
        result.IsEligible.ShouldBeFalse();
        result.Failed.Select(f => f.Kind).ShouldBe(
            [CriterionKind.IndonesianCitizen, CriterionKind.MaxNetAssets, CriterionKind.MaxYearlySales, CriterionKind.MinMonthsInBusiness],
            ignoreOrder: true);
    }

    [Fact]
    public void The_caps_are_inclusive()
    {
        var result = Eligibility.Evaluate(EligibilityCriterion.PresetFor(EligibilityRegime.Regime2007), null,
            Facts(assets: 200_000_000m, sales: 1_000_000_000m, started: new DateOnly(2005, 1, 15)), AsOf);
        result.IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void The_2015_rules_accept_assets_or_sales_within_the_limit()
    {
        var criteria = EligibilityCriterion.PresetFor(EligibilityRegime.Regime2015).ToList();
        Eligibility.Evaluate(criteria, null, Facts(assets: 600_000_000m, sales: 2_000_000_000m), AsOf).IsEligible.ShouldBeTrue();
        Eligibility.Evaluate(criteria, null, Facts(assets: 400_000_000m, sales: 3_000_000_000m), AsOf).IsEligible.ShouldBeTrue();
        var both = Eligibility.Evaluate(criteria, null, Facts(assets: 600_000_000m, sales: 3_000_000_000m), AsOf);
        both.IsEligible.ShouldBeFalse();
        both.Failed.Single().Kind.ShouldBe(CriterionKind.MaxNetAssetsOrYearlySales);
    }

    [Fact]
    public void Since_2021_bank_credit_or_a_subsidiary_fails_and_the_operator_area_is_only_a_priority()
    {
        var criteria = EligibilityCriterion.PresetFor(EligibilityRegime.Regime2021).ToList();
        var outside = Eligibility.Evaluate(criteria, "32", Facts(village: "35.13.15.2017"), AsOf);
        outside.IsEligible.ShouldBeTrue();
        outside.Results.Single(r => r.Kind == CriterionKind.InOperatorArea).Passed.ShouldBeFalse();

        var banked = Eligibility.Evaluate(criteria, "32", Facts(bankCredit: true, independent: false), AsOf);
        banked.Failed.Select(f => f.Kind).ShouldBe([CriterionKind.NoBankFinancing, CriterionKind.IndependentBusiness], ignoreOrder: true);
    }

    [Fact]
    public void A_business_without_a_start_date_fails_the_time_in_business_rule()
    {
        var facts = Facts() with { BusinessStartedOn = null };
        Eligibility.Evaluate([new EligibilityCriterion(CriterionKind.MinMonthsInBusiness, limit: 6)], null, facts, AsOf)
            .IsEligible.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2005-01-15", "2006-01-15", 12)]
    [InlineData("2005-01-16", "2006-01-15", 11)]
    [InlineData("2006-01-20", "2006-01-15", 0)]
    public void Months_in_business_count_whole_months(string from, string to, int expected) =>
        Eligibility.MonthsBetween(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
}
