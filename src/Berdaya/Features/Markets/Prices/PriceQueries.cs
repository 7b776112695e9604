using Berdaya.Data;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Prices;

public sealed record PriceLineView(Guid ProductId, string Product, string Unit, PriceKind Kind, decimal Price);

public sealed record AgreementView(Guid Id, DateOnly MeetingOn, DateOnly EffectiveFrom, bool InForce, string? Note, IReadOnlyList<string> Present,
    IReadOnlyList<PriceLineView> Lines);

public sealed record PricePoint(DateOnly From, decimal Price);

public sealed record PriceSeries(string Product, string Unit, PriceKind Kind, IReadOnlyList<PricePoint> Points);

public sealed record GroupPrices(Guid GroupId, string GroupName, DateOnly On, bool MayRecord, AgreementView? Current, IReadOnlyList<AgreementView> History,
    IReadOnlyList<PriceSeries> Series);

/// <summary>A group's prices: the agreement in force, every agreement and each price over time (docs/domain.md, Group price agreements).</summary>
[FeatureService]
public sealed class PriceQueries(AppDbContext db, GroupMarketAccess access)
{
    public async Task<GroupPrices> GroupAsync(Guid groupId, DateOnly? on, CancellationToken ct)
    {
        var g = await access.GroupAsync(groupId, ct);
        var day = on ?? access.Today;
        var agreements = await db.PriceAgreements.AsNoTracking().Include(a => a.Lines).Include(a => a.Present)
            .Where(a => a.GroupId == g.Id).OrderByDescending(a => a.EffectiveFrom).ThenByDescending(a => a.RecordedAt).ToListAsync(ct);
        var products = await db.GroupProducts.Where(p => p.GroupId == g.Id).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var presentIds = agreements.SelectMany(a => a.Present.Select(p => p.PartnerId)).Distinct().ToList();
        var names = await db.Partners.Where(p => presentIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var inForce = agreements.FirstOrDefault(a => a.EffectiveFrom <= day)?.Id;
        var views = agreements.Select(a => new AgreementView(a.Id, a.MeetingOn, a.EffectiveFrom, a.Id == inForce, a.Note,
                a.Present.Select(p => names.GetValueOrDefault(p.PartnerId, "?")).Order(StringComparer.Ordinal).ToList(),
                a.Lines.OrderBy(l => products.GetValueOrDefault(l.ProductId, ""), StringComparer.Ordinal).ThenBy(l => l.Kind).ThenBy(l => l.Unit, StringComparer.Ordinal)
                    .Select(l => new PriceLineView(l.ProductId, products.GetValueOrDefault(l.ProductId, "?"), l.Unit, l.Kind, l.Price)).ToList()))
            .ToList();
        var series = agreements.OrderBy(a => a.EffectiveFrom).ThenBy(a => a.RecordedAt)
            .SelectMany(a => a.Lines.Select(l => (a.EffectiveFrom, Line: l)))
            .GroupBy(x => (x.Line.ProductId, Unit: x.Line.Unit.ToLowerInvariant(), x.Line.Kind))
            .Select(s => new PriceSeries(products.GetValueOrDefault(s.Key.ProductId, "?"), s.First().Line.Unit, s.Key.Kind,
                s.GroupBy(x => x.EffectiveFrom).Select(x => new PricePoint(x.Key, x.Last().Line.Price)).ToList()))
            .OrderBy(s => s.Product, StringComparer.Ordinal).ThenBy(s => s.Kind).ToList();
        return new GroupPrices(g.Id, g.Name, day, access.MayDecide(g), views.FirstOrDefault(v => v.InForce), views, series);
    }

    /// <summary>The group's products, for the lines of a new agreement.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ProductsAsync(Guid groupId, CancellationToken ct)
    {
        var g = await access.GroupAsync(groupId, ct);
        var list = await db.GroupProducts.Where(p => p.GroupId == g.Id).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return list.Select(p => (p.Id, p.Name)).ToList();
    }
}
