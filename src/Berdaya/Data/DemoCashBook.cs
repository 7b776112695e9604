using Berdaya.Domain.CashBook;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's cash books (docs/domain.md, Cash book): January to April 2007 for two Citra Sari members, Eti Rohaeti
/// and Iis Suryani (melinjo bought by the kilo, plastic 0,10 packaging, emping sold to Borma and the oleh-oleh shops
/// of Sumedang, the installment paid before the 5th, the kitchen kept apart), and the last three weeks for the Mekar
/// Sari treasurer, counted back from today, so the app shows a current month.
/// </summary>
internal sealed class DemoCashBook(AppDbContext db, DateOnly today)
{
    private static readonly DateTimeOffset SeededAt = new(2007, 5, 1, 3, 0, 0, TimeSpan.Zero);

    public async Task SeedAsync(CancellationToken ct)
    {
        var eti = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => new { p.Id, p.ProgramId }).SingleAsync(ct);
        var iis = await db.Partners.Where(p => p.OwnerName == "Iis Suryani").Select(p => new { p.Id, p.ProgramId }).SingleAsync(ct);
        var rina = await db.Users.Where(u => u.Email == "bendahara.mekarsari@demo.berdaya.id")
            .Join(db.Partners, u => u.PartnerId, p => p.Id, (u, p) => new { p.Id, p.ProgramId, UserId = u.Id }).SingleAsync(ct);
        var iisUser = await db.Users.Where(u => u.Email == "bendahara.citrasari@demo.berdaya.id").Select(u => u.Id).SingleAsync(ct);

        for (var month = 1; month <= 4; month++)
        {
            Emping(eti.ProgramId, eti.Id, month, 1.0m, 163_889m, iisUser);
            Emping(iis.ProgramId, iis.Id, month, 0.8m, 147_500m, iisUser);
        }

        Cassava(rina.ProgramId, rina.Id, rina.UserId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A month of an emping maker: weekly melinjo and sales, packaging twice, the installment on the 3rd, the kitchen weekly.</summary>
    private void Emping(Guid programId, Guid partnerId, int month, decimal scale, decimal installment, string by)
    {
        // The off-season (January–February) melinjo is dearer and scarcer.
        var melinjoPrice = month <= 2 ? 9_000m : 7_000m;
        decimal Round(decimal x) => decimal.Round(x / 500m, 0) * 500m;
        Add(programId, partnerId, new DateOnly(2007, month, 3), CashCategory.Installment, installment, "Angsuran pinjaman kemitraan lewat bendahara", by);
        foreach (var week in new[] { 2, 9, 16, 23 })
        {
            var kilos = decimal.Round(40m * scale, 0);
            Add(programId, partnerId, new DateOnly(2007, month, week), CashCategory.RawMaterial, kilos * melinjoPrice,
                $"Melinjo {kilos:0} kg @ Rp {melinjoPrice:#,0}".Replace(',', '.'), by);
            Add(programId, partnerId, new DateOnly(2007, month, week + 4), CashCategory.Sales, Round(850_000m * scale * (month <= 2 ? 0.85m : 1m)),
                week % 2 == 0 ? "Emping 1/4 kg ke Borma Dago" : "Emping ke toko oleh-oleh Tahu Sumedang", by);
            Add(programId, partnerId, new DateOnly(2007, month, week + 5), CashCategory.Household, Round(120_000m * scale), "Belanja dapur seminggu", by);
        }

        Add(programId, partnerId, new DateOnly(2007, month, 5), CashCategory.Packaging, Round(45_000m * scale), "Plastik 0,10 dan label merek", by);
        Add(programId, partnerId, new DateOnly(2007, month, 19), CashCategory.Packaging, Round(45_000m * scale), "Plastik 0,10 dan label merek", by);
        Add(programId, partnerId, new DateOnly(2007, month, 26), CashCategory.Wages, Round(200_000m * scale), "Upah pemipih emping", by);
        Add(programId, partnerId, new DateOnly(2007, month, 15), CashCategory.OtherCost, 30_000m, "Kayu bakar dan minyak tanah", by);
    }

    /// <summary>The Mekar Sari treasurer's cassava chips, every few days of the last three weeks.</summary>
    private void Cassava(Guid programId, Guid partnerId, string by)
    {
        for (var back = 20; back >= 0; back--)
        {
            var day = today.AddDays(-back);
            switch (back % 4)
            {
                case 0:
                    Add(programId, partnerId, day, CashCategory.RawMaterial, 250_000m, "Singkong 100 kg dari petani Conggeang", by);
                    Add(programId, partnerId, day, CashCategory.OtherCost, 85_000m, "Minyak goreng 5 liter", by);
                    break;
                case 1:
                    Add(programId, partnerId, day, CashCategory.Sales, 480_000m, "Keripik singkong ke warung dan pasar Conggeang", by);
                    break;
                case 2:
                    Add(programId, partnerId, day, CashCategory.Packaging, 40_000m, "Plastik kemasan 250 g", by);
                    Add(programId, partnerId, day, CashCategory.Household, 100_000m, "Belanja dapur", by);
                    break;
                default:
                    Add(programId, partnerId, day, CashCategory.Sales, 360_000m, "Keripik pedas ke toko oleh-oleh", by);
                    Add(programId, partnerId, day, CashCategory.Wages, 75_000m, "Upah kupas singkong", by);
                    break;
            }
        }
    }

    private void Add(Guid programId, Guid partnerId, DateOnly on, CashCategory category, decimal amount, string note, string by) =>
        db.CashLines.Add(CashLine.Record(programId, partnerId, on, category, amount, note, by, on.Year < 2010 ? SeededAt : new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
}
