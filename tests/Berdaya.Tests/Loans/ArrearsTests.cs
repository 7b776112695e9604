using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Loans;

public sealed class ArrearsTests
{
    [Theory]
    [InlineData(0, Collectibility.Current)]
    [InlineData(30, Collectibility.Current)]
    [InlineData(31, Collectibility.Substandard)]
    [InlineData(180, Collectibility.Substandard)]
    [InlineData(181, Collectibility.Doubtful)]
    [InlineData(270, Collectibility.Doubtful)]
    [InlineData(271, Collectibility.Loss)]
    public void Collectibility_follows_the_30_180_270_day_boundaries(int days, Collectibility expected) =>
        Arrears.ClassOf(days).ShouldBe(expected);

    [Fact]
    public void An_installment_due_today_is_not_late_and_is_one_day_late_tomorrow()
    {
        var due = new DateOnly(2026, 3, 5);
        Arrears.DaysPastDue(due, due).ShouldBe(0);
        Arrears.DaysPastDue(due.AddDays(1), due).ShouldBe(1);
        Arrears.DaysPastDue(due, null).ShouldBe(0);
    }

    [Theory]
    [InlineData(30, Collectibility.Current)]
    [InlineData(31, Collectibility.Substandard)]
    [InlineData(180, Collectibility.Substandard)]
    [InlineData(181, Collectibility.Doubtful)]
    [InlineData(270, Collectibility.Doubtful)]
    [InlineData(271, Collectibility.Loss)]
    public void A_loan_s_class_as_of_a_date_follows_its_days_past_due(int days, Collectibility expected)
    {
        // The first installment is due on 5 March 2026 and nothing is paid.
        var loan = new LoanBuilder().Build();
        var asOf = new DateOnly(2026, 3, 5).AddDays(days);
        loan.StateAsOf(asOf).ShouldBe((days, expected));
    }

    [Fact]
    public void A_repaid_loan_has_no_days_past_due_from_the_day_it_was_repaid()
    {
        var loan = new LoanBuilder().Build();
        loan.Pay(loan.TotalOwed, new DateOnly(2026, 5, 1), LoanBuilder.DefaultToday);
        loan.StateAsOf(new DateOnly(2026, 4, 30)).ShouldBe((56, Collectibility.Substandard));
        loan.StateAsOf(new DateOnly(2026, 5, 1)).ShouldBe((0, Collectibility.Current));
    }
}
