using Berdaya.Domain.Markets;

namespace Berdaya.Tests.Markets;

/// <summary>docs/domain.md, Placements and consignment: what an outlet holds and owes, and when it is late.</summary>
public sealed class OutletBalanceTests
{
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    private static readonly OutletBalance.DeliveryLine[] Lines =
    [
        new(First, new DateOnly(2007, 3, 1), 100, 12_000m),
        new(Second, new DateOnly(2007, 3, 15), 80, 12_000m),
    ];

    [Fact]
    public void Paid_on_next_delivery_sales_fall_due_when_the_next_delivery_comes_and_are_late_after()
    {
        var reports = new OutletBalance.Report[] { new(First, new DateOnly(2007, 3, 10), 60, 5) };
        var b = OutletBalance.Of(PaymentKind.PaidOnNextDelivery, null, Lines, reports, [], new DateOnly(2007, 3, 20));

        b.Delivered.ShouldBe(180);
        b.OnHand.ShouldBe(115);
        b.ValueSold.ShouldBe(720_000m);
        b.Owed.ShouldBe(720_000m);
        b.OwedSince.ShouldBe(new DateOnly(2007, 3, 10));
        b.OverdueSince.ShouldBe(new DateOnly(2007, 3, 15));
        b.Late.ShouldBeTrue();
    }

    [Fact]
    public void A_payment_settles_the_oldest_sale_and_on_time_is_not_late()
    {
        var reports = new OutletBalance.Report[] { new(First, new DateOnly(2007, 3, 10), 10, 0), new(Second, new DateOnly(2007, 3, 20), 5, 0) };
        var b = OutletBalance.Of(PaymentKind.Consignment, 14, Lines, reports, [new(new DateOnly(2007, 3, 20), 120_000m)], new DateOnly(2007, 3, 25));

        b.Paid.ShouldBe(120_000m);
        b.Owed.ShouldBe(60_000m);
        b.OwedSince.ShouldBe(new DateOnly(2007, 3, 20));
        b.Late.ShouldBeFalse();
    }

    [Fact]
    public void Consignment_without_days_is_never_late()
    {
        var reports = new OutletBalance.Report[] { new(First, new DateOnly(2007, 3, 10), 10, 0) };
        var b = OutletBalance.Of(PaymentKind.Consignment, null, Lines, reports, [], new DateOnly(2008, 1, 1));

        b.Owed.ShouldBe(120_000m);
        b.Late.ShouldBeFalse();
    }
}
