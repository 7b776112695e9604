using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's monitoring (docs/domain.md, Monitoring visits, help requests and follow-ups): six visits to Citra Sari from
/// 2006 to 2012 (at the village hall, at a group outing to the Cigorobog waterfall, about melinjo scarcity off-season with
/// its follow-up done, about packaging for supermarkets, bookkeeping and marketing), and for the present-day groups open
/// follow-ups (one overdue) and an open help request about raw material. Present-day dates count back from today.
/// </summary>
internal sealed class DemoMonitoring(AppDbContext db, DateOnly today)
{
    private const string Team = "Hendra Gunawan (CDC Telkom), Asep Saepudin (pendamping desa)";

    public async Task SeedAsync(Guid programId, string officerId, string facilitatorId, CancellationToken ct)
    {
        var partners = await db.Partners.Where(p => p.ProgramId == programId).Select(p => new { p.Id, p.OwnerName }).ToDictionaryAsync(p => p.OwnerName, p => p.Id, ct);
        var groups = await db.Groups.Where(g => g.ProgramId == programId).Select(g => new { g.Id, g.Name }).ToDictionaryAsync(g => g.Name, g => g.Id, ct);
        var citra = groups["Citra Sari"];
        var citraMembers = await db.GroupMemberships.Where(m => m.GroupId == citra && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync(ct);
        var iis = partners["Iis Suryani"];
        var eti = partners["Eti Rohaeti"];

        Visit(programId, citra, citraMembers, new DateOnly(2006, 9, 14), "Balai Desa Narimbang", Team + ", Kepala Desa Narimbang",
            "Jual langsung ke warung dan toko oleh-oleh di jalur Sumedang–Bandung, jangan hanya ke pengepul. Kepala Desa mengundang kelompok hadir di musyawarah perencanaan pembangunan desa (Musrenbangdes).",
            officerId, (NeedKind.Marketing, "Emping dijual ke pengepul; harga ditekan dan pembayaran mundur dua minggu", null));

        // The melinjo off-season: the treasurer asked for help and the visit answered it.
        var help = new HelpRequest(programId, iis, NeedKind.RawMaterial,
            "Melinjo sedang langka di luar musim panen, harganya naik dua kali lipat. Beberapa anggota berhenti produksi.", new DateOnly(2007, 11, 20), null);
        db.HelpRequests.Add(help);
        db.Timeline.Add(new TimelineEvent(programId, citra, iis, help.AskedOn, FivePApproach.Supporting, "help.requested",
            "Iis Suryani: melinjo langka di luar musim panen", nameof(HelpRequest), help.Id, At(help.AskedOn)));
        var melinjo = Visit(programId, citra, citraMembers, new DateOnly(2007, 12, 5), "Rumah Ibu Eti Rohaeti, Dusun Sukamaju", Team,
            "Pesan melinjo ke petani sebelum musim panen berakhir (sistem pesanan) dan simpan biji melinjo kering agar awet; buat stok bersama kelompok untuk musim paceklik.",
            officerId, (NeedKind.RawMaterial, "Melinjo langka di luar musim; harga naik dua kali lipat dan produksi berhenti", null));
        help.AnswerByVisit(melinjo.Id, melinjo.VisitedOn, melinjo.Advice, officerId);
        var preorder = new FollowUp(programId, melinjo.Id, null, null, citra,
            "Kumpulkan pesanan melinjo anggota dan pesan ke petani Tanjungkerta sebelum akhir musim panen", FollowUpOwner.Partner(iis),
            melinjo.VisitedOn, new DateOnly(2008, 2, 28));
        preorder.Close(FollowUpState.Done, "Pesanan 4 kuintal melinjo terkumpul dan disimpan kering di rumah bendahara; produksi jalan terus Maret–Mei 2008.",
            new DateOnly(2008, 2, 20), officerId);
        db.FollowUps.Add(preorder);
        db.Timeline.Add(new TimelineEvent(programId, citra, null, preorder.ClosedOn!.Value, FivePApproach.Supporting, "followup.done",
            "Stok melinjo 4 kuintal dipesan dan disimpan", nameof(FollowUp), preorder.Id, At(preorder.ClosedOn.Value)));

        Visit(programId, citra, citraMembers, new DateOnly(2008, 7, 20), "Curug Cigorobog, Sumedang (rekreasi kelompok)", Team,
            "Untuk masuk pasar swalayan: kemasan plastik tebal yang tertutup rapat, label merek, berat bersih, tanggal kedaluwarsa dan nomor PIRT.",
            officerId, (NeedKind.Marketing, "Pasar swalayan di Sumedang meminta kemasan berlabel dan tanggal kedaluwarsa", null));

        var books = Visit(programId, citra, citraMembers, new DateOnly(2009, 10, 8), "Rumah Ibu Iis Suryani (bendahara), Dusun Sukamaju", Team,
            "Buat buku kas sederhana: catat penjualan dan pembelian setiap hari, pisahkan uang belanja rumah tangga dari uang usaha.",
            officerId, (NeedKind.Finance, "Uang usaha dan uang rumah tangga bercampur; penjualan tidak dicatat", null));
        var check = new FollowUp(programId, books.Id, null, null, citra, "Periksa buku kas anggota setiap bulan selama tiga bulan",
            FollowUpOwner.User(facilitatorId), books.VisitedOn, new DateOnly(2010, 1, 31));
        check.Close(FollowUpState.Done, "Delapan dari sepuluh anggota mencatat kas harian; dua masih perlu dibantu.", new DateOnly(2010, 1, 28), facilitatorId);
        db.FollowUps.Add(check);

        Visit(programId, citra, citraMembers, new DateOnly(2011, 3, 16), "Tempat usaha Emping Mang Ujang, Nagreg", Team,
            "Titip jual di toko oleh-oleh Nagreg dan Bandung dengan kemasan baru; ikut pameran CDC berikutnya.",
            officerId, (NeedKind.Marketing, "Tester di rest area Nagreg laku, pesanan dari Bandung belum terlayani", partners["Ujang Sopandi"]));

        var last = Visit(programId, citra, citraMembers, new DateOnly(2012, 6, 12), "Tempat usaha Emping Citra Rasa (Ibu Eti Rohaeti)", Team,
            "Kelompok siap mandiri: teruskan pembukuan, pesanan melinjo sebelum musim berakhir, dan hadir tetap di musyawarah desa.",
            officerId, (NeedKind.Other, "Kepala Desa mengundang kelompok menjadi peserta tetap musyawarah perencanaan desa", null));
        db.PartnerLocations.Add(new PartnerLocation(eti, -6.8337, 107.9702, last.VisitedOn, last.Id, officerId));

        await PresentDayAsync(programId, groups, partners, officerId, facilitatorId, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task PresentDayAsync(Guid programId, Dictionary<string, Guid> groups, Dictionary<string, Guid> partners, string officerId, string facilitatorId,
        CancellationToken ct)
    {
        var mekar = groups["Mekar Sari"];
        var mekarMembers = await db.GroupMemberships.Where(m => m.GroupId == mekar && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync(ct);
        var visit = Visit(programId, mekar, mekarMembers, today.AddDays(-20), "Rumah Ibu Siti Aminah (ketua)",
            "Asep Saepudin (pendamping desa)",
            "Tawarkan keripik ke toko oleh-oleh di Tanjungsari dengan contoh kemasan; anggota yang menunggak dibantu menyusun ulang kas mingguan.",
            facilitatorId, (NeedKind.Marketing, "Penjualan keripik turun sejak warung langganan tutup", null),
            (NeedKind.Finance, "Dua anggota menunggak angsuran; uang usaha terpakai untuk kebutuhan rumah", partners["Heni Herawati"]));
        db.FollowUps.Add(new FollowUp(programId, visit.Id, null, null, mekar, "Antar contoh keripik berkemasan ke tiga toko oleh-oleh di Tanjungsari",
            FollowUpOwner.Partner(partners["Rina Marlina"]), visit.VisitedOn, today.AddDays(7)));
        db.FollowUps.Add(new FollowUp(programId, visit.Id, null, partners["Heni Herawati"], mekar,
            "Periksa buku kas Ibu Heni dan susun jadwal setoran mingguan", FollowUpOwner.User(facilitatorId), visit.VisitedOn, today.AddDays(-5)));

        var sinar = groups["Sinar Tani"];
        var sinarMembers = await db.GroupMemberships.Where(m => m.GroupId == sinar && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync(ct);
        var sinarVisit = Visit(programId, sinar, sinarMembers, today.AddDays(-40), "Kebun aren Bapak Ujang Rusmana", "Hendra Gunawan (CDC Telkom)",
            "Sesuaikan jadwal sadap dengan musim; catat hasil nira harian.", officerId,
            (NeedKind.Production, "Panen nira Bapak Iwan belum pulih setelah gagal panen", partners["Iwan Kurniawan"]));
        db.FollowUps.Add(new FollowUp(programId, sinarVisit.Id, null, partners["Iwan Kurniawan"], sinar,
            "Tinjau hasil sadap Bapak Iwan sebelum angsuran berikutnya", FollowUpOwner.User(officerId), sinarVisit.VisitedOn, today.AddDays(14)));

        var yuyun = partners["Yuyun Yuningsih"];
        var help = new HelpRequest(programId, yuyun, NeedKind.RawMaterial,
            "Harga singkong naik dan pasokan dari petani berkurang. Perlu pemasok lain sekitar 2 kuintal per minggu.", today.AddDays(-3), null);
        db.HelpRequests.Add(help);
        db.Timeline.Add(new TimelineEvent(programId, mekar, yuyun, help.AskedOn, FivePApproach.Supporting, "help.requested",
            "Yuyun Yuningsih: pasokan singkong berkurang", nameof(HelpRequest), help.Id, At(help.AskedOn)));
    }

    private MonitoringVisit Visit(Guid programId, Guid groupId, IReadOnlyList<Guid> members, DateOnly on, string place, string visitors, string advice,
        string recordedBy, params (NeedKind Kind, string Text, Guid? PartnerId)[] findings)
    {
        var visit = new MonitoringVisit(programId, groupId, on, place, visitors, advice, recordedBy, At(on));
        foreach (var m in members)
        {
            visit.AddPartner(m, null);
        }

        foreach (var f in findings)
        {
            visit.AddFinding(f.Kind, f.Text, f.PartnerId);
        }

        db.MonitoringVisits.Add(visit);
        db.Timeline.Add(new TimelineEvent(programId, groupId, null, on, FivePApproach.Supporting, "monitoring.visited", Short($"{place}: {advice}"),
            nameof(MonitoringVisit), visit.Id, At(on)));
        return visit;
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private static DateTimeOffset At(DateOnly on) => new(on.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
}
