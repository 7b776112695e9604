using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Graduation;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's bankability and graduation (docs/domain.md, Bankability and graduation): the Opak group of Conggeang Wetan left the
/// program independent in November 2005, before the app kept evaluations; after the 2012 evaluation decided "graduate", the
/// facilitator checked each Citra Sari member's family card, village business letter (the NIB came only in 2018) and paper
/// books, wrote down what they would borrow from the bank, and the CDC graduated those whose checklist held. Today's Mekar Sari
/// members have begun their checklists, with items still missing.
/// </summary>
internal sealed class DemoGraduation(AppDbContext db, DateOnly today)
{
    private static readonly DateOnly OpakOn = new(2005, 11, 20);
    private static readonly DateOnly CheckedOn = new(2013, 1, 28);
    private static readonly DateOnly CitraOn = new(2013, 2, 4);

    public async Task SeedAsync(Guid programId, string facilitatorName, string officerName, CancellationToken ct)
    {
        var reader = new BankabilityReader(db);
        await OpakAsync(programId, reader, facilitatorName, officerName, ct);
        await CitraSariAsync(programId, reader, facilitatorName, officerName, ct);
        await MekarSariAsync(programId, facilitatorName, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task OpakAsync(Guid programId, BankabilityReader reader, string facilitator, string officer, CancellationToken ct)
    {
        var opak = await db.Groups.Where(g => g.ProgramId == programId && g.Name == "Opak Conggeang").Select(g => g.Id).SingleAsync(ct);
        var members = await db.GroupMemberships.Where(m => m.GroupId == opak).Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => p).ToListAsync(ct);
        var i = 0;
        foreach (var p in members.OrderBy(p => p.OwnerName, StringComparer.Ordinal))
        {
            i++;
            var on = OpakOn.AddDays(-10);
            Declare(programId, p.Id, BankabilityItem.FamilyCard, "Kartu Keluarga asli diperiksa pendamping.", on, null, facilitator, on);
            Declare(programId, p.Id, BankabilityItem.BusinessLicence,
                string.Create(CultureInfo.InvariantCulture, $"Surat Keterangan Usaha Desa Conggeang Wetan No. 510/{30 + i}/2005."), on.AddDays(-20), null, facilitator, on);
            Declare(programId, p.Id, BankabilityItem.RepaymentRecord, "Pinjaman kemitraan 2003 lunas Oktober 2005 tanpa tunggakan (kartu angsuran kelompok).",
                new DateOnly(2005, 10, 31), null, facilitator, on);
            Declare(programId, p.Id, BankabilityItem.BooksKept, "Buku kas tulis tangan 2004–2005 diperiksa; penjualan opak dicatat harian.", on, null, facilitator, on);
            Declare(programId, p.Id, BankabilityItem.CreditNeed, "Tambahan modal ketan dan kayu bakar untuk musim Lebaran.", on, 10_000_000m + (i * 2_500_000m),
                facilitator, on);
            await db.SaveChangesAsync(ct);
            var checklist = await reader.JudgeAsync(p.Id, OpakOn, ct);
            var g = PartnerGraduation.FromHistory(programId, p.Id, opak, OpakOn, checklist, officer, At(OpakOn));
            db.Graduations.Add(g);
            db.Timeline.Add(new TimelineEvent(programId, opak, p.Id, OpakOn, FivePApproach.Fostering, "partner.graduated",
                $"{p.OwnerName} ({p.BusinessName}) lulus dan mandiri bersama kelompok Opak Conggeang", nameof(PartnerGraduation), g.Id, At(OpakOn)));
        }
    }

    private async Task CitraSariAsync(Guid programId, BankabilityReader reader, string facilitator, string officer, CancellationToken ct)
    {
        var citra = await db.Groups.Where(g => g.ProgramId == programId && g.Name == "Citra Sari").Select(g => g.Id).SingleAsync(ct);
        var evaluations = await db.Evaluations.Where(e => e.GroupId == citra && e.Year == 2012 && e.Subject == EvaluationSubject.Partner).ToListAsync(ct);
        var partners = await db.Partners.Where(p => evaluations.Select(e => e.SubjectId).Contains(p.Id)).ToListAsync(ct);
        var i = 0;
        foreach (var p in partners.OrderBy(p => p.OwnerName, StringComparer.Ordinal))
        {
            i++;
            var e = evaluations.Single(x => x.SubjectId == p.Id);
            var seen = CheckedOn.AddDays(-(i % 4));
            Declare(programId, p.Id, BankabilityItem.FamilyCard, "Kartu Keluarga asli diperiksa saat kunjungan rumah.", seen, null, facilitator, seen);
            Declare(programId, p.Id, BankabilityItem.BusinessLicence,
                string.Create(CultureInfo.InvariantCulture, $"Surat Keterangan Usaha dari Kepala Desa Narimbang No. 517/{40 + i}/Pem/2013."), seen.AddDays(-7), null,
                facilitator, seen);
            Declare(programId, p.Id, BankabilityItem.BooksKept, "Buku kas harian 2012 diperiksa: penjualan, bahan baku dan angsuran dicatat terpisah dari dapur.", seen,
                null, facilitator, seen);

            // Most want a micro KUR for a press and packaging; the smaller makers a super micro one.
            var need = i % 3 == 0 ? 8_000_000m : 25_000_000m + (i * 1_000_000m);
            Declare(programId, p.Id, BankabilityItem.CreditNeed, need <= 10_000_000m ? "Modal bahan baku melinjo musim panen." : "Alat press emping dan kemasan merek sendiri.",
                seen, need, facilitator, seen);
            await db.SaveChangesAsync(ct);
            if (e.Decision != EvaluationDecision.Graduate)
            {
                continue;
            }

            var checklist = await reader.JudgeAsync(p.Id, CitraOn, ct);
            if (!checklist.Holds)
            {
                continue;
            }

            var g = PartnerGraduation.Decide(programId, p.Id, citra, (e.Id, e.Year, e.Decision.Value), checklist, "BRI Unit Conggeang", CitraOn, officer, At(CitraOn));
            p.Graduate();
            db.Graduations.Add(g);
            db.Timeline.Add(new TimelineEvent(programId, citra, p.Id, CitraOn, FivePApproach.Fostering, "partner.graduated",
                $"{p.OwnerName} ({p.BusinessName}) lulus dan mandiri setelah evaluasi {e.Year}; layak KUR {BankabilityChecklist.TierWord(g.Tier!.Value)} {Rupiah(g.Need)}; surat rekomendasi ke {g.Bank}",
                nameof(PartnerGraduation), g.Id, At(CitraOn)));
        }
    }

    private async Task MekarSariAsync(Guid programId, string facilitator, CancellationToken ct)
    {
        var mekar = await db.Groups.Where(g => g.ProgramId == programId && g.Name == "Mekar Sari").Select(g => g.Id).SingleAsync(ct);
        var members = await db.GroupMemberships.Where(m => m.GroupId == mekar).Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName })
            .ToListAsync(ct);
        var i = 0;
        foreach (var p in members.OrderBy(p => p.OwnerName, StringComparer.Ordinal).Take(3))
        {
            i++;
            var on = today.AddDays(-7 * i);
            Declare(programId, p.Id, BankabilityItem.FamilyCard, "Kartu Keluarga dilihat saat kunjungan.", on, null, facilitator, on);

            // One wants more than Rp 50 million, so her NPWP is asked and still missing.
            var need = i == 1 ? 75_000_000m : i == 2 ? 9_000_000m : 30_000_000m;
            Declare(programId, p.Id, BankabilityItem.CreditNeed, "Mesin perajang singkong dan oven pengering.", on, need, facilitator, on);
        }
    }

    private void Declare(Guid programId, Guid partnerId, BankabilityItem item, string evidence, DateOnly? evidenceOn, decimal? amount, string by, DateOnly on) =>
        db.BankabilityDeclarations.Add(BankabilityDeclaration.Make(programId, partnerId, item, evidence, evidenceOn, amount, on, by, At(on)));

    private static string Rupiah(decimal? amount) => "Rp " + (amount ?? 0).ToString("#,0", CultureInfo.GetCultureInfo("id-ID"));

    private static DateTimeOffset At(DateOnly on) => BusinessCalendar.MorningOf(on);
}
