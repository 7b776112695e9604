using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;

namespace Berdaya.Tests.Markets;

/// <summary>docs/domain.md, Product variants and Group price agreements (decision 0021): editing products and variants, and selling below the agreed price.</summary>
public sealed class GroupProductRulesTests
{
    private static ProductVariant Variant(int? max = 3) =>
        ProductVariant.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Original", "sedang", ProcessingStage.ReadyToEat, null, null, max, "t",
            DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_duplicate_or_overlong_product_name_is_refused_and_a_rename_needs_the_version_read()
    {
        Should.Throw<DomainValidationException>(() => GroupProduct.CheckName("Emping", nameTaken: true)).Errors.Single().Code
            .ShouldBe("groupproduct.name.duplicate");
        Should.Throw<DomainValidationException>(() => GroupProduct.Create(Guid.Empty, new string('x', GroupProduct.NameMax + 1), "t", DateTimeOffset.UnixEpoch))
            .Errors.Single().Code.ShouldBe("text.toolong");
        var p = GroupProduct.Create(Guid.Empty, " Emping ", "t", DateTimeOffset.UnixEpoch);
        p.Name.ShouldBe("Emping");
        var seen = p.Version;
        Should.Throw<DomainException>(() => p.Rename("Opak", false, Guid.NewGuid())).Kind.ShouldBe(ErrorKind.Conflict);
        p.Rename("Emping melinjo", false, seen);
        p.Name.ShouldBe("Emping melinjo");
        Should.Throw<DomainException>(() => p.Rename("Opak", false, seen)).Code.ShouldBe("groupproduct.stale");
    }

    [Fact]
    public void A_variants_limit_is_between_1_and_100_and_not_below_the_members_who_make_it()
    {
        var v = Variant();
        var e = Should.Throw<DomainValidationException>(() => v.Edit("Original", "sedang", ProcessingStage.ReadyToEat, null, null, 2, 3, false, v.Version));
        e.Errors.Single().Code.ShouldBe("variant.makers.belowallocated");
        Should.Throw<DomainValidationException>(() => v.Edit("", "sedang", null, null, null, 101, 0, true, v.Version)).Errors.Select(x => x.Field)
            .ShouldBe(["Flavour", "Stage", "MaxMakers", "Flavour"], ignoreOrder: true);
        v.Edit("Keju", "besar", ProcessingStage.HalfProcessed, "Plastik", "Citra Sari", null, 3, false, v.Version);
        (v.Flavour, v.MaxMakers, v.Stage).ShouldBe(("Keju", (int?)null, ProcessingStage.HalfProcessed));
    }

    [Fact]
    public void A_variant_in_use_is_not_deleted_and_a_retired_one_is_retired_once_and_restored()
    {
        Should.Throw<DomainException>(() => ProductVariant.RequireUnused(true)).Code.ShouldBe("variant.inuse");
        ProductVariant.RequireUnused(false);
        var v = Variant();
        v.Retire(new DateOnly(2026, 12, 1), v.Version);
        v.RetiredOn.ShouldBe(new DateOnly(2026, 12, 1));
        Should.Throw<DomainException>(() => v.Retire(new DateOnly(2026, 12, 2), v.Version)).Code.ShouldBe("variant.retired");
        v.Restore(v.Version);
        v.RetiredOn.ShouldBeNull();
    }

    [Fact]
    public void The_agreed_selling_price_is_the_lower_of_wholesale_and_retail_and_a_sale_below_it_is_flagged()
    {
        AgreedPriceWarning.SellingFloor(40_000m, 50_000m).ShouldBe(40_000m);
        AgreedPriceWarning.SellingFloor(null, 50_000m).ShouldBe(50_000m);
        AgreedPriceWarning.SellingFloor(null, null).ShouldBeNull();
        AgreedPriceWarning.IsBelow(79_999m, 2m, 40_000m).ShouldBeTrue();
        AgreedPriceWarning.IsBelow(80_000m, 2m, 40_000m).ShouldBeFalse();
        AgreedPriceWarning.IsBelow(1m, 2m, null).ShouldBeFalse();

        var sale = CashLine.Record(Guid.Empty, Guid.Empty, new DateOnly(2026, 12, 1), CashCategory.Sales, 19_000m, null, "t", DateTimeOffset.UnixEpoch);
        sale.ForProduct(Guid.NewGuid(), 0.5m, " kg ", 40_000m);
        (sale.BelowAgreed, sale.Unit).ShouldBe((true, "kg"));
        var cost = CashLine.Record(Guid.Empty, Guid.Empty, new DateOnly(2026, 12, 1), CashCategory.RawMaterial, 19_000m, null, "t", DateTimeOffset.UnixEpoch);
        Should.Throw<DomainException>(() => cost.ForProduct(Guid.NewGuid(), 1m, "kg", 40_000m)).Code.ShouldBe("cashbook.product.salesonly");
    }

    [Fact]
    public void A_named_product_needs_a_unit_and_a_quantity_above_zero_with_two_decimals_at_most()
    {
        var errors = new List<DomainException>();
        AgreedPriceWarning.CheckProduct(Guid.NewGuid(), false, "", 1.005m, needsQuantity: true, "Rows[0].", errors);
        errors.Select(e => e.Field).ShouldBe(["Rows[0].ProductId", "Rows[0].Unit", "Rows[0].Quantity"]);
        errors.Select(e => e.Code).ShouldBe(["price.product.unknown", "field.required", "supply.quantity.decimals"]);
        errors.Clear();
        AgreedPriceWarning.CheckProduct(Guid.NewGuid(), true, "kg", null, needsQuantity: false, "", errors);
        errors.ShouldBeEmpty();
    }
}
