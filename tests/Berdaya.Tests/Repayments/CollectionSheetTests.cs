using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Repayments;

public sealed class CollectionSheetTests
{
    [Fact]
    public void A_sheet_is_kept_under_the_first_day_of_its_month()
    {
        var sheet = new CollectionSheet(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 8, 17), new DateOnly(2026, 8, 5), 630_000m, 2, "treasurer",
            DateTimeOffset.UnixEpoch, "key-1");
        (sheet.Month, sheet.PaidOn, sheet.Total, sheet.Payments, sheet.SubmissionKey).ShouldBe((new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 5), 630_000m, 2, "key-1"));
    }
}
