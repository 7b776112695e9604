using Berdaya.Domain.Loans;
using static Berdaya.Domain.Loans.PaymentAllocation;

namespace Berdaya.Tests.Loans;

public sealed class PaymentAllocationTests
{
    private static readonly Owed[] ThreeMonths = [new(15_000m, 250_000m), new(15_000m, 250_000m), new(15_000m, 250_000m)];

    [Fact]
    public void A_payment_pays_each_installments_fee_then_its_principal_oldest_first()
    {
        var (parts, left) = Split(300_000m, ThreeMonths);
        parts.ShouldBe([new Part(0, 15_000m, 250_000m), new Part(1, 15_000m, 20_000m)]);
        left.ShouldBe(0);
    }

    [Fact]
    public void A_payment_smaller_than_the_oldest_fee_pays_only_that_fee()
    {
        var (parts, left) = Split(10_000m, ThreeMonths);
        parts.ShouldBe([new Part(0, 10_000m, 0m)]);
        left.ShouldBe(0);
    }

    [Fact]
    public void Installments_already_paid_are_skipped()
    {
        var (parts, _) = Split(100_000m, [new(0m, 0m), new(5_000m, 250_000m)]);
        parts.ShouldBe([new Part(1, 5_000m, 95_000m)]);
    }

    [Fact]
    public void What_is_more_than_everything_owed_is_left_over()
    {
        var (parts, left) = Split(900_000m, ThreeMonths);
        parts.Sum(p => p.Fee + p.Principal).ShouldBe(795_000m);
        left.ShouldBe(105_000m);
    }
}
