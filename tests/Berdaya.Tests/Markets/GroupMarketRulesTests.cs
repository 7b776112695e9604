using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;

namespace Berdaya.Tests.Markets;

/// <summary>docs/domain.md, Group price agreements, Product variants, Supply orders between members: the rules without a database.</summary>
public sealed class GroupMarketRulesTests
{
    private static readonly Guid Product = Guid.CreateVersion7();
    private static readonly Guid Eti = Guid.CreateVersion7();
    private static readonly Guid Iis = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2012, 3, 1);

    private static PriceAgreement Agree(DateOnly meeting, DateOnly from, IReadOnlyList<Guid> present, decimal price, DateOnly? previous = null) =>
        PriceAgreement.Create(Guid.Empty, Guid.Empty, meeting, from, present, [new PriceLineInput(Product, "kg", PriceKind.Wholesale, price)], null,
            new HashSet<Guid> { Eti, Iis }, new HashSet<Guid> { Product }, previous, Today, "t", DateTimeOffset.UnixEpoch);

    [Fact]
    public void No_member_present_a_zero_price_and_a_date_before_the_previous_one_are_refused_together()
    {
        var e = Should.Throw<DomainValidationException>(() => Agree(new DateOnly(2011, 1, 10), new DateOnly(2011, 2, 1), [], 0m, new DateOnly(2012, 2, 1)));
        e.Errors.Select(x => x.Field).ShouldBe(["EffectiveFrom", "Present", "Lines[0].Price"], ignoreOrder: true);
        e.Errors.Single(x => x.Field == "EffectiveFrom").Code.ShouldBe("price.effective.beforeprevious");
    }

    [Fact]
    public void Someone_not_in_the_group_cannot_be_present_and_a_price_is_bounded()
    {
        var e = Should.Throw<DomainValidationException>(() => Agree(Today, Today, [Guid.CreateVersion7()], PriceAgreement.PriceMax + 1));
        e.Errors.Select(x => x.Code).ShouldBe(["price.present.notmember", "money.max"], ignoreOrder: true);
        Agree(Today, Today, [Eti], 40_000m, Today).Lines.Single().Price.ShouldBe(40_000m);
    }

    [Fact]
    public void A_variants_last_place_is_the_only_free_one_and_a_full_variant_has_none()
    {
        VariantAllocation.FreePlace([1, 3], 3).ShouldBe(2);
        VariantAllocation.FreePlace([1, 2, 3], 3).ShouldBeNull();
        VariantAllocation.FreePlace([], null).ShouldBe(1);
    }

    private static SupplyOrder Order(Guid seller, bool inGroup, decimal quantity, decimal? price, decimal? agreed) =>
        SupplyOrder.Create(Guid.Empty, Guid.Empty, Eti, seller, inGroup, Product, true, quantity, "kg", price, agreed, null, Today.AddDays(7), LabelOwner.Buyer,
            Today, "t", DateTimeOffset.UnixEpoch);

    [Fact]
    public void An_order_to_oneself_or_outside_the_group_is_refused()
    {
        Should.Throw<DomainValidationException>(() => Order(Eti, true, 5, null, 40_000m)).Errors.Single().Code.ShouldBe("supply.seller.self");
        Should.Throw<DomainValidationException>(() => Order(Iis, false, 5, null, 40_000m)).Errors.Single().Code.ShouldBe("supply.seller.notmember");
    }

    [Fact]
    public void The_agreed_price_is_the_default_and_a_lower_one_is_kept_with_a_warning()
    {
        Order(Iis, true, 5, null, 40_000m).Price.ShouldBe(40_000m);
        var low = Order(Iis, true, 5, 35_000m, 40_000m);
        low.BelowAgreed.ShouldBeTrue();
        Order(Iis, true, 5, 45_000m, 40_000m).BelowAgreed.ShouldBeFalse();
        Should.Throw<DomainValidationException>(() => Order(Iis, true, 5, null, null)).Errors.Single().Code.ShouldBe("supply.price.required");
    }

    [Fact]
    public void Delivering_more_than_ordered_is_refused_and_payment_is_for_what_was_delivered()
    {
        var o = Order(Iis, true, 10, 36_000m, 36_000m);
        Should.Throw<DomainValidationException>(() => o.Deliver(11, Today, Today)).Errors.Single().Code.ShouldBe("supply.deliver.more");
        Should.Throw<DomainException>(() => o.Pay(Today, Today)).Kind.ShouldBe(ErrorKind.Conflict);
        o.Deliver(7.5m, Today, Today);
        o.Pay(Today, Today);
        o.PaidAmount.ShouldBe(270_000m);
        Should.Throw<DomainException>(() => o.Cancel("terlambat", Today)).Kind.ShouldBe(ErrorKind.Conflict);
    }
}
