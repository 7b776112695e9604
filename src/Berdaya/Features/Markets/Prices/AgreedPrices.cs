using Berdaya.Data;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Prices;

/// <summary>An agreed price and the agreement it comes from.</summary>
public sealed record PriceInForce(decimal Price, Guid AgreementId, DateOnly EffectiveFrom);

/// <summary>
/// The group's agreed price in force on a day (docs/domain.md, Group price agreements): the line of the group's latest
/// agreement effective on or before that day; a later agreement replaces an earlier one as a whole (decision 0021).
/// Reads no scope: callers check who may see the record they price.
/// </summary>
[FeatureService]
public sealed class AgreedPrices(AppDbContext db)
{
    public async Task<PriceInForce?> InForceAsync(Guid groupId, Guid productId, string unit, PriceKind kind, DateOnly on, CancellationToken ct)
    {
        var agreement = await db.PriceAgreements.Where(a => a.GroupId == groupId && a.EffectiveFrom <= on)
            .OrderByDescending(a => a.EffectiveFrom).ThenByDescending(a => a.RecordedAt)
            .Select(a => new { a.Id, a.EffectiveFrom })
            .FirstOrDefaultAsync(ct);
        if (agreement is null)
        {
            return null;
        }

        var u = unit.Trim();
        var lines = await db.PriceAgreementLines.Where(l => l.AgreementId == agreement.Id && l.ProductId == productId && l.Kind == kind)
            .Select(l => new { l.Unit, l.Price }).ToListAsync(ct);
        var line = lines.FirstOrDefault(l => string.Equals(l.Unit, u, StringComparison.OrdinalIgnoreCase));
        return line is null ? null : new PriceInForce(line.Price, agreement.Id, agreement.EffectiveFrom);
    }

    /// <summary>
    /// The agreed selling price a cash-book sale or a consignment price is held against: the lower of the wholesale and
    /// retail prices in force on the day for the product and unit (decision 0021); null when neither is agreed.
    /// </summary>
    public async Task<decimal?> SellingFloorAsync(Guid groupId, Guid productId, string unit, DateOnly on, CancellationToken ct)
    {
        var wholesale = await InForceAsync(groupId, productId, unit, PriceKind.Wholesale, on, ct);
        var retail = await InForceAsync(groupId, productId, unit, PriceKind.Retail, on, ct);
        return AgreedPriceWarning.SellingFloor(wholesale?.Price, retail?.Price);
    }

    public async Task<PriceInForce?> ForVariantAsync(Guid variantId, string unit, PriceKind kind, DateOnly on, CancellationToken ct)
    {
        var v = await db.ProductVariants.Where(x => x.Id == variantId).Select(x => new { x.GroupId, x.ProductId }).FirstOrDefaultAsync(ct);
        return v is null ? null : await InForceAsync(v.GroupId, v.ProductId, unit, kind, on, ct);
    }
}
