using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Fund;

/// <summary>Each event posts through its own factory: the date, the description and the lines come from the event.</summary>
public sealed class JournalEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static (LedgerAccount, decimal, decimal)[] Lines(JournalEntry e) => e.Lines.Select(l => (l.Account, l.Debit, l.Credit)).ToArray();

    [Fact]
    public void A_disbursement_moves_the_principal_from_cash_to_the_receivable_on_the_disbursement_date()
    {
        var loan = new LoanBuilder().Build();
        var e = JournalEntry.ForDisbursement(loan, "officer", At);
        (e.ProgramId, e.EntryDate, e.Kind, e.Description, e.LoanId, e.RepaymentId, e.PostedBy, e.PostedAt)
            .ShouldBe((loan.ProgramId, loan.DisbursedOn, EntryKind.Disbursement, loan.Number, (Guid?)loan.Id, (Guid?)null, "officer", At));
        Lines(e).ShouldBe([(LedgerAccount.LoansReceivable, 3_000_000m, 0m), (LedgerAccount.Cash, 0m, 3_000_000m)]);
    }

    [Fact]
    public void A_repayment_posts_its_fee_and_principal_parts_on_the_day_paid_and_a_reversal_takes_them_back()
    {
        var loan = new LoanBuilder().Build();
        var paidOn = new DateOnly(2026, 3, 4);
        var allocations = loan.Pay(280_000m, paidOn, LoanBuilder.DefaultToday);
        var payment = Repayment.Payment(loan, 280_000m, paidOn, PaymentChannel.Cash, null, "Bendahara", null, allocations, "officer", At, 1);

        var e = JournalEntry.ForRepayment(loan, payment, "officer", At);
        (e.EntryDate, e.Kind, e.Description, e.RepaymentId).ShouldBe((paidOn, EntryKind.Repayment, payment.ReceiptNumber, (Guid?)payment.Id));
        Lines(e).ShouldBe([(LedgerAccount.Cash, 280_000m, 0m), (LedgerAccount.FeeIncome, 0m, 30_000m), (LedgerAccount.LoansReceivable, 0m, 250_000m)]);

        var reversedOn = new DateOnly(2026, 3, 10);
        var reversal = payment.Reverse("Salah catat", reversedOn, 30_000m, 250_000m, "officer", At, 1);
        var back = JournalEntry.ForReversal(loan, reversal, "officer", At);
        (back.EntryDate, back.Kind, back.RepaymentId).ShouldBe((reversedOn, EntryKind.RepaymentReversal, (Guid?)reversal.Id));
        Lines(back).ShouldBe([(LedgerAccount.FeeIncome, 30_000m, 0m), (LedgerAccount.LoansReceivable, 250_000m, 0m), (LedgerAccount.Cash, 0m, 280_000m)]);

        Should.Throw<InvalidOperationException>(() => JournalEntry.ForRepayment(loan, reversal, "officer", At));
        Should.Throw<InvalidOperationException>(() => JournalEntry.ForReversal(loan, payment, "officer", At));
    }

    [Fact]
    public void A_write_off_posts_the_principal_taken_off_the_books_with_the_decision_s_reference()
    {
        var loan = new LoanBuilder().Build();
        Should.Throw<InvalidOperationException>(() => JournalEntry.ForWriteOff(loan, 1m, "officer", At));
        var on = new DateOnly(2026, 12, 1);
        var principal = loan.WriteOff(WriteOffKind.Book, " SK-7 ", on, LoanBuilder.DefaultToday);

        var e = JournalEntry.ForWriteOff(loan, principal, "officer", At);
        (e.EntryDate, e.Kind, e.Description).ShouldBe((on, EntryKind.WriteOff, loan.Number + " SK-7"));
        Lines(e).ShouldBe([(LedgerAccount.WriteOffs, 3_000_000m, 0m), (LedgerAccount.LoansReceivable, 0m, 3_000_000m)]);
    }

    [Fact]
    public void A_fund_movement_and_an_allowance_post_the_lines_of_their_kind()
    {
        var program = Guid.NewGuid();
        var interest = JournalEntry.ForFundMovement(program, new DateOnly(2026, 5, 31), EntryKind.BankInterest, 12_500m, "Jasa giro Mei", "treasurer", At);
        (interest.Kind, interest.Description, interest.LoanId).ShouldBe((EntryKind.BankInterest, "Jasa giro Mei", (Guid?)null));
        Lines(interest).ShouldBe([(LedgerAccount.Cash, 12_500m, 0m), (LedgerAccount.BankInterest, 0m, 12_500m)]);

        var release = JournalEntry.ForAllowance(program, new DateOnly(2026, 5, 31), -40_000m, "system", At);
        (release.Kind, release.Description).ShouldBe((EntryKind.Allowance, "Penyisihan piutang 2026-05"));
        Lines(release).ShouldBe([(LedgerAccount.Allowance, 40_000m, 0m), (LedgerAccount.AllowanceExpense, 0m, 40_000m)]);
    }
}
