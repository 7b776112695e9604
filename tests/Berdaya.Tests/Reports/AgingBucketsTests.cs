using Berdaya.Domain.Reports;

namespace Berdaya.Tests.Reports;

public sealed class AgingBucketsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "1-30")]
    [InlineData(30, "1-30")]
    [InlineData(31, "31-90")]
    [InlineData(90, "31-90")]
    [InlineData(91, "91-180")]
    [InlineData(180, "91-180")]
    [InlineData(181, "181-270")]
    [InlineData(270, "181-270")]
    [InlineData(271, ">270")]
    [InlineData(5000, ">270")]
    public void Days_past_due_fall_in_the_bucket_whose_bounds_include_them(int days, string label) =>
        AgingBuckets.Labels[AgingBuckets.IndexOf(days)].ShouldBe(label);

    [Fact]
    public void There_is_one_label_per_bound_and_one_for_everything_above_the_last() =>
        AgingBuckets.Labels.Count.ShouldBe(AgingBuckets.UpTo.Count + 1);
}
