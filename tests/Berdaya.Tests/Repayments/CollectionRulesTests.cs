using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;

namespace Berdaya.Tests.Repayments;

/// <summary>The pure rules of the monthly collection and the on-time record (docs/domain.md, Allocation; Arrears and collectibility).</summary>
public sealed class CollectionRulesTests
{
    private static readonly DateOnly Disbursed = new(2026, 7, 1);

    /// <summary>3,000,000 over 10 months, 6% flat, due on the 5th: 315,000 a month from 5 August 2026.</summary>
    private static Loan NewLoan(DateOnly today)
    {
        return new LoanBuilder().Product(new LoanProductBuilder().MaxGrace(0).Build()).Partner(Guid.NewGuid(), Guid.NewGuid())
            .Tenor(10).DisbursedOn(Disbursed).Today(today).Build();
    }

    [Fact]
    public void A_month_s_due_is_its_installment_plus_the_unpaid_remainder_of_earlier_months()
    {
        var today = new DateOnly(2026, 11, 27);
        var loan = NewLoan(today);
        loan.Pay(315_000m, new DateOnly(2026, 8, 5), today);
        loan.Pay(100_000m, new DateOnly(2026, 9, 5), today);

        var due = MonthDue.Of(loan, new CollectionMonth(2026, 11), today);

        due.DueInMonth.Select(i => i.Number).ShouldBe([4]);
        due.DueInMonthRemaining.ShouldBe(315_000m);
        due.Arrears.ShouldBe(215_000m + 315_000m);
        due.TotalDue.ShouldBe(215_000m + 315_000m + 315_000m);
        due.Overdue.ShouldBe(due.TotalDue, "the 5 November installment is past due on the 27th");
        due.DaysPastDue.ShouldBe(today.DayNumber - new DateOnly(2026, 9, 5).DayNumber);
        due.MonthPaid.ShouldBeFalse();
    }

    [Fact]
    public void An_installment_due_later_in_the_month_is_due_but_not_overdue()
    {
        var today = new DateOnly(2026, 11, 3);
        var loan = NewLoan(today);
        loan.Pay(3 * 315_000m, today, today);

        var due = MonthDue.Of(loan, CollectionMonth.Of(today), today);

        due.TotalDue.ShouldBe(315_000m);
        due.Arrears.ShouldBe(0);
        due.Overdue.ShouldBe(0);
        due.DaysPastDue.ShouldBe(0);
    }

    [Theory]
    [InlineData("2026-05", 2026, 5)]
    [InlineData(" 2026-11 ", 2026, 11)]
    public void A_month_is_read_as_year_and_month(string text, int year, int month)
    {
        CollectionMonth.TryParse(text, out var m).ShouldBeTrue();
        m.ShouldBe(new CollectionMonth(year, month));
        m.Last.ShouldBe(new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("11-2026")]
    [InlineData("2026-11-05")]
    [InlineData("kemarin")]
    public void A_malformed_month_names_the_field(string text)
    {
        CollectionMonth.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<DomainValidationException>(() => CollectionMonth.ParseOrCurrent(text, new DateOnly(2026, 11, 27))).Errors[0].Field.ShouldBe("Month");
    }

    [Fact]
    public void No_month_means_the_current_one_and_months_step_across_years()
    {
        var m = CollectionMonth.ParseOrCurrent(null, new DateOnly(2026, 12, 31));
        m.ToString().ShouldBe("2026-12");
        m.Next.ToString().ShouldBe("2027-01");
        m.Previous.ToString().ShouldBe("2026-11");
    }

    [Theory]
    [InlineData("150000", 150000)]
    [InlineData("150.000", 150000)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("Rp 315.000", 315000)]
    [InlineData("1000,5", 1000.5)]
    [InlineData("1000.5", 1000.5)]
    [InlineData("-5", -5)]
    public void Typed_amounts_are_read_the_Indonesian_way_and_decimals_kept_for_the_whole_rupiah_rule(string text, decimal expected)
    {
        AmountText.TryParse(text, out var amount).ShouldBeTrue();
        amount.ShouldBe(expected);
    }

    [Theory]
    [InlineData("seratus")]
    [InlineData("1.2.3")]
    [InlineData("15,000,000")]
    public void Words_and_odd_separators_are_not_amounts(string text) => AmountText.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void An_empty_amount_is_a_line_to_skip() => (AmountText.TryParse("  ", out var amount) && amount is null).ShouldBeTrue();

    [Theory]
    [InlineData("2026-08-05", "2026-08-05", "2026-11-27", OnTimeStatus.OnTime)]
    [InlineData("2026-08-05", "2026-08-01", "2026-11-27", OnTimeStatus.OnTime)]
    [InlineData("2026-08-05", "2026-08-06", "2026-11-27", OnTimeStatus.Late)]
    [InlineData("2026-08-05", null, "2026-08-06", OnTimeStatus.Late)]
    [InlineData("2026-08-05", null, "2026-08-05", OnTimeStatus.Pending)]
    [InlineData("2026-12-05", null, "2026-11-27", OnTimeStatus.Pending)]
    public void A_month_is_on_time_when_fully_paid_by_its_due_date(string due, string? paidOff, string today, OnTimeStatus expected) =>
        OnTime.StatusOf(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            paidOff is null ? null : DateOnly.Parse(paidOff, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void A_late_payment_breaks_the_streak_and_months_not_due_yet_do_not_count()
    {
        var today = new DateOnly(2026, 11, 27);
        var loan = NewLoan(today);
        loan.Pay(315_000m, new DateOnly(2026, 8, 5), today);
        loan.Pay(315_000m, new DateOnly(2026, 9, 8), today);
        loan.Pay(315_000m, new DateOnly(2026, 10, 4), today);
        loan.Pay(315_000m, new DateOnly(2026, 11, 5), today);

        var months = OnTime.Months(loan, today).ToList();

        months.Select(m => m.Status).Take(5).ShouldBe([OnTimeStatus.OnTime, OnTimeStatus.Late, OnTimeStatus.OnTime, OnTimeStatus.OnTime, OnTimeStatus.Pending]);
        months.Select(m => m.Month).Take(2).ShouldBe(["2026-08", "2026-09"]);
        OnTime.Streak(months).ShouldBe(2);
    }

    [Fact]
    public void An_unpaid_past_installment_leaves_no_streak()
    {
        var today = new DateOnly(2026, 11, 27);
        var loan = NewLoan(today);
        loan.Pay(3 * 315_000m, new DateOnly(2026, 10, 5), today);

        var months = OnTime.Months(loan, today).ToList();

        months[3].Status.ShouldBe(OnTimeStatus.Late, "5 November is past and unpaid");
        OnTime.Streak(months).ShouldBe(0);
    }
}
