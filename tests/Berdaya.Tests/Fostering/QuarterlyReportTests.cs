using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;

namespace Berdaya.Tests.Fostering;

public sealed class QuarterlyReportTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly Guid Program = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();

    private static ReportFigures Figures(decimal assets = 40_000_000m, decimal turnover = 30_000_000m, int paid = 3, int family = 2) =>
        new(assets, turnover, paid, family, 600m, "kg", "Musim melinjo");

    private static QuarterlyReport Report(string quarter, ReportFigures f) =>
        QuarterlyReport.Submit(Program, Partner, Quarter.TryParse(quarter), f, Today, "treasurer", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Quarters_parse_order_and_fall_due_after_they_end()
    {
        var q = Quarter.TryParse("2026-q3")!.Value;
        q.ShouldBe(new Quarter(2026, 3));
        q.First.ShouldBe(new DateOnly(2026, 7, 1));
        q.Last.ShouldBe(new DateOnly(2026, 9, 30));
        q.DueOn(15).ShouldBe(new DateOnly(2026, 10, 15));
        q.Previous.ShouldBe(new Quarter(2026, 2));
        new Quarter(2026, 1).Previous.ShouldBe(new Quarter(2025, 4));
        q.YearBefore.ShouldBe(new Quarter(2025, 3));
        Quarter.FromIndex(q.Index).ShouldBe(q);
        Quarter.Of(new DateOnly(2026, 12, 31)).ShouldBe(new Quarter(2026, 4));
        q.ToString().ShouldBe("2026-Q3");
        Quarter.TryParse("2026-Q5").ShouldBeNull();
        Quarter.TryParse("1999-Q4").ShouldBeNull();
        Quarter.TryParse("kuartal").ShouldBeNull();
    }

    [Fact]
    public void A_quarter_not_ended_negative_figures_and_a_volume_without_unit_are_refused_by_field()
    {
        var e = Should.Throw<DomainValidationException>(() => QuarterlyReport.Submit(Program, Partner, new Quarter(2026, 4),
            new ReportFigures(-1m, null, -2, 100_001, 5m, null, new string('x', QuarterlyReport.MaxNote + 1)), Today, "x", DateTimeOffset.UnixEpoch));
        e.Errors.Select(x => (x.Code, x.Field)).ShouldBe(
        [
            ("fostering.quarter.future", "Quarter"),
            ("money.nonnegative", "Assets"),
            ("fostering.figure.required", "Turnover"),
            ("fostering.employees.range", "PaidEmployees"),
            ("fostering.employees.range", "FamilyEmployees"),
            ("fostering.unit.required", "ProductionUnit"),
            ("text.toolong", "Note"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_correction_is_a_new_version_with_a_reason_and_the_old_one_stays()
    {
        var first = Report("2026-Q3", Figures());
        Should.Throw<DomainValidationException>(() => first.Correct(Figures(assets: 41_000_000m), " ", Today, "officer", DateTimeOffset.UnixEpoch))
            .Errors.Single().Field.ShouldBe("Reason");
        first.Current.ShouldBeTrue();

        var second = first.Correct(Figures(assets: 41_000_000m), "Aset gudang terlewat", Today, "officer", DateTimeOffset.UnixEpoch);
        second.Version.ShouldBe(2);
        second.Current.ShouldBeTrue();
        second.CorrectionReason.ShouldBe("Aset gudang terlewat");
        first.Current.ShouldBeFalse();
        first.Assets.ShouldBe(40_000_000m);

        // The superseded version cannot be corrected again: the newest one is.
        Should.Throw<DomainException>(() => first.Correct(Figures(), "lagi", Today, "officer", DateTimeOffset.UnixEpoch)).Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public void A_fall_of_more_than_the_threshold_against_the_quarter_before_or_the_year_before_is_an_alert()
    {
        var yearBefore = Report("2025-Q3", Figures(turnover: 50_000_000m));
        var previous = Report("2026-Q2", Figures(assets: 40_000_000m, turnover: 30_000_000m, paid: 4, family: 2));
        var now = Report("2026-Q3", Figures(assets: 32_000_000m, turnover: 24_500_000m, paid: 2, family: 2));

        var falls = Decline.Falls(now, previous, yearBefore, 20);

        // Assets fell exactly 20%: not more than the threshold. Turnover 18.3% against the quarter before, 51% against the
        // melinjo season a year before; employees from 6 to 4 (33.3%).
        falls.ShouldBe(
        [
            new Fall(ReportFigure.Employees, DeclineBasis.PreviousQuarter, new Quarter(2026, 2), 6, 4, 33.3m),
            new Fall(ReportFigure.Turnover, DeclineBasis.YearBefore, new Quarter(2025, 3), 50_000_000m, 24_500_000m, 51m),
        ], ignoreOrder: true);

        Decline.Falls(now, null, null, 20).ShouldBeEmpty();
        Decline.Falls(previous, Report("2026-Q1", Figures(assets: 0m)), null, 20).ShouldBeEmpty();
    }

    [Fact]
    public void Settings_keep_due_days_and_the_threshold_within_their_range()
    {
        var s = new FosteringSettings(Program, FosteringSettings.DefaultDueDays, Decline.DefaultPercent);
        s.ReportDueDays.ShouldBe(15);
        Should.Throw<DomainValidationException>(() => s.Set(91, 0)).Errors.Select(e => e.Field).ShouldBe(["ReportDueDays", "DeclinePercent"]);
        s.DeclinePercent.ShouldBe(20);
    }
}
