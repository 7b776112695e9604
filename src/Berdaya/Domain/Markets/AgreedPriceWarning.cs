using System.Globalization;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Markets;

/// <summary>
/// Selling below the group's agreed price (docs/domain.md, Group price agreements): a cash-book sale, a consignment price or
/// a supply order below it is allowed, recorded with a flag and shown with a warning. A sale or a consignment is held
/// against the agreed selling price: the lowest of the wholesale and retail prices in force for the product and unit
/// (decision 0021), so a sale at the wholesale price is not warned as below the retail one.
/// </summary>
public static class AgreedPriceWarning
{
    public const int UnitMax = PriceAgreement.UnitMax;
    public const decimal QuantityMax = SupplyOrder.QuantityMax;

    /// <summary>The agreed selling price: the lower of the wholesale and retail prices agreed, or none when neither is.</summary>
    public static decimal? SellingFloor(decimal? wholesale, decimal? retail) =>
        (wholesale, retail) switch
        {
            ({ } w, { } r) => Math.Min(w, r),
            ({ } w, null) => w,
            (null, { } r) => r,
            _ => null,
        };

    /// <summary>An amount for a quantity below the agreed unit price times that quantity; no agreed price, no warning.</summary>
    public static bool IsBelow(decimal amount, decimal quantity, decimal? agreedUnitPrice) => agreedUnitPrice is { } p && amount < p * quantity;

    /// <summary>
    /// A group product named on a sale: one of the partner's group (<paramref name="productKnown"/>), a unit within its
    /// length and, when <paramref name="needsQuantity"/>, a quantity above zero with at most two decimals.
    /// </summary>
    public static void CheckProduct(Guid? productId, bool productKnown, string? unit, decimal? quantity, bool needsQuantity, string prefix,
        List<DomainException> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (productId is null)
        {
            errors.Add(new DomainException("field.required", prefix + "ProductId"));
        }
        else if (!productKnown)
        {
            errors.Add(new DomainException("price.product.unknown", prefix + "ProductId"));
        }

        var u = unit?.Trim();
        if (string.IsNullOrEmpty(u))
        {
            errors.Add(new DomainException("field.required", prefix + "Unit"));
        }
        else if (u.Length > UnitMax)
        {
            errors.Add(new DomainException("text.toolong", prefix + "Unit", ErrorKind.Validation, UnitMax));
        }

        if (!needsQuantity)
        {
            return;
        }

        if (quantity is not { } q)
        {
            errors.Add(new DomainException("field.required", prefix + "Quantity"));
        }
        else if (q <= 0)
        {
            errors.Add(new DomainException("supply.quantity.positive", prefix + "Quantity"));
        }
        else if (q > QuantityMax)
        {
            errors.Add(new DomainException("supply.quantity.max", prefix + "Quantity", ErrorKind.Validation,
                QuantityMax.ToString(CultureInfo.InvariantCulture)));
        }
        else if (decimal.Round(q, 2) != q)
        {
            errors.Add(new DomainException("supply.quantity.decimals", prefix + "Quantity"));
        }
    }
}
