using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Loans;

/// <summary>Builds a flat 6% loan of Rp 3.000.000 over 12 months disbursed on 3 February 2026, installments due on the 5th.</summary>
internal static class LoanBuilder
{
    public static readonly DateOnly Today = new(2027, 6, 30);

    public static Loan Flat(decimal principal = 3_000_000m, int tenor = 12)
    {
        var product = new LoanProduct(Guid.NewGuid(), "UJI", "Uji", LoanRegime.Legacy, FeeMethod.Flat, 6m, 10_000_000m, 36, 3, GraceKind.FeeOnly, 5, false,
            new DateOnly(2006, 1, 1), "uji", DateTimeOffset.UnixEpoch);
        return Loan.Disburse(product, new Disbursement(product.ProgramId, Guid.NewGuid(), null, Guid.NewGuid(), principal, principal, tenor, 0,
            new DateOnly(2026, 2, 3), PaymentChannel.Cash, null), Today, "uji", DateTimeOffset.UnixEpoch);
    }
}

public sealed class LoanTests
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

    [Fact]
    public void A_payment_pays_each_installments_fee_before_its_principal_oldest_first()
    {
        var loan = LoanBuilder.Flat();
        var allocations = loan.Pay(280_000m, new DateOnly(2026, 3, 4), LoanBuilder.Today);
        allocations.Select(a => (a.InstallmentNumber, a.Fee, a.Principal)).ShouldBe([(1, 15_000m, 250_000m), (2, 15_000m, 0m)]);
        loan.PrincipalOutstanding.ShouldBe(2_750_000m);
        loan.FeeOutstanding.ShouldBe(150_000m);
        loan.OldestUnpaidDueDate.ShouldBe(new DateOnly(2026, 4, 5));
    }

    [Fact]
    public void Days_past_due_count_from_the_oldest_unpaid_installment_as_of_any_date()
    {
        var loan = LoanBuilder.Flat();
        loan.Pay(265_000m, new DateOnly(2026, 3, 4), LoanBuilder.Today);
        loan.Pay(265_000m, new DateOnly(2026, 6, 20), LoanBuilder.Today);

        // On 1 June installment 2 (due 5 April) was still unpaid: 57 days, Kurang Lancar.
        loan.StateAsOf(new DateOnly(2026, 6, 1)).ShouldBe((57, Collectibility.Substandard));
        // From 20 June installment 3 (due 5 May) is the oldest unpaid.
        loan.StateAsOf(new DateOnly(2026, 6, 21)).ShouldBe((47, Collectibility.Substandard));
        loan.StateAsOf(new DateOnly(2026, 3, 5)).ShouldBe((0, Collectibility.Current));
    }

    [Fact]
    public void A_payment_above_everything_owed_is_refused_with_the_amount_owed_and_changes_nothing()
    {
        var loan = LoanBuilder.Flat();
        var ex = Should.Throw<DomainValidationException>(() => loan.Pay(3_180_001m, new DateOnly(2026, 3, 4), LoanBuilder.Today));
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
        var loan = LoanBuilder.Flat();
        var ex = Should.Throw<DomainValidationException>(() => loan.Pay(amount, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), LoanBuilder.Today));
        ex.Errors.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [Fact]
    public void Paying_everything_repays_the_loan_and_a_repaid_loan_takes_no_payment()
    {
        var loan = LoanBuilder.Flat();
        loan.Pay(3_180_000m, new DateOnly(2026, 3, 4), LoanBuilder.Today);
        loan.Status.ShouldBe(LoanStatus.Repaid);
        loan.RepaidOn.ShouldBe(new DateOnly(2026, 3, 4));
        Should.Throw<DomainException>(() => loan.Pay(1m, new DateOnly(2026, 3, 5), LoanBuilder.Today)).Code.ShouldBe("loan.repaid");
    }

    [Fact]
    public void Replaying_without_a_reversed_payment_moves_later_payments_to_the_oldest_installment()
    {
        var loan = LoanBuilder.Flat();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        loan.Pay(265_000m, new DateOnly(2026, 3, 4), LoanBuilder.Today);
        loan.Pay(265_000m, new DateOnly(2026, 4, 4), LoanBuilder.Today);
        var result = loan.Replay([(b, 265_000m, new DateOnly(2026, 4, 4))], LoanBuilder.Today);
        result[b].ShouldHaveSingleItem().InstallmentNumber.ShouldBe(1);
        result.ContainsKey(a).ShouldBeFalse();
        loan.PrincipalPaid.ShouldBe(250_000m);
        loan.CurrentSchedule.First().PaidOffOn.ShouldBe(new DateOnly(2026, 4, 4));
        loan.CurrentSchedule.First().OnTime.ShouldBeFalse();
    }

    [Fact]
    public void Rescheduling_builds_a_new_schedule_from_the_outstanding_and_keeps_the_old_one()
    {
        var loan = LoanBuilder.Flat();
        loan.Pay(265_000m, new DateOnly(2026, 3, 4), LoanBuilder.Today);
        var record = loan.Reschedule(6, 0, new DateOnly(2026, 4, 10), "Gagal panen", LoanBuilder.Today, "uji", DateTimeOffset.UnixEpoch);
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
        Should.Throw<DomainValidationException>(() => loan.Pay(1000m, new DateOnly(2026, 4, 9), LoanBuilder.Today)).Errors[0].Code.ShouldBe("loan.date.before");
    }

    [Fact]
    public void Write_off_takes_the_principal_off_the_books_and_hapus_buku_can_later_be_extinguished()
    {
        var loan = LoanBuilder.Flat();
        Should.Throw<DomainValidationException>(() => loan.WriteOff(WriteOffKind.Book, " ", new DateOnly(2026, 9, 1), LoanBuilder.Today))
            .Errors.ShouldContain(e => e.Field == "Reference");
        loan.WriteOff(WriteOffKind.Book, "SK-1", new DateOnly(2026, 9, 1), LoanBuilder.Today).ShouldBe(3_000_000m);
        loan.Status.ShouldBe(LoanStatus.WrittenOff);
        loan.WriteOff(WriteOffKind.Extinguish, "SK-2", new DateOnly(2026, 10, 1), LoanBuilder.Today).ShouldBe(0m);
        loan.WriteOffKind.ShouldBe(WriteOffKind.Extinguish);
        Should.Throw<DomainException>(() => loan.WriteOff(WriteOffKind.Book, "SK-3", new DateOnly(2026, 10, 2), LoanBuilder.Today)).Code.ShouldBe("loan.writtenoff");
        Should.Throw<DomainException>(() => loan.Pay(1000m, new DateOnly(2026, 10, 2), LoanBuilder.Today)).Code.ShouldBe("loan.writtenoff");
    }

    [Fact]
    public void Disbursement_refuses_above_the_approved_amount_and_the_products_limits_naming_each_field()
    {
        var product = new LoanProduct(Guid.NewGuid(), "UJI", "Uji", LoanRegime.Regime2023, FeeMethod.Effective, 3m, 250_000_000m, 36, 3, GraceKind.FeeOnly, 5, false,
            new DateOnly(2023, 1, 1), "uji", DateTimeOffset.UnixEpoch);
        var ex = Should.Throw<DomainValidationException>(() => Loan.Disburse(product, new Disbursement(product.ProgramId, Guid.NewGuid(), null, Guid.NewGuid(),
            300_000_000m, 260_000_000m, 48, 4, new DateOnly(2026, 2, 3), PaymentChannel.BankTransfer, null), LoanBuilder.Today, "uji", DateTimeOffset.UnixEpoch));
        ex.Errors.Select(e => (e.Code, e.Field)).ShouldBe(
            [("loan.principal.product", "Amount"), ("loan.tenor.product", "TenorMonths"), ("loan.grace.product", "GraceMonths"), ("loan.channel.reference", "Reference")],
            ignoreOrder: true);
    }
}
