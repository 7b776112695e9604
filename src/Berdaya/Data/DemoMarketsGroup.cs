using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// Citra Sari's own market rules (docs/domain.md, Group price agreements, Product variants, Supply orders between members):
/// the emping price agreed together in 2006 and changed as melinjo and fuel grew dearer (2008, 2010, 2012); the four
/// flavours in three shapes shared out so the members do not compete; and members with a big buyer ordering from the
/// others, sold under the buyer's label. The product and variants are looked up by name and made only if missing.
/// </summary>
internal sealed class DemoMarketsGroup(AppDbContext db)
{
    private const string By = "demo";
    private static readonly string[] Flavours = ["Original", "Keju", "Balado", "Pedas manis"];
    private static readonly string[] Sizes = ["kecil", "sedang", "besar"];

    public async Task SeedAsync(CancellationToken ct)
    {
        var group = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => new { g.Id, g.ProgramId }).SingleAsync(ct);
        var members = await db.GroupMemberships.Where(m => m.GroupId == group.Id && m.ActivePartnerId != null)
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName }).ToDictionaryAsync(p => p.OwnerName, p => p.Id, ct);
        var at = new DateTimeOffset(2006, 1, 2, 3, 0, 0, TimeSpan.Zero);
        var product = await db.GroupProducts.FirstOrDefaultAsync(p => p.GroupId == group.Id && p.Name == "Emping melinjo", ct);
        if (product is null)
        {
            product = GroupProduct.Create(group.Id, "Emping melinjo", By, at);
            db.GroupProducts.Add(product);
        }

        var variants = await db.ProductVariants.Where(v => v.ProductId == product.Id).ToListAsync(ct);
        ProductVariant Variant(string flavour, string size)
        {
            var v = variants.FirstOrDefault(x => x.Flavour == flavour && x.Size == size && x.Stage == ProcessingStage.ReadyToEat);
            if (v is null)
            {
                v = ProductVariant.Create(product.Id, group.Id, flavour, size, ProcessingStage.ReadyToEat, "Plastik 0,10 mm, 1/4 kg dan 1 kg",
                    "Emping Citra Sari – Narimbang, Sumedang", 3, By, at);
                variants.Add(v);
                db.ProductVariants.Add(v);
            }

            return v;
        }

        // Who makes which: each member keeps what she already made well (docs/domain.md, Product variants).
        (string Member, string Flavour, string Size)[] plan =
        [
            ("Eti Rohaeti", "Original", "kecil"), ("Eti Rohaeti", "Balado", "kecil"), ("Nining Kurniasih", "Keju", "sedang"),
            ("Nining Kurniasih", "Keju", "besar"), ("Iis Suryani", "Pedas manis", "besar"), ("Iis Suryani", "Pedas manis", "kecil"),
            ("Oom Rohimah", "Original", "sedang"), ("Dedeh Sumiati", "Balado", "kecil"), ("Cucu Sukmawati", "Keju", "kecil"),
            ("Cucu Sukmawati", "Original", "kecil"), ("Yayah Rokayah", "Pedas manis", "sedang"), ("Ujang Sopandi", "Original", "besar"),
            ("Euis Komariah", "Balado", "sedang"), ("Entin Supartini", "Balado", "besar"),
        ];
        foreach (var flavour in Flavours)
        {
            foreach (var size in Sizes)
            {
                Variant(flavour, size);
            }
        }

        if (!await db.VariantAllocations.AnyAsync(a => a.GroupId == group.Id, ct))
        {
            var places = new Dictionary<Guid, int>();
            foreach (var (member, flavour, size) in plan.Where(p => members.ContainsKey(p.Member)))
            {
                var v = Variant(flavour, size);
                places[v.Id] = places.GetValueOrDefault(v.Id) + 1;
                db.VariantAllocations.Add(new VariantAllocation(group.Id, v.Id, members[member], places[v.Id], new DateOnly(2006, 1, 15), By, at));
            }
        }

        if (await db.PriceAgreements.AnyAsync(a => a.GroupId == group.Id, ct))
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        // Prices per kg: melinjo and kerosene grew dearer in 2008, again in 2010 and 2012.
        (DateOnly Meeting, DateOnly From, decimal Wholesale, decimal Retail, decimal Melinjo, int Present)[] agreements =
        [
            (new DateOnly(2006, 1, 15), new DateOnly(2006, 2, 1), 28_000m, 34_000m, 7_000m, 10),
            (new DateOnly(2008, 6, 10), new DateOnly(2008, 7, 1), 32_000m, 38_000m, 8_000m, 9),
            (new DateOnly(2010, 3, 8), new DateOnly(2010, 4, 1), 36_000m, 44_000m, 9_000m, 10),
            (new DateOnly(2012, 1, 20), new DateOnly(2012, 2, 1), 40_000m, 50_000m, 10_000m, 8),
        ];
        var ids = members.Values.ToHashSet();
        DateOnly? previous = null;
        var made = new List<PriceAgreement>();
        foreach (var a in agreements)
        {
            var when = new DateTimeOffset(a.Meeting.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            var agreement = PriceAgreement.Create(group.ProgramId, group.Id, a.Meeting, a.From, members.Values.Take(a.Present).ToList(),
            [
                new PriceLineInput(product.Id, "kg", PriceKind.Wholesale, a.Wholesale), new PriceLineInput(product.Id, "kg", PriceKind.Retail, a.Retail),
                new PriceLineInput(product.Id, "kg", PriceKind.RawMaterial, a.Melinjo),
            ], "Rapat bulanan di rumah Ibu Eti", ids, new HashSet<Guid> { product.Id }, previous, a.Meeting, By, when);
            previous = a.From;
            made.Add(agreement);
            db.PriceAgreements.Add(agreement);
            db.Timeline.Add(new TimelineEvent(group.ProgramId, group.Id, null, a.Meeting, FivePApproach.Protecting, "price.agreed",
                $"Kesepakatan harga Citra Sari: emping grosir Rp {a.Wholesale:#,0}/kg, eceran Rp {a.Retail:#,0}/kg, berlaku {a.From:dd-MM-yyyy}".Replace(',', '.'),
                nameof(PriceAgreement), agreement.Id, when));
        }

        decimal Agreed(DateOnly on) => made.Last(a => a.EffectiveFrom <= on).Lines.Single(l => l.Kind == PriceKind.Wholesale).Price;

        void Order(string buyer, string seller, string flavour, string size, decimal kg, decimal? price, DateOnly on, int deliveredAfter, decimal? delivered,
            int? paidAfter, string? cancel)
        {
            if (!members.TryGetValue(buyer, out var buyerId) || !members.TryGetValue(seller, out var sellerId))
            {
                return;
            }

            var agreed = Agreed(on);
            var v = Variant(flavour, size);
            var o = SupplyOrder.Create(group.ProgramId, group.Id, buyerId, sellerId, true, v.Id, true, kg, "kg", price, agreed,
                made.Last(a => a.EffectiveFrom <= on).Id, on.AddDays(7), LabelOwner.Buyer, on, By, new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            if (delivered is { } d)
            {
                o.Deliver(d, on.AddDays(deliveredAfter), on.AddDays(deliveredAfter));
            }

            if (paidAfter is { } p)
            {
                o.Pay(on.AddDays(p), on.AddDays(p));
            }

            if (cancel is not null)
            {
                o.Cancel(cancel, on.AddDays(2));
            }

            db.SupplyOrders.Add(o);
        }

        // Iis supplies Supermarket Yogya under her label and buys from the others when orders outrun her kitchen.
        Order("Iis Suryani", "Yayah Rokayah", "Pedas manis", "sedang", 20m, null, new DateOnly(2008, 9, 1), 7, 20m, 14, null);
        Order("Iis Suryani", "Dedeh Sumiati", "Balado", "kecil", 15m, null, new DateOnly(2010, 5, 3), 5, 15m, 12, null);
        Order("Oom Rohimah", "Ujang Sopandi", "Original", "besar", 10m, 35_000m, new DateOnly(2011, 2, 7), 6, 8m, 13, null);
        Order("Cucu Sukmawati", "Nining Kurniasih", "Keju", "sedang", 12m, null, new DateOnly(2011, 6, 6), 0, null, null, "Pesanan toko oleh-oleh ditunda");
        Order("Eti Rohaeti", "Iis Suryani", "Pedas manis", "besar", 10m, null, new DateOnly(2012, 3, 5), 0, null, null, null);
        await db.SaveChangesAsync(ct);
    }
}
