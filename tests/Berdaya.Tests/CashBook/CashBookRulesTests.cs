using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;

namespace Berdaya.Tests.CashBook;

/// <summary>docs/domain.md, Cash book: the month's summary, a line's rules, reversal, the household rule.</summary>
public sealed class CashBookRulesTests
{
    private static readonly DateOnly Today = new(2007, 4, 30);

    [Fact]
    public void Profit_is_sales_less_business_costs_and_neither_installments_nor_the_household_count_as_costs()
    {
        var month = CashMonth.From([
            (CashCategory.Sales, 3_400_000m, 4), (CashCategory.RawMaterial, 1_120_000m, 4), (CashCategory.Packaging, 90_000m, 2),
            (CashCategory.Wages, 200_000m, 1), (CashCategory.OtherCost, 30_000m, 1), (CashCategory.Installment, 163_889m, 1),
            (CashCategory.Household, 480_000m, 4), (CashCategory.OtherIncome, 50_000m, 1),
        ]);
        month.Costs.ShouldBe(1_440_000m);
        month.Profit.ShouldBe(1_960_000m);
        month.MoneyIn.ShouldBe(3_450_000m);
        month.MoneyOut.ShouldBe(1_440_000m + 163_889m + 480_000m);
        month.Net.ShouldBe(3_450_000m - 2_083_889m);
        month.Lines.ShouldBe(18);
        CashMonth.From([]).ShouldBe(CashMonth.Empty);
    }

    [Fact]
    public void A_reversed_line_nets_to_nothing_and_is_reversed_once_with_a_reason()
    {
        var line = CashLine.Record(Guid.NewGuid(), Guid.NewGuid(), Today, CashCategory.Wages, 75_000m, " Upah ", "u", DateTimeOffset.UnixEpoch);
        line.Note.ShouldBe("Upah");
        Should.Throw<DomainValidationException>(() => line.Reverse(" ", false, "u", DateTimeOffset.UnixEpoch)).Errors.Single().Field.ShouldBe("Reason");
        Should.Throw<DomainException>(() => line.Reverse("Salah", true, "u", DateTimeOffset.UnixEpoch)).Kind.ShouldBe(ErrorKind.Conflict);
        var counter = line.Reverse("Salah ketik", false, "u", DateTimeOffset.UnixEpoch);
        (counter.Amount, counter.Date, counter.Category, counter.ReversalOfId).ShouldBe((-75_000m, Today, CashCategory.Wages, (Guid?)line.Id));
        Should.Throw<DomainException>(() => counter.Reverse("Lagi", false, "u", DateTimeOffset.UnixEpoch)).Kind.ShouldBe(ErrorKind.Conflict);
        CashMonth.From([(CashCategory.Wages, line.Amount + counter.Amount, 2)]).Wages.ShouldBe(0m);
    }

    [Theory]
    [InlineData("0", "money.positive")]
    [InlineData("-1", "money.positive")]
    [InlineData("1500.5", "money.whole")]
    [InlineData("1000000000001", "money.max")]
    public void An_amount_must_be_whole_rupiah_above_zero_within_the_bound(string amount, string code)
    {
        var errors = new List<DomainException>();
        CashBookRules.CheckLine(CashCategory.Sales, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), null, "Rows[2].", errors);
        errors.Single().Code.ShouldBe(code);
        errors.Single().Field.ShouldBe("Rows[2].Amount");
    }

    [Fact]
    public void A_date_in_the_future_or_before_the_calendar_and_a_missing_kind_or_long_note_are_refused()
    {
        var errors = new List<DomainException>();
        CashBookRules.CheckDate(Today.AddDays(1), Today, "Date", errors);
        CashBookRules.CheckDate(new DateOnly(1999, 12, 31), Today, "Date", errors);
        CashBookRules.CheckDate(null, Today, "Date", errors);
        CashBookRules.CheckLine(null, 1_000m, new string('x', CashLine.NoteMax + 1), "Rows[0].", errors);
        errors.Select(e => (e.Code, e.Field)).ShouldBe([
            ("date.future", "Date"), ("cashbook.date.early", "Date"), ("cashbook.date.required", "Date"),
            ("cashbook.category.required", "Rows[0].Category"), ("text.toolong", "Rows[0].Note"),
        ]);
        var fine = new List<DomainException>();
        CashBookRules.CheckDate(Today, Today, "Date", fine);
        CashBookRules.CheckLine(CashCategory.Household, 120_000m, "Belanja dapur", "Rows[0].", fine);
        fine.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1_000_000, 500_000, false)]
    [InlineData(1_000_000, 500_001, true)]
    [InlineData(0, 1, true)]
    [InlineData(0, 0, false)]
    public void Household_money_is_mixed_in_above_half_the_sales(int sales, int household, bool mixed) =>
        HouseholdMix.IsMixed(sales, household).ShouldBe(mixed);
}
