using Berdaya.Domain.Repayments;

namespace Berdaya.Tests.Repayments;

public sealed class LoanOnTimeRecordTests
{
    [Fact]
    public void A_packed_record_unpacks_to_the_same_installments_paid_early_on_time_late_or_not_at_all()
    {
        DueAndPaid[] dues =
        [
            new(new DateOnly(2006, 7, 5), new DateOnly(2006, 6, 20)),
            new(new DateOnly(2006, 8, 5), new DateOnly(2006, 8, 5)),
            new(new DateOnly(2006, 9, 5), new DateOnly(2006, 9, 8)),

            // A rescheduling: two installments due the same day, then a long grace.
            new(new DateOnly(2006, 10, 5), null),
            new(new DateOnly(2006, 10, 5), new DateOnly(2009, 1, 2)),
            new(new DateOnly(2026, 12, 31), null),
        ];

        var packed = LoanOnTimeRecord.Pack(dues);
        var back = new List<DueAndPaid>();
        LoanOnTimeRecord.Unpack(packed, back);

        back.ShouldBe(dues.OrderBy(d => d.DueDate));

        // Monthly installments paid within days: about three bytes each, so a program's record is read in one pass.
        packed.Length.ShouldBeLessThan(6 * 5);
    }

    [Fact]
    public void An_empty_record_packs_to_nothing_and_unpacks_to_nothing()
    {
        var back = new List<DueAndPaid> { new(new DateOnly(2026, 1, 1), null) };
        LoanOnTimeRecord.Unpack(LoanOnTimeRecord.Pack([]), back);
        back.ShouldBeEmpty();
    }
}
