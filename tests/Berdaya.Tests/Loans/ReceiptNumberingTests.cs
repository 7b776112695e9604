using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Loans;

public sealed class ReceiptNumberingTests
{
    private static readonly DateOnly Day = new(2026, 3, 4);

    [Fact]
    public void A_receipt_number_is_the_kind_the_day_and_its_running_number_in_sixteen_characters()
    {
        ReceiptNumbering.Format(RepaymentKind.Payment, Day, 42).ShouldBe("KW-260304-000042");
        ReceiptNumbering.Format(RepaymentKind.Reversal, Day, 7).ShouldBe("RV-260304-000007");
        ReceiptNumbering.Format(RepaymentKind.Payment, Day, ReceiptNumbering.MaxSequence).Length.ShouldBe(16);
    }

    [Fact]
    public void A_day_holds_a_million_receipts_of_each_kind_and_no_more()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ReceiptNumbering.Format(RepaymentKind.Payment, Day, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => ReceiptNumbering.Format(RepaymentKind.Payment, Day, 1_000_000));
    }

    [Fact]
    public void The_running_number_is_read_back_only_from_numbers_of_the_same_kind_and_day()
    {
        ReceiptNumbering.SequenceOf("KW-260304-000042", RepaymentKind.Payment, Day).ShouldBe(42);
        ReceiptNumbering.SequenceOf("KW-260305-000042", RepaymentKind.Payment, Day).ShouldBe(0);
        ReceiptNumbering.SequenceOf("RV-260304-000042", RepaymentKind.Payment, Day).ShouldBe(0);
        ReceiptNumbering.SequenceOf("KW-20260304-0193A4B5C6D7", RepaymentKind.Payment, Day).ShouldBe(0);
        ReceiptNumbering.SequenceOf(null, RepaymentKind.Payment, Day).ShouldBe(0);
    }

    [Fact]
    public void Every_number_of_a_day_sorts_inside_the_day_s_range_and_older_numbers_outside_it()
    {
        var floor = ReceiptNumbering.Floor(RepaymentKind.Payment, Day);
        var ceiling = ReceiptNumbering.Ceiling(RepaymentKind.Payment, Day);
        foreach (var n in new[] { 1, 42, 999_999 })
        {
            var number = ReceiptNumbering.Format(RepaymentKind.Payment, Day, n);
            (string.CompareOrdinal(number, floor) > 0 && string.CompareOrdinal(number, ceiling) <= 0).ShouldBeTrue();
        }

        foreach (var other in new[] { "KW-20260304-FFFFFFFFFFFF", "KW-260303-999999", "KW-260305-000001", "RV-260304-000001" })
        {
            (string.CompareOrdinal(other, floor) > 0 && string.CompareOrdinal(other, ceiling) <= 0).ShouldBeFalse();
        }
    }
}
