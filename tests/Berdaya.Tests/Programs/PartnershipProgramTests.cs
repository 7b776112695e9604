using Berdaya.Domain.Common;
using Berdaya.Domain.Programs;

namespace Berdaya.Tests.Programs;

public sealed class PartnershipProgramTests
{
    private static PartnershipProgram Program(EligibilityRegime regime = EligibilityRegime.Regime2021) =>
        new("TEST-1", "Program Uji", "PT Uji (Persero)", "CDC", regime, 3, 10, 5_000_000m, "32");

    private static DomainException Refused(Action action) => Should.Throw<DomainException>(action);

    [Fact]
    public void A_new_program_gets_its_regimes_preset_and_the_five_Cs()
    {
        var p = Program(EligibilityRegime.Regime2007);
        p.Criteria.Select(c => c.Kind).ShouldBe([CriterionKind.IndonesianCitizen, CriterionKind.MaxNetAssets, CriterionKind.MaxYearlySales, CriterionKind.MinMonthsInBusiness]);
        p.SurveyAspects.Select(a => a.Code).ShouldBe(["character", "capacity", "capital", "condition", "collateral"]);
    }

    [Theory]
    [InlineData(0, 10, "program.groupsize.min", "MinGroupSize")]
    [InlineData(-1, 10, "program.groupsize.min", "MinGroupSize")]
    [InlineData(5, 4, "program.groupsize.max", "MaxGroupSize")]
    public void Group_size_below_one_or_max_below_min_is_refused(int min, int max, string code, string field)
    {
        var p = Program();
        var ex = Refused(() => p.SetGroupSize(min, max));
        ex.Code.ShouldBe(code);
        ex.Field.ShouldBe(field);
        (p.MinGroupSize, p.MaxGroupSize).ShouldBe((3, 10));
    }

    [Fact]
    public void Equal_min_and_max_group_size_is_allowed()
    {
        var p = Program();
        p.SetGroupSize(10, 10);
        (p.MinGroupSize, p.MaxGroupSize).ShouldBe((10, 10));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1000")]
    [InlineData("1000000.50")]
    public void Loan_cap_must_be_whole_rupiah_above_zero(string amount)
    {
        var p = Program();
        var ex = Refused(() => p.SetMaxLoan(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        ex.Field.ShouldBe("MaxLoanPerPartner");
        p.MaxLoanPerPartner.ShouldBe(5_000_000m);
    }

    [Theory]
    [InlineData("", "program.code.required")]
    [InlineData("   ", "program.code.required")]
    [InlineData("TELKOM CDC", "program.code.format")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "program.code.format")]
    public void Program_code_is_required_short_and_without_spaces(string code, string error)
    {
        var p = Program();
        Refused(() => p.ChangeCode(code)).Code.ShouldBe(error);
        p.Code.ShouldBe("TEST-1");
    }

    [Fact]
    public void Operator_name_is_required()
    {
        Refused(() => Program().Rename("Nama", " ", "CDC", null)).Field.ShouldBe("OperatorName");
    }

    [Theory]
    [InlineData(EligibilityRegime.Regime2007, 4)]
    [InlineData(EligibilityRegime.Regime2015, 3)]
    [InlineData(EligibilityRegime.Regime2021, 4)]
    public void Every_preset_passes_its_own_validation(EligibilityRegime regime, int count)
    {
        var preset = EligibilityCriterion.PresetFor(regime).ToList();
        preset.Count.ShouldBe(count);
        var p = Program();
        p.SetCriteria(preset);
        p.Criteria.Count.ShouldBe(count);
    }

    [Fact]
    public void The_2007_preset_carries_its_caps()
    {
        var preset = EligibilityCriterion.PresetFor(EligibilityRegime.Regime2007).ToDictionary(c => c.Kind);
        preset[CriterionKind.MaxNetAssets].Limit.ShouldBe(200_000_000m);
        preset[CriterionKind.MaxYearlySales].Limit.ShouldBe(1_000_000_000m);
        preset[CriterionKind.MinMonthsInBusiness].Limit.ShouldBe(12m);
    }

    [Fact]
    public void The_2015_preset_caps_assets_or_sales()
    {
        var either = EligibilityCriterion.PresetFor(EligibilityRegime.Regime2015).Single(c => c.Kind == CriterionKind.MaxNetAssetsOrYearlySales);
        (either.Limit, either.SecondLimit).ShouldBe((500_000_000m, 2_500_000_000m));
    }

    [Fact]
    public void The_2021_preset_makes_the_operators_area_a_priority_not_a_requirement()
    {
        var preset = EligibilityCriterion.PresetFor(EligibilityRegime.Regime2021).ToList();
        preset.Single(c => c.Kind == CriterionKind.InOperatorArea).Mandatory.ShouldBeFalse();
        preset.Where(c => c.Kind != CriterionKind.InOperatorArea).ShouldAllBe(c => c.Mandatory && c.Limit == null);
    }

    [Fact]
    public void Changing_the_regime_applies_its_preset()
    {
        var p = Program(EligibilityRegime.Regime2021);
        p.ChangeRegime(EligibilityRegime.Regime2015);
        p.Regime.ShouldBe(EligibilityRegime.Regime2015);
        p.Criteria.Select(c => c.Kind).ShouldBe([CriterionKind.IndonesianCitizen, CriterionKind.MaxNetAssetsOrYearlySales, CriterionKind.MinMonthsInBusiness]);
    }

    [Theory]
    [InlineData(CriterionKind.MaxNetAssets, null)]
    [InlineData(CriterionKind.MaxYearlySales, "0")]
    [InlineData(CriterionKind.MinMonthsInBusiness, "-6")]
    [InlineData(CriterionKind.MaxNetAssetsOrYearlySales, null)]
    public void A_criterion_that_needs_a_limit_without_a_positive_one_is_refused(CriterionKind kind, string? limit)
    {
        var p = Program();
        var before = p.Criteria.ToList();
        var l = limit is null ? (decimal?)null : decimal.Parse(limit, System.Globalization.CultureInfo.InvariantCulture);
        var ex = Refused(() => p.SetCriteria([new EligibilityCriterion(CriterionKind.IndonesianCitizen), new EligibilityCriterion(kind, limit: l, secondLimit: 1m)]));
        Problems(ex).ShouldContain(e => e.Code == "program.criteria.limit" && e.Field == "Criteria[1].Limit");
        p.Criteria.ShouldBe(before);
    }

    [Fact]
    public void Assets_or_sales_needs_a_second_limit()
    {
        var ex = Refused(() => Program().SetCriteria([new EligibilityCriterion(CriterionKind.MaxNetAssetsOrYearlySales, limit: 500_000_000m)]));
        Problems(ex).Single().Field.ShouldBe("Criteria[0].SecondLimit");
    }

    [Fact]
    public void The_same_criterion_twice_is_refused()
    {
        var ex = Refused(() => Program().SetCriteria([new EligibilityCriterion(CriterionKind.NoBankFinancing), new EligibilityCriterion(CriterionKind.NoBankFinancing)]));
        Problems(ex).Single().ShouldSatisfyAllConditions(e => e.Code.ShouldBe("program.criteria.duplicate"), e => e.Field.ShouldBe("Criteria[1].Kind"));
    }

    [Fact]
    public void Every_broken_criterion_is_reported_at_once()
    {
        var ex = Refused(() => Program().SetCriteria([new EligibilityCriterion(CriterionKind.MaxNetAssets), new EligibilityCriterion(CriterionKind.MaxYearlySales)]));
        Problems(ex).Select(e => e.Field).ShouldBe(["Criteria[0].Limit", "Criteria[1].Limit"]);
    }

    [Fact]
    public void Valid_criteria_replace_the_old_ones_and_limits_on_kinds_without_one_are_dropped()
    {
        var p = Program();
        p.SetCriteria([new EligibilityCriterion(CriterionKind.NoBankFinancing, mandatory: false, limit: 5m), new EligibilityCriterion(CriterionKind.MaxYearlySales, limit: 300_000_000m)]);
        p.Criteria.Count.ShouldBe(2);
        p.Criteria[0].ShouldSatisfyAllConditions(c => c.Mandatory.ShouldBeFalse(), c => c.Limit.ShouldBeNull());
        p.Criteria[1].Limit.ShouldBe(300_000_000m);
    }

    [Fact]
    public void Survey_aspects_need_at_least_one_and_unique_codes()
    {
        var p = Program();
        Refused(() => p.SetSurveyAspects([])).Code.ShouldBe("program.aspects.required");
        Refused(() => p.SetSurveyAspects([new SurveyAspect("skill", "Skill", 1), new SurveyAspect("SKILL", "Skill again", 2)])).Code.ShouldBe("program.aspects.duplicate");
        p.SurveyAspects.Count.ShouldBe(5);
        p.SetSurveyAspects([new SurveyAspect("Character", "Karakter", 1)]);
        p.SurveyAspects.Single().Code.ShouldBe("character");
    }

    private static IReadOnlyList<DomainException> Problems(DomainException ex) =>
        ex is DomainValidationException many ? many.Errors : [ex];
}
