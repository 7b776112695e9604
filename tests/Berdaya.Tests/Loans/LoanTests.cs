using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Loans;

public sealed class LoanTests
{
    [Fact]
    public void A_payment_pays_each_installments_fee_before_its_principal_oldest_first()
    {
        var loan = new LoanBuilder().Build();
        var allocations = loan.Pay(280_000m, new DateOnly(2026, 3, 4), LoanBuilder.DefaultToday);
        allocations.Select(a => (a.InstallmentNumber, a.Fee, a.Principal)).ShouldBe([(1, 15_000m, 250_000m), (2, 15_000m, 0m)]);
        loan.PrincipalOutstanding.ShouldBe(2_750_000m);
        loan.FeeOutstanding.ShouldBe(150_000m);
        loan.OldestUnpaidDueDate.ShouldBe(new DateOnly(2026, 4, 5));
    }

    [Fact]
    public void Days_past_due_count_from_the_oldest_unpaid_installment_as_of_any_date()
    {
        var loan = new LoanBuilder().Build();
        loan.Pay(265_000m, new DateOnly(2026, 3, 4), LoanBuilder.DefaultToday);
        loan.Pay(265_000m, new DateOnly(2026, 6, 20), LoanBuilder.DefaultToday);

        // On 1 June installment 2 (due 5 April) was still unpaid: 57 days, Kurang Lancar.
        loan.StateAsOf(new DateOnly(2026, 6, 1)).ShouldBe((57, Collectibility.Substandard));
        // From 20 June installment 3 (due 5 May) is the oldest unpaid.
        loan.StateAsOf(new DateOnly(2026, 6, 21)).ShouldBe((47, Collectibility.Substandard));
        loan.StateAsOf(new DateOnly(2026, 3, 5)).ShouldBe((0, Collectibility.Current));
    }

    [Fact]
    public void A_payment_above_everything_owed_is_refused_with_the_amount_owed_and_changes_nothing()
    {
        var loan = new LoanBuilder().Build();
        var ex = Should.Throw<DomainValidationException>(() => loan.Pay(3_180_001m, new DateOnly(2026, 3, 4), LoanBuilder.DefaultToday));
        ex.Errors.ShouldHaveSingleItem().Code.ShouldBe("repayment.above.owed");
        ex.Errors[0].Args.ShouldBe([3_180_000m]);
        loan.TotalOwed.ShouldBe(3_180_000m);
        loan.Installments.All(i => i.FeePaid == 0 && i.PrincipalPaid == 0).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, "2026-03-04", "money.positive")]
    [InlineData(-1, "2026-03-04", "money.positive")]
    [InlineData(10.5, "2026-03-04", "money.whole")]
    [InlineData(1000, "2026-02-02", "loan.date.before")]
    [InlineData(1000, "2027-07-01", "date.future")]
    public void Bad_payments_are_refused_by_field(decimal amount, string date, string code)
    {
        var loan = new LoanBuilder().Build();
        var ex = Should.Throw<DomainValidationException>(() => loan.Pay(amount, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), LoanBuilder.DefaultToday));
        ex.Errors.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [Fact]
    public void Paying_everything_repays_the_loan_and_a_repaid_loan_takes_no_payment()
    {
        var loan = new LoanBuilder().Build();
        loan.Pay(3_180_000m, new DateOnly(2026, 3, 4), LoanBuilder.DefaultToday);
        loan.Status.ShouldBe(LoanStatus.Repaid);
        loan.RepaidOn.ShouldBe(new DateOnly(2026, 3, 4));
        Should.Throw<DomainException>(() => loan.Pay(1m, new DateOnly(2026, 3, 5), LoanBuilder.DefaultToday)).Code.ShouldBe("loan.repaid");
    }

    [Fact]
    public void Replaying_without_a_reversed_payment_moves_later_payments_to_the_oldest_installment()
    {
        var loan = new LoanBuilder().Build();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        loan.Pay(265_000m, new DateOnly(2026, 3, 4), LoanBuilder.DefaultToday);
        loan.Pay(265_000m, new DateOnly(2026, 4, 4), LoanBuilder.DefaultToday);
        var result = loan.Replay([(b, 265_000m, new DateOnly(2026, 4, 4))], LoanBuilder.DefaultToday);
        result[b].ShouldHaveSingleItem().InstallmentNumber.ShouldBe(1);
        result.ContainsKey(a).ShouldBeFalse();
        loan.PrincipalPaid.ShouldBe(250_000m);
        loan.CurrentSchedule.First().PaidOffOn.ShouldBe(new DateOnly(2026, 4, 4));
        loan.CurrentSchedule.First().OnTime.ShouldBeFalse();
    }

    [Fact]
    public void Rescheduling_builds_a_new_schedule_from_the_outstanding_and_keeps_the_old_one()
    {
        var loan = new LoanBuilder().Build();
        loan.Pay(265_000m, new DateOnly(2026, 3, 4), LoanBuilder.DefaultToday);
        var record = loan.Reschedule(6, 0, new DateOnly(2026, 4, 10), "Gagal panen", LoanBuilder.DefaultToday, "uji", DateTimeOffset.UnixEpoch);
        record.PrincipalOutstanding.ShouldBe(2_750_000m);
        record.CarriedFee.ShouldBe(15_000m);
        loan.ScheduleVersion.ShouldBe(2);
        loan.Installments.Count(i => i.ScheduleVersion == 1).ShouldBe(12);
        var current = loan.CurrentSchedule.ToList();
        current.Count.ShouldBe(6);
        current.Sum(i => i.Principal).ShouldBe(2_750_000m);
        current[0].DueDate.ShouldBe(new DateOnly(2026, 5, 5));
        current[0].Fee.ShouldBe(13_750m + 15_000m);
        loan.PrincipalPaid.ShouldBe(250_000m);
        Should.Throw<DomainValidationException>(() => loan.Pay(1000m, new DateOnly(2026, 4, 9), LoanBuilder.DefaultToday)).Errors[0].Code.ShouldBe("loan.date.before");
    }

    [Fact]
    public void Write_off_takes_the_principal_off_the_books_and_hapus_buku_can_later_be_extinguished()
    {
        var loan = new LoanBuilder().Build();
        Should.Throw<DomainValidationException>(() => loan.WriteOff(WriteOffKind.Book, " ", new DateOnly(2026, 9, 1), LoanBuilder.DefaultToday))
            .Errors.ShouldContain(e => e.Field == "Reference");
        loan.WriteOff(WriteOffKind.Book, "SK-1", new DateOnly(2026, 9, 1), LoanBuilder.DefaultToday).ShouldBe(3_000_000m);
        loan.Status.ShouldBe(LoanStatus.WrittenOff);
        loan.WriteOff(WriteOffKind.Extinguish, "SK-2", new DateOnly(2026, 10, 1), LoanBuilder.DefaultToday).ShouldBe(0m);
        loan.WriteOffKind.ShouldBe(WriteOffKind.Extinguish);
        Should.Throw<DomainException>(() => loan.WriteOff(WriteOffKind.Book, "SK-3", new DateOnly(2026, 10, 2), LoanBuilder.DefaultToday)).Code.ShouldBe("loan.writtenoff");
        Should.Throw<DomainException>(() => loan.Pay(1000m, new DateOnly(2026, 10, 2), LoanBuilder.DefaultToday)).Code.ShouldBe("loan.writtenoff");
    }

    [Fact]
    public void Disbursement_refuses_above_the_approved_amount_and_the_products_limits_naming_each_field()
    {
        var product = new LoanProductBuilder().Regime(LoanRegime.Regime2023).Fee(FeeMethod.Effective, 3m).MaxPrincipal(250_000_000m).Build();
        var ex = Should.Throw<DomainValidationException>(() => new LoanBuilder().Product(product).Approved(300_000_000m).Amount(260_000_000m).Tenor(48, 4)
            .Channel(PaymentChannel.BankTransfer).Build());
        ex.Errors.Select(e => (e.Code, e.Field)).ShouldBe(
            [("loan.principal.product", "Amount"), ("loan.tenor.product", "TenorMonths"), ("loan.grace.product", "GraceMonths"), ("loan.channel.reference", "Reference")],
            ignoreOrder: true);
    }
}
