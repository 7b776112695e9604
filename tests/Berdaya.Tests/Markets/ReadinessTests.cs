using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Markets;

namespace Berdaya.Tests.Markets;

/// <summary>docs/domain.md, Readiness (decision 0019): met, missing with what exactly, or unknown.</summary>
public sealed class ReadinessTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly MarketChannel Yogya = MarketChannel.Create(Guid.NewGuid(), "Supermarket Yogya", ChannelKind.ModernRetail, null, "t", DateTimeOffset.UtcNow);

    private static ChannelRequirement Set(DateOnly from, string[] legality, string? material = null, decimal? mm = null, decimal? volume = null,
        VolumeUnit? unit = null, decimal? capital = null, DateOnly? previous = null) =>
        ChannelRequirement.Create(Yogya, new RequirementTerms(from, legality, material, mm, null, volume, unit, capital, PaymentKind.PaidOnNextDelivery, 30, null),
            previous, Today, "t", DateTimeOffset.UtcNow);

    private static ReadinessFacts Facts(MarketDeclaration? declared = null, decimal? sales = null, params (LegalityKind Kind, LegalityState State, DateOnly? Expires)[] licences) =>
        new(licences.ToDictionary(l => l.Kind, l => new LicenceFact(l.State, l.Expires)), declared, sales);

    private static readonly string[] PirtHalalBarcode = ["pirt", "halal", "barcode"];
    private static readonly string[] Nothing = [];

    [Fact]
    public void A_partner_with_every_licence_barcode_and_packaging_is_ready()
    {
        var rule = ReadinessRule.From(Set(new DateOnly(2010, 1, 1), PirtHalalBarcode, "plastik", 0.10m));
        var facts = Facts(new MarketDeclaration("Plastik PP", 0.12m, true, null, null, null), null,
            (LegalityKind.Pirt, LegalityState.Granted, new DateOnly(2027, 1, 1)), (LegalityKind.Halal, LegalityState.Granted, null));
        var result = Readiness.Evaluate(rule, facts, Today);
        result.State.ShouldBe(ReadinessState.Met);
        result.NextStep.ShouldBeNull();
        Readiness.StateOf(rule, facts, Today).ShouldBe(ReadinessState.Met);
    }

    [Fact]
    public void An_expired_pirt_and_no_barcode_are_missing_with_the_date()
    {
        var rule = ReadinessRule.From(Set(new DateOnly(2010, 1, 1), PirtHalalBarcode));
        var facts = Facts(new MarketDeclaration(null, null, false, null, null, null), null,
            (LegalityKind.Pirt, LegalityState.Granted, new DateOnly(2026, 3, 1)));
        var result = Readiness.Evaluate(rule, facts, Today);
        result.State.ShouldBe(ReadinessState.Missing);
        result.Items.Select(i => (i.Item, i.State, i.Code)).ShouldBe([
            ("pirt", ReadinessState.Missing, "readiness.licence.expired"),
            ("halal", ReadinessState.Missing, "readiness.licence.none"),
            ("barcode", ReadinessState.Missing, "readiness.barcode.none")]);
        result.Items[0].Args.ShouldBe([LegalityKind.Pirt, new DateOnly(2026, 3, 1)]);
        Readiness.StateOf(rule, facts, Today).ShouldBe(ReadinessState.Missing);
    }

    [Fact]
    public void A_declared_volume_below_the_minimum_is_missing_and_no_declaration_is_unknown()
    {
        var rule = ReadinessRule.From(Set(new DateOnly(2010, 1, 1), Nothing, volume: 100, unit: VolumeUnit.Kilogram, capital: 5_000_000));
        var low = Facts(new MarketDeclaration(null, null, null, 40, VolumeUnit.Kilogram, 6_000_000));
        var result = Readiness.Evaluate(rule, low, Today);
        result.State.ShouldBe(ReadinessState.Missing);
        result.Items[0].Code.ShouldBe("readiness.volume.short");
        result.Items[0].Args.ShouldBe([40m, VolumeUnit.Kilogram, 100m]);

        var none = Readiness.Evaluate(rule, ReadinessFacts.None, Today);
        none.State.ShouldBe(ReadinessState.Unknown);
        none.Items.ShouldAllBe(i => i.State == ReadinessState.Unknown);
        Readiness.StateOf(rule, ReadinessFacts.None, Today).ShouldBe(ReadinessState.Unknown);
    }

    [Fact]
    public void A_volume_in_rupiah_is_judged_on_the_cash_book_sales()
    {
        var rule = ReadinessRule.From(Set(new DateOnly(2011, 1, 1), Nothing, volume: 1_500_000, unit: VolumeUnit.Rupiah));
        Readiness.StateOf(rule, Facts(sales: 2_000_000), Today).ShouldBe(ReadinessState.Met);
        Readiness.StateOf(rule, Facts(sales: 900_000), Today).ShouldBe(ReadinessState.Missing);
        Readiness.StateOf(rule, Facts(new MarketDeclaration(null, null, null, 500, VolumeUnit.Kilogram, null)), Today).ShouldBe(ReadinessState.Unknown);
    }

    [Fact]
    public void Without_cash_book_sales_or_a_declared_capacity_the_latest_quarterly_report_decides_the_volume()
    {
        var rupiah = ReadinessRule.From(Set(new DateOnly(2011, 1, 1), Nothing, volume: 1_500_000, unit: VolumeUnit.Rupiah));
        var kilos = ReadinessRule.From(Set(new DateOnly(2011, 1, 1), Nothing, volume: 100, unit: VolumeUnit.Kilogram));
        var reported = new ReadinessFacts(new Dictionary<LegalityKind, LicenceFact>(), null, null,
            new ReportedQuarter("2026-Q1", 2_000_000m, 40m, VolumeUnit.Kilogram));

        Readiness.StateOf(rupiah, reported, Today).ShouldBe(ReadinessState.Met);
        var item = Readiness.Evaluate(kilos, reported, Today).Items.Single(i => i.Item == "volume");
        item.State.ShouldBe(ReadinessState.Missing);
        item.Args.ShouldContain(40m);

        // The cash book and the declaration come first; a report in another unit is not compared.
        Readiness.StateOf(rupiah, reported with { MonthlySales = 900_000m }, Today).ShouldBe(ReadinessState.Missing);
        Readiness.StateOf(kilos, reported with { Declared = new MarketDeclaration(null, null, null, 150, VolumeUnit.Kilogram, null) }, Today)
            .ShouldBe(ReadinessState.Met);
        Readiness.StateOf(kilos, reported with { Reported = new ReportedQuarter("2026-Q1", 1m, 500m, VolumeUnit.Pack) }, Today)
            .ShouldBe(ReadinessState.Unknown);
    }

    [Fact]
    public void A_channel_without_a_set_in_force_is_unknown_and_the_set_in_force_is_the_latest_by_date()
    {
        Readiness.Evaluate(null, ReadinessFacts.None, Today).State.ShouldBe(ReadinessState.Unknown);
        var old = Set(new DateOnly(2007, 1, 1), ["pirt"]);
        var current = Set(new DateOnly(2010, 1, 1), PirtHalalBarcode, previous: old.EffectiveFrom);
        ChannelRequirement.InForce([old, current], new DateOnly(2009, 12, 31)).ShouldBe(old);
        ChannelRequirement.InForce([old, current], Today).ShouldBe(current);
        ChannelRequirement.InForce([old, current], new DateOnly(2006, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void A_bad_set_is_refused_with_every_broken_rule_at_once()
    {
        var ex = Should.Throw<DomainValidationException>(() => ChannelRequirement.Create(Yogya,
            new RequirementTerms(new DateOnly(2009, 1, 1), ["pirt", "sni"], null, -0.1m, null, 10, null, 0, null, 400, null), new DateOnly(2010, 1, 1), Today, "t",
            DateTimeOffset.UtcNow));
        ex.Errors.Select(e => (e.Field, e.Code)).ShouldBe([
            ("EffectiveFrom", "requirement.effective.beforeprevious"),
            ("Legality", "requirement.legality.unknown"),
            ("MinThicknessMm", "requirement.thickness.range"),
            ("VolumeUnit", "field.required"),
            ("WorkingCapital", "money.positive"),
            ("Payment", "field.required"),
            ("PaymentDays", "requirement.paymentdays.range")], ignoreOrder: true);
    }
}
