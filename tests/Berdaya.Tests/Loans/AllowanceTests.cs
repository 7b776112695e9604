using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;

namespace Berdaya.Tests.Loans;

public sealed class AllowanceTests
{
    private static readonly Dictionary<Collectibility, decimal> Now = new()
    {
        [Collectibility.Current] = 100_000_000m,
        [Collectibility.Substandard] = 10_000_000m,
        [Collectibility.Doubtful] = 4_000_000m,
        [Collectibility.Loss] = 3_000_000m,
    };

    [Fact]
    public void Without_two_years_of_history_the_starting_rates_apply_and_Macet_is_fully_provided()
    {
        var e = Allowance.Estimate(Now, [new ClassHistory(Collectibility.Current, 50_000_000m, 5_000_000m)], 23);
        e.FromHistory.ShouldBeFalse();
        e.Lines.Select(l => l.Required).ShouldBe([1_000_000m, 1_500_000m, 2_000_000m, 3_000_000m]);
        e.Required.ShouldBe(7_500_000m);
    }

    [Fact]
    public void With_two_years_of_history_each_class_uses_the_share_lost_twelve_months_later()
    {
        var history = new[]
        {
            new ClassHistory(Collectibility.Current, 2_400_000_000m, 48_000_000m),
            new ClassHistory(Collectibility.Substandard, 120_000_000m, 30_000_000m),
            new ClassHistory(Collectibility.Doubtful, 0m, 0m),
        };
        var e = Allowance.Estimate(Now, history, 24);
        e.FromHistory.ShouldBeTrue();
        e.Lines.Select(l => (l.Class, l.Rate, l.FromHistory)).ShouldBe([
            (Collectibility.Current, 0.02m, true),
            (Collectibility.Substandard, 0.25m, true),
            (Collectibility.Doubtful, 0.50m, false),
            (Collectibility.Loss, 1m, false),
        ]);
        e.Required.ShouldBe(2_000_000m + 2_500_000m + 2_000_000m + 3_000_000m);
    }
}
