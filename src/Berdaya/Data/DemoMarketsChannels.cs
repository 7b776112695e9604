using Berdaya.Domain.Markets;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's market channels and Citra Sari's readiness (docs/domain.md, Market channels and Readiness): Supermarket
/// Yogya asks PIRT only from 2007 and, from 2010, PIRT, Halal, a barcode and 0.10 mm plastic, paid on the next delivery;
/// a Bandung souvenir centre asks PIRT and 50 kg a month; the Tanjungsari market nothing; the marketplace a NIB and
/// Rp1.500.000 of sales a month. Eti Rohaeti and Nining Kurniasih are ready for the supermarket; Iis Suryani's PIRT has
/// expired; the others lack Halal, a barcode or both. Shared records are found by name and made only when missing.
/// </summary>
internal sealed class DemoMarketsChannels(AppDbContext db, DateOnly today, DateTimeOffset now, string officerId)
{
    public async Task SeedAsync(Guid programId, CancellationToken ct)
    {
        var yogya = await ChannelAsync(programId, "Supermarket Yogya", ChannelKind.ModernRetail, "Jaringan supermarket regional Jawa Barat; konsinyasi", ct);
        var oleh = await ChannelAsync(programId, "Pusat Oleh-oleh Bandung", ChannelKind.SouvenirCentre, "Toko oleh-oleh di Jalan Kartika, Bandung", ct);
        var pasar = await ChannelAsync(programId, "Pasar Tanjungsari", ChannelKind.TraditionalMarket,
            "Pasar kota kecamatan terdekat; seorang anggota laku dengan memberi tester walau harganya lebih tinggi", ct);
        var online = await ChannelAsync(programId, "Lokapasar daring", ChannelKind.OnlineMarketplace, null, ct);
        if (await db.ChannelRequirements.AnyAsync(r => r.ChannelId == yogya.Id, ct))
        {
            return;
        }

        Add(yogya, new DateOnly(2007, 1, 1), ["pirt"], null, null, "merek, komposisi, PIRT, tanggal kedaluwarsa", 100, VolumeUnit.Kilogram, 3_000_000,
            PaymentKind.PaidOnNextDelivery, null);
        Add(yogya, new DateOnly(2010, 1, 1), ["pirt", "halal", ChannelRequirement.Barcode], "plastik", 0.10m, "merek, komposisi, PIRT, Halal, tanggal kedaluwarsa",
            100, VolumeUnit.Kilogram, 5_000_000, PaymentKind.PaidOnNextDelivery, 30);
        Add(oleh, new DateOnly(2008, 1, 1), ["pirt"], null, null, "merek dan PIRT", 50, VolumeUnit.Kilogram, null, PaymentKind.Consignment, 14);
        Add(pasar, new DateOnly(2006, 1, 1), [], null, null, null, null, null, null, PaymentKind.Cash, null);
        Add(online, new DateOnly(2011, 1, 1), ["nib"], null, null, null, 1_500_000, VolumeUnit.Rupiah, null, PaymentKind.Cash, 3);

        var group = await db.Groups.Where(g => g.ProgramId == programId && g.Name == "Citra Sari").Select(g => g.Id).SingleAsync(ct);
        var members = await db.GroupMemberships.Where(m => m.GroupId == group)
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName }).OrderBy(p => p.OwnerName).ToListAsync(ct);
        var i = 0;
        foreach (var m in members)
        {
            // The three with PIRT and Halal followed the packaging training: 0.10 mm plastic and a barcode.
            var declaration = m.OwnerName switch
            {
                "Eti Rohaeti" => new MarketDeclaration("plastik", 0.10m, true, 150, VolumeUnit.Kilogram, 6_000_000),
                "Nining Kurniasih" => new MarketDeclaration("plastik PP", 0.12m, true, 120, VolumeUnit.Kilogram, 5_000_000),
                "Iis Suryani" => new MarketDeclaration("plastik", 0.10m, true, 100, VolumeUnit.Kilogram, 4_000_000),
                "Oom Rohimah" => null,
                _ => new MarketDeclaration(i % 2 == 0 ? "plastik" : "kertas minyak", i % 2 == 0 ? 0.08m : null, false, 40 + 10 * (i % 3), VolumeUnit.Kilogram,
                    1_500_000),
            };
            i++;
            if (declaration is null)
            {
                continue;
            }

            var profile = new MarketProfile(programId, m.Id);
            profile.Declare(declaration, m.OwnerName == "Eti Rohaeti" ? DeclaredBy.Partner : DeclaredBy.Facilitator, officerId, today, now);
            db.MarketProfiles.Add(profile);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<MarketChannel> ChannelAsync(Guid programId, string name, ChannelKind kind, string? note, CancellationToken ct)
    {
        var channel = await db.MarketChannels.FirstOrDefaultAsync(c => c.ProgramId == programId && c.Name == name, ct)
                      ?? db.MarketChannels.Local.FirstOrDefault(c => c.ProgramId == programId && c.Name == name);
        if (channel is null)
        {
            channel = MarketChannel.Create(programId, name, kind, note, officerId, now);
            db.MarketChannels.Add(channel);
        }

        return channel;
    }

    private void Add(MarketChannel channel, DateOnly from, string[] legality, string? material, decimal? mm, string? label, decimal? volume, VolumeUnit? unit,
        decimal? capital, PaymentKind payment, int? days) =>
        db.ChannelRequirements.Add(ChannelRequirement.Create(channel,
            new RequirementTerms(from, legality, material, mm, label, volume, unit, capital, payment, days, null), null, today, officerId, now));
}
