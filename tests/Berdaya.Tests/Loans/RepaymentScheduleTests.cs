using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Loans;

/// <summary>docs/domain.md, Schedules and rounding: schedules worked out by hand, checked to the rupiah.</summary>
public sealed class RepaymentScheduleTests
{
    private static readonly DateOnly Feb3 = new(2026, 2, 3);

    private static ScheduleTerms Terms(decimal principal, decimal rate, FeeMethod method, int tenor, int grace = 0,
        GraceKind kind = GraceKind.FeeOnly, DateOnly? disbursedOn = null, int dueDay = 5) =>
        new(principal, rate, method, tenor, grace, kind, disbursedOn ?? Feb3, dueDay);

    [Fact]
    public void Flat_5_million_at_6_percent_over_24_months_pays_25_000_fee_and_the_last_month_takes_the_remainder()
    {
        var rows = RepaymentSchedule.Calculate(Terms(5_000_000, 6, FeeMethod.Flat, 24));

        rows.Count.ShouldBe(24);
        rows.ShouldAllBe(r => r.Fee == 25_000);
        rows.Take(23).ShouldAllBe(r => r.Principal == 208_333);
        rows[23].Principal.ShouldBe(208_341);
        rows[0].OutstandingAfter.ShouldBe(4_791_667);
        rows[22].OutstandingAfter.ShouldBe(208_341);
        rows[23].OutstandingAfter.ShouldBe(0);
        rows[0].Total.ShouldBe(233_333);
        rows[0].DueDate.ShouldBe(new DateOnly(2026, 3, 5));
        rows[23].DueDate.ShouldBe(new DateOnly(2028, 2, 5));
        rows.Select(r => r.Number).ShouldBe(Enumerable.Range(1, 24));
    }

    [Fact]
    public void Yearly_opening_balance_fixes_each_loan_years_fee_and_the_short_last_year_pays_for_its_months_only()
    {
        // 7,777,777 / 30 = 259,259 (remainder 7 to the last). Year 1 opens at 7,777,777: 3% = 233,333.31 -> 233,333,
        // 233,333 / 12 = 19,444 (last 19,449). Year 2 opens at 7,777,777 - 12 x 259,259 = 4,666,669: 140,000.07 -> 140,000,
        // 11,666 (last 11,674). Year 3 (6 rows) opens at 1,555,561: 3% x 6/12 = 23,333.415 -> 23,333, 3,888 (last 3,893).
        var rows = RepaymentSchedule.Calculate(Terms(7_777_777, 3, FeeMethod.YearlyOpeningBalance, 30));

        rows.Count.ShouldBe(30);
        rows.Take(29).ShouldAllBe(r => r.Principal == 259_259);
        rows[29].Principal.ShouldBe(259_266);
        rows.Take(11).ShouldAllBe(r => r.Fee == 19_444);
        rows[11].Fee.ShouldBe(19_449);
        rows[11].OutstandingAfter.ShouldBe(4_666_669);
        rows.Skip(12).Take(11).ShouldAllBe(r => r.Fee == 11_666);
        rows[23].Fee.ShouldBe(11_674);
        rows[23].OutstandingAfter.ShouldBe(1_555_561);
        rows.Skip(24).Take(5).ShouldAllBe(r => r.Fee == 3_888);
        rows[29].Fee.ShouldBe(3_893);
        rows.Sum(r => r.Fee).ShouldBe(233_333 + 140_000 + 23_333);
        rows[29].OutstandingAfter.ShouldBe(0);
    }

    [Fact]
    public void Yearly_opening_balance_counts_fee_only_grace_months_in_the_loan_year()
    {
        // 18 principal rows of 66,666 (last 66,678). Year 1 (6 grace + 6 paying) opens at 1,200,000: 6% = 72,000, 6,000 a row.
        // Year 2 opens at 1,200,000 - 6 x 66,666 = 800,004: 48,000.24 -> 48,000, 4,000 a row.
        var rows = RepaymentSchedule.Calculate(Terms(1_200_000, 6, FeeMethod.YearlyOpeningBalance, 24, grace: 6));

        rows.Count.ShouldBe(24);
        rows.Take(6).ShouldAllBe(r => r.Principal == 0 && r.Fee == 6_000 && r.OutstandingAfter == 1_200_000);
        rows.Skip(6).Take(6).ShouldAllBe(r => r.Principal == 66_666 && r.Fee == 6_000);
        rows[11].OutstandingAfter.ShouldBe(800_004);
        rows.Skip(12).ShouldAllBe(r => r.Fee == 4_000);
        rows[23].Principal.ShouldBe(66_678);
    }

    [Fact]
    public void Effective_10_million_at_3_percent_over_12_months_is_an_annuity_of_846_937()
    {
        // i = 0.25% a month; A = 10,000,000 x 0.0025 / (1 - 1.0025^-12) = 846,936.9876 -> 846,937.
        // Each fee = outstanding x 0.0025 rounded; principal = A - fee; the last row clears the outstanding.
        (decimal Principal, decimal Fee, decimal Outstanding)[] expected =
        [
            (821_937, 25_000, 9_178_063),
            (823_992, 22_945, 8_354_071),
            (826_052, 20_885, 7_528_019),
            (828_117, 18_820, 6_699_902),
            (830_187, 16_750, 5_869_715),
            (832_263, 14_674, 5_037_452),
            (834_343, 12_594, 4_203_109),
            (836_429, 10_508, 3_366_680),
            (838_520, 8_417, 2_528_160),
            (840_617, 6_320, 1_687_543),
            (842_718, 4_219, 844_825),
            (844_825, 2_112, 0),
        ];

        var rows = RepaymentSchedule.Calculate(Terms(10_000_000, 3, FeeMethod.Effective, 12));

        rows.Select(r => (r.Principal, r.Fee, r.OutstandingAfter)).ShouldBe(expected);
        rows.ShouldAllBe(r => r.Total == 846_937);
    }

    [Fact]
    public void Effective_fee_only_grace_pays_the_monthly_fee_then_the_same_annuity_over_the_remaining_months()
    {
        var rows = RepaymentSchedule.Calculate(Terms(10_000_000, 3, FeeMethod.Effective, 14, grace: 2));
        var withoutGrace = RepaymentSchedule.Calculate(Terms(10_000_000, 3, FeeMethod.Effective, 12));

        rows.Count.ShouldBe(14);
        rows.Take(2).ShouldAllBe(r => r.Principal == 0 && r.Fee == 25_000 && r.OutstandingAfter == 10_000_000);
        rows.Skip(2).Select(r => (r.Principal, r.Fee, r.OutstandingAfter))
            .ShouldBe(withoutGrace.Select(r => (r.Principal, r.Fee, r.OutstandingAfter)));
        rows[2].DueDate.ShouldBe(new DateOnly(2026, 5, 5));
    }

    [Fact]
    public void Fee_only_grace_rows_pay_the_flat_fee_and_no_principal()
    {
        var rows = RepaymentSchedule.Calculate(Terms(1_200_000, 6, FeeMethod.Flat, 12, grace: 2));

        rows.Count.ShouldBe(12);
        rows.Take(2).ShouldAllBe(r => r.Principal == 0 && r.Fee == 6_000 && r.OutstandingAfter == 1_200_000);
        rows.Skip(2).ShouldAllBe(r => r.Principal == 120_000 && r.Fee == 6_000);
        rows[0].DueDate.ShouldBe(new DateOnly(2026, 3, 5));
        rows[11].DueDate.ShouldBe(new DateOnly(2027, 2, 5));
    }

    [Fact]
    public void Grace_that_pays_nothing_has_no_rows_and_the_first_installment_waits_for_it()
    {
        var rows = RepaymentSchedule.Calculate(Terms(1_200_000, 6, FeeMethod.Flat, 12, grace: 2, kind: GraceKind.Nothing));

        rows.Count.ShouldBe(10);
        rows[0].Number.ShouldBe(1);
        rows[0].DueDate.ShouldBe(new DateOnly(2026, 5, 5));
        rows[9].DueDate.ShouldBe(new DateOnly(2027, 2, 5));
        rows.ShouldAllBe(r => r.Principal == 120_000 && r.Fee == 6_000);
    }

    [Fact]
    public void A_due_day_past_the_months_end_falls_on_its_last_day()
    {
        var rows = RepaymentSchedule.Calculate(Terms(4_000_000, 6, FeeMethod.Flat, 4, disbursedOn: new DateOnly(2023, 12, 31), dueDay: 31));

        rows.Select(r => r.DueDate).ShouldBe([new(2024, 1, 31), new(2024, 2, 29), new(2024, 3, 31), new(2024, 4, 30)]);
        RepaymentSchedule.DueDate(new DateOnly(2025, 1, 15), 31, 1).ShouldBe(new DateOnly(2025, 2, 28));
        RepaymentSchedule.DueDate(new DateOnly(2025, 1, 15), 30, 1).ShouldBe(new DateOnly(2025, 2, 28));
        RepaymentSchedule.DueDate(new DateOnly(2025, 1, 15), 31, 2).ShouldBe(new DateOnly(2025, 3, 31));
        RepaymentSchedule.DueDate(new DateOnly(2025, 11, 30), 5, 3).ShouldBe(new DateOnly(2026, 2, 5));
    }

    [Fact]
    public void Rounding_is_half_away_from_zero_not_to_even()
    {
        // 1,500,100 x 6% / 12 = 7,500.5: banker's rounding would give 7,500.
        var rows = RepaymentSchedule.Calculate(Terms(1_500_100, 6, FeeMethod.Flat, 10));

        rows.ShouldAllBe(r => r.Fee == 7_501);
        RepaymentSchedule.Round(2.5m).ShouldBe(3);
        RepaymentSchedule.Round(-2.5m).ShouldBe(-3);
        RepaymentSchedule.Round(7_500.49m).ShouldBe(7_500);
        RepaymentSchedule.Round(7_500.5m).ShouldBe(7_501);
    }

    [Fact]
    public void A_zero_rate_charges_no_fee_under_every_method()
    {
        foreach (var method in Enum.GetValues<FeeMethod>())
        {
            var rows = RepaymentSchedule.Calculate(Terms(1_000, 0, method, 3));
            rows.Select(r => (r.Principal, r.Fee)).ShouldBe([(333, 0), (333, 0), (334, 0)], method.ToString());
        }
    }

    [Fact]
    public void An_annuity_rounded_up_on_a_tiny_loan_stops_at_zero_instead_of_overpaying()
    {
        // A = 2 / 4 plus a hair of fee = 0.5000... -> 1, which would repay 2 rupiah in two rows.
        var rows = RepaymentSchedule.Calculate(Terms(2, 0.01m, FeeMethod.Effective, 4));

        rows.Select(r => (r.Principal, r.Fee, r.OutstandingAfter)).ShouldBe([(1, 0, 1), (1, 0, 0), (0, 0, 0), (0, 0, 0)]);
    }

    [Fact]
    public void Every_bad_term_is_named_at_once()
    {
        var bad = new ScheduleTerms(-1.5m, 100.01m, (FeeMethod)9, 0, -1, (GraceKind)7, default, 32);

        var ex = Should.Throw<DomainValidationException>(() => RepaymentSchedule.Calculate(bad));

        ex.Errors.Select(e => (e.Code, e.Field)).ShouldBe(
        [
            ("money.positive", "Principal"),
            ("money.whole", "Principal"),
            ("schedule.rate", "AnnualRatePercent"),
            ("schedule.method", "Method"),
            ("schedule.tenor", "TenorMonths"),
            ("schedule.grace", "GraceMonths"),
            ("schedule.gracekind", "GraceKind"),
            ("schedule.dueday", "DueDay"),
            ("schedule.disbursedon", "DisbursedOn"),
        ], ignoreOrder: true);
    }

    [Theory]
    [InlineData("0", "6", 12, 0, 5, "money.positive", "Principal")]
    [InlineData("1000.5", "6", 12, 0, 5, "money.whole", "Principal")]
    [InlineData("1000000000000001", "6", 12, 0, 5, "schedule.principal.max", "Principal")]
    [InlineData("1000", "-0.01", 12, 0, 5, "schedule.rate", "AnnualRatePercent")]
    [InlineData("1000", "100.5", 12, 0, 5, "schedule.rate", "AnnualRatePercent")]
    [InlineData("1000", "6", 361, 0, 5, "schedule.tenor", "TenorMonths")]
    [InlineData("1000", "6", 12, 12, 5, "schedule.grace", "GraceMonths")]
    [InlineData("1000", "6", 12, -1, 5, "schedule.grace", "GraceMonths")]
    [InlineData("1000", "6", 12, 0, 0, "schedule.dueday", "DueDay")]
    public void One_bad_term_is_refused_naming_its_field(string principal, string rate, int tenor, int grace, int dueDay, string code, string field)
    {
        var ex = Should.Throw<DomainValidationException>(() =>
            RepaymentSchedule.Calculate(new ScheduleTerms(Number(principal), Number(rate), FeeMethod.Flat, tenor, grace, GraceKind.FeeOnly, Feb3, dueDay)));

        ex.Errors.Select(e => (e.Code, e.Field)).ShouldBe([(code, field)]);
    }

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_limits_themselves_are_accepted()
    {
        RepaymentSchedule.Calculate(Terms(1, 100, FeeMethod.Effective, 360, grace: 359, dueDay: 31)).Count.ShouldBe(360);
        RepaymentSchedule.Calculate(Terms(RepaymentSchedule.MaxPrincipal, 100, FeeMethod.Effective, 360, dueDay: 1))[^1].OutstandingAfter.ShouldBe(0);
        RepaymentSchedule.Calculate(Terms(RepaymentSchedule.MaxPrincipal, 100, FeeMethod.YearlyOpeningBalance, 360))[^1].OutstandingAfter.ShouldBe(0);
    }
}
