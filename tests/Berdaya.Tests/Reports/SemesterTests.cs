using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Reports;

namespace Berdaya.Tests.Reports;

/// <summary>docs/domain.md, Semester report: which semesters may be asked for, and the check against the ledger.</summary>
public sealed class SemesterTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateOnly FirstEntry = new(2006, 1, 2);

    private static string[] Fields(Action act)
    {
        var ex = Should.Throw<DomainException>(act);
        return (ex is DomainValidationException many ? many.Errors : [ex]).Select(e => e.Field ?? "").ToArray();
    }

    [Fact]
    public void Semesters_are_the_two_halves_of_a_year()
    {
        var s = Semester.Parse("2012", "2", Today, FirstEntry);
        (s.Start, s.End, s.ToString()).ShouldBe((new DateOnly(2012, 7, 1), new DateOnly(2012, 12, 31), "2012-S2"));
        var first = Semester.Parse(" 2007 ", "1", Today, FirstEntry);
        (first.Start, first.End).ShouldBe((new DateOnly(2007, 1, 1), new DateOnly(2007, 6, 30)));
        Semester.Of(new DateOnly(2026, 6, 30)).ShouldBe(new Semester(2026, 1));
        Semester.Of(new DateOnly(2026, 7, 1)).ShouldBe(new Semester(2026, 2));
    }

    [Fact]
    public void The_latest_ended_semester_is_the_one_before_today_s_unless_today_is_its_last_day()
    {
        Semester.LatestEnded(Today).ShouldBe(new Semester(2026, 1));
        Semester.LatestEnded(new DateOnly(2026, 6, 30)).ShouldBe(new Semester(2026, 1));
        Semester.LatestEnded(new DateOnly(2026, 6, 29)).ShouldBe(new Semester(2025, 2));
        Semester.Parse("2026", "1", new DateOnly(2026, 6, 30), FirstEntry).End.ShouldBe(new DateOnly(2026, 6, 30));
    }

    [Fact]
    public void A_semester_not_ended_is_refused_by_the_semester()
    {
        var ex = Should.Throw<DomainException>(() => Semester.Parse("2026", "2", Today, FirstEntry));
        (ex.Code, ex.Field).ShouldBe(("semester.notended", "Semester"));
        Fields(() => Semester.Parse("2026", "1", new DateOnly(2026, 6, 29), FirstEntry)).ShouldBe(["Semester"]);
    }

    [Theory]
    [InlineData("", "1", new[] { "Year" })]
    [InlineData("2012", "", new[] { "Semester" })]
    [InlineData(null, null, new[] { "Year", "Semester" })]
    [InlineData("1999", "1", new[] { "Year" })]
    [InlineData("2027", "1", new[] { "Year" })]
    [InlineData("-2012", "1", new[] { "Year" })]
    [InlineData("20x2", "3", new[] { "Year", "Semester" })]
    [InlineData("2012", "II", new[] { "Semester" })]
    [InlineData("2012", "0", new[] { "Semester" })]
    public void Malformed_input_is_refused_each_by_its_field_at_once(string? year, string? half, string[] fields) =>
        Fields(() => Semester.Parse(year, half, Today, FirstEntry)).ShouldBe(fields);

    [Fact]
    public void A_semester_before_the_programs_first_ledger_entry_or_a_program_without_one_is_refused()
    {
        var ex = Should.Throw<DomainException>(() => Semester.Parse("2005", "2", Today, FirstEntry));
        (ex.Code, ex.Field, ex.Args[0]).ShouldBe(("semester.beforefirst", "Year", (object)"2006-S1"));
        Semester.Parse("2006", "1", Today, FirstEntry).ShouldBe(new Semester(2006, 1));
        Should.Throw<DomainException>(() => Semester.Parse("2012", "1", Today, null)).Code.ShouldBe("semester.noledger");
    }

    [Fact]
    public void Totals_that_agree_pass_and_every_one_that_does_not_is_a_conflict_with_both_figures_and_the_difference()
    {
        SemesterCheck.Require((SemesterTotal.Outstanding, 5m, 5m), (SemesterTotal.Closing, 0m, 0m));
        var ex = Should.Throw<DomainValidationException>(() => SemesterCheck.Require(
            (SemesterTotal.DisbursedBySector, 5_000_000m, 8_000_000m), (SemesterTotal.Outstanding, 1m, 1m), (SemesterTotal.Closing, 10m, 7m)));
        ex.Kind.ShouldBe(ErrorKind.Conflict);
        ex.Errors.Select(e => $"{e.Code} {e.Field}").Distinct().ShouldBe(["semester.mismatch Semester"]);
        ex.Errors.Select(e => e.Args.ToArray()).ShouldBe([
            [SemesterTotal.DisbursedBySector, 5_000_000m, 8_000_000m, -3_000_000m],
            [SemesterTotal.Closing, 10m, 7m, 3m],
        ]);
    }

    [Fact]
    public void The_class_read_from_the_oldest_due_date_is_the_class_of_its_days_past_due()
    {
        var asOf = new DateOnly(2006, 12, 31);
        var (current, substandard, doubtful) = Arrears.OldestDueFrom(asOf);
        for (var days = -40; days <= 400; days++)
        {
            var oldest = asOf.AddDays(-days);
            var byDate = oldest >= current ? Collectibility.Current
                : oldest >= substandard ? Collectibility.Substandard
                : oldest >= doubtful ? Collectibility.Doubtful
                : Collectibility.Loss;
            byDate.ShouldBe(Arrears.ClassOf(Arrears.DaysPastDue(asOf, oldest)), days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
