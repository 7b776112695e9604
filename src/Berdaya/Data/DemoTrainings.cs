using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's trainings (docs/domain.md, Coaching: trainings): Citra Sari's six years of coaching, 2006–2012, with its
/// providers, from bookkeeping to the food-safety training that some members' PIRT needs. The business administration
/// seminar was not understood; after the online-selling training none of the ten could sell online, having no device.
/// Plus a session coming up for Mekar Sari. Costs are posted to the fund's ledger as coaching grants.
/// </summary>
internal sealed class DemoTrainings(AppDbContext db, DateOnly today, string officerId)
{
    /// <summary>The food-safety extension whose certificate the members' PIRT and Halal follow (DemoLegality).</summary>
    public static readonly DateOnly FoodSafetyOn = new(2011, 6, 8);

    private readonly Dictionary<string, TrainingTopic> topics = [];
    private Guid programId;
    private Guid citraSari;

    public async Task SeedAsync(Guid program, CancellationToken ct)
    {
        programId = program;
        foreach (var d in TrainingTopic.Defaults)
        {
            var topic = new TrainingTopic(program, d.Code, d.Name, d.Need, d.Evidence, TrainingTopic.DefaultAdoptionWeeks);
            topics[d.Code] = topic;
            db.TrainingTopics.Add(topic);
        }

        db.CoachingSettings.Add(new CoachingSettings(program, CoachingSettings.DefaultThreshold));
        citraSari = await db.Groups.Where(g => g.ProgramId == program && g.Name == "Citra Sari").Select(g => g.Id).SingleAsync(ct);
        var members = await db.GroupMemberships.Where(m => m.GroupId == citraSari)
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName })
            .ToListAsync(ct);

        // In the order of the demo's list: Eti, Nining, Iis, Euis, Oom, Dedeh, Cucu, Entin, Yayah, Ujang.
        string[] order = ["Eti Rohaeti", "Nining Kurniasih", "Iis Suryani", "Euis Komariah", "Oom Rohimah", "Dedeh Sumiati", "Cucu Sukmawati",
            "Entin Supartini", "Yayah Rokayah", "Ujang Sopandi"];
        var citra = order.Select(n => members.Single(m => m.OwnerName == n).Id).ToList();
        var titin = await db.Partners.Where(p => p.ProgramId == program && p.OwnerName == "Titin Suhartini").Select(p => p.Id).SingleAsync(ct);

        var cdc = Provider(ProviderKind.Company, "CDC PT Telkom Bandung (tim pembinaan mitra)", "Kantor CDC, Jl. Japati No. 1, Bandung",
            "Pembukuan sederhana, perhitungan biaya, administrasi pinjaman");
        var motivasi = Provider(ProviderKind.Company, "Lembaga Pelatihan Insan Mandiri, Bandung", "Jl. Dago, Bandung", "Seminar motivasi wirausaha");
        var peer = Provider(ProviderKind.Partner, "Titin Suhartini (Kelompok Opak Conggeang)", "Melalui pendamping desa",
            "Kisah usaha opak dari pinjaman pertama sampai mandiri", titin);
        var inkubator = Provider(ProviderKind.University, "Pusat Inkubasi Bisnis Universitas, Bandung", "Sekretariat inkubator, kampus Bandung",
            "Administrasi usaha dan perencanaan bisnis");
        var dinasKab = Provider(ProviderKind.GovernmentOffice, "Dinas Koperasi dan UMKM Kabupaten Sumedang", "Jl. Prabu Geusan Ulun, Sumedang",
            "Pemasaran usaha kecil, pameran daerah");
        var radio = Provider(ProviderKind.RadioStation, "Radio Swara Parahyangan 98,9 FM, Bandung", "Studio siaran, Bandung",
            "Kemasan, promosi di radio, penjualan daring");
        var dinasProv = Provider(ProviderKind.GovernmentOffice, "Dinas Koperasi dan UMKM Provinsi Jawa Barat", "Jl. Soekarno-Hatta, Bandung",
            "Legalitas produk: NIB, PIRT, Halal, merek");
        var dinkes = Provider(ProviderKind.GovernmentOffice, "Dinas Kesehatan Kabupaten Sumedang", "Seksi Kesehatan Lingkungan dan Pangan",
            "Penyuluhan keamanan pangan (sertifikat PKP untuk SPP-IRT)");

        var all = Enumerable.Range(0, 10).ToArray();

        Held("bookkeeping", cdc, new DateOnly(2006, 6, 15), "Balai Desa Narimbang", DemoSeeder.Narimbang, 2_500_000m, citra, all,
            [4, 4, 5, 4, 3, 4, 4, 3, 4, 4], [4, 4, 4, 4, 3, 3, 4, 3, 4, 4], [null, null, null, "Menghitung harga pokok", null, null, null, "Menulis setiap hari", null, null],
            [true, true, true, true, false, true, true, false, true, true], AdoptionReason.NoTime);
        Held("motivation", motivasi, new DateOnly(2006, 10, 12), "Aula hotel, Kota Bandung", null, 1_500_000m, citra, [0, 1, 2, 3, 4, 6, 8, 9],
            [5, 4, 5, 4, 4, 4, 5, 4], [4, 4, 5, 4, 4, 4, 4, 4], [], [true, true, true, true, true, true, true, true], null);

        // The business administration seminar: not understood (docs/domain.md, Coaching: trainings).
        Held("business-admin", inkubator, new DateOnly(2007, 3, 20), "Ruang seminar Pusat Inkubasi Bisnis, Bandung", null, 2_000_000m, citra, all,
            [2, 2, 3, 2, 1, 3, 2, 2, 3, 2], [2, 2, 2, 2, 1, 3, 2, 1, 2, 2],
            ["Istilah administrasi sulit dipahami", "Terlalu banyak formulir", "Materi terlalu cepat", "Istilah administrasi sulit dipahami",
                "Tidak mengerti bahasa slide", null, "Contohnya usaha besar, bukan usaha rumahan", "Istilah administrasi sulit dipahami", null,
                "Tidak ada latihan langsung"],
            [true, false, true, false, false, true, false, false, true, true], AdoptionReason.NotRelevant);
        Held("motivation", peer, new DateOnly(2007, 9, 18), "Gedung Koperasi, Sumedang", null, 750_000m, citra, all,
            [5, 5, 5, 4, 5, 4, 5, 4, 5, 4], [5, 4, 5, 4, 4, 4, 5, 4, 4, 4], [], [true, true, true, true, true, true, true, true, false, true], AdoptionReason.NoTime);
        Held("marketing", dinasKab, new DateOnly(2008, 5, 14), "Aula Kecamatan Conggeang", "32.11.07.2002", 1_250_000m, citra, all,
            [4, 4, 4, 3, 4, 4, 4, 3, 4, 4], [4, 3, 4, 3, 3, 4, 4, 3, 3, 4], [], [true, true, true, false, true, true, true, false, true, false], AdoptionReason.NoMoney);
        Held("packaging", radio, new DateOnly(2009, 4, 22), "Studio Radio Swara Parahyangan, Bandung", null, 1_500_000m, citra, all,
            [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], [4, 4, 4, 3, 3, 4, 4, 3, 4, 4], [], [true, true, true, false, false, true, true, false, true, false], AdoptionReason.NoMoney);

        // Online selling: understood, but not one of ten could sell online, having no device.
        Held("online-selling", radio, new DateOnly(2010, 3, 17), "Studio Radio Swara Parahyangan, Bandung", null, 1_500_000m, citra, all,
            [4, 4, 4, 5, 4, 4, 3, 4, 4, 4], [2, 2, 2, 3, 2, 2, 2, 2, 2, 2], [], [false, false, false, false, false, false, false, false, false, false],
            AdoptionReason.NoDevice);
        Held("product-legality", dinasProv, new DateOnly(2011, 2, 23), "Gedung Dinas Koperasi dan UMKM Provinsi Jawa Barat, Bandung", null, 1_000_000m,
            citra, all, [4, 4, 4, 3, 3, 4, 3, 3, 4, 4], [4, 4, 4, 3, 3, 3, 3, 3, 3, 4], [null, null, null, null, "Biaya izin", null, null, null, null, null],
            [true, true, true, true, false, true, false, false, true, false], AdoptionReason.NoMoney);

        // Food safety (PKP): the certificate a PIRT needs, held by the six members who came.
        Held(TrainingTopic.FoodSafetyCode, dinkes, FoodSafetyOn, "Puskesmas Conggeang", "32.11.07.2002", 500_000m, citra, [0, 1, 2, 3, 4, 5],
            [4, 4, 4, 4, 3, 4], [4, 4, 4, 4, 3, 4], [], [true, true, true, true, false, true], AdoptionReason.NoMoney);
        Held("motivation", peer, new DateOnly(2012, 7, 11), "Balai Desa Narimbang", DemoSeeder.Narimbang, 500_000m, citra, all,
            [5, 5, 4, 5, 4, 5, 4, 4, 5, 5], [5, 4, 4, 4, 4, 4, 4, 4, 4, 4], [], [true, true, true, true, true, true, true, true, true, true], null);

        // Coming up: bookkeeping for Mekar Sari, three weeks from today, its members invited.
        var mekar = await db.Groups.Where(g => g.ProgramId == program && g.Name == "Mekar Sari").Select(g => new { g.Id, g.VillageCode }).SingleAsync(ct);
        var mekarMembers = await db.GroupMemberships.Where(m => m.GroupId == mekar.Id && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync(ct);
        var upcoming = new TrainingSession(program, topics["bookkeeping"].Id, cdc.Id, today.AddDays(21), "Balai Desa", mekar.VillageCode, 1_000_000m, 15,
            At(today));
        upcoming.Invite(mekarMembers);
        db.TrainingSessions.Add(upcoming);
        await db.SaveChangesAsync(ct);
    }

    private TrainingProvider Provider(ProviderKind kind, string name, string contact, string teaches, Guid? partnerId = null)
    {
        var p = new TrainingProvider(programId, kind, name, contact, teaches, partnerId);
        db.TrainingProviders.Add(p);
        return p;
    }

    /// <summary>A held session: invited members, those present (by index), their answers, and the adoption check the topic's weeks later.</summary>
    private void Held(string topicCode, TrainingProvider provider, DateOnly on, string place, string? village, decimal cost, List<Guid> members,
        int[] present, int[] understood, int[] canApply, string?[] hard, bool[] used, AdoptionReason? reason)
    {
        var topic = topics[topicCode];
        var session = new TrainingSession(programId, topic.Id, provider.Id, on, place, village, cost, 30, At(on));
        session.Invite(members);
        var came = present.Select(i => members[i]).ToList();
        session.RecordAttendance(came, today);
        var entry = JournalEntry.ForFundMovement(programId, on, EntryKind.CoachingGrant, cost,
            $"Pelatihan {topic.Name}, {place} (sesi {session.Id.ToString("N")[..8]})", officerId, At(on));
        db.JournalEntries.Add(entry);
        session.CostPosted(entry.Id);
        var errors = new List<DomainException>();
        for (var k = 0; k < came.Count; k++)
        {
            var participant = session.Participant(came[k])!;
            participant.RecordFeedback(understood[k], canApply[k], k < hard.Length ? hard[k] : null, on);
            participant.RecordAdoption(used[k], used[k] ? null : reason, null, session.AdoptionDue(topic.AdoptionWeeks), errors);
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        db.TrainingSessions.Add(session);
        db.Timeline.Add(new TimelineEvent(programId, citraSari, null, on, FivePApproach.Empowering, "training.held",
            $"{topic.Name}: {place} ({came.Count} hadir)", nameof(TrainingSession), session.Id, At(on)));
    }

    private static DateTimeOffset At(DateOnly d) => new(d.Year, d.Month, d.Day, 3, 0, 0, TimeSpan.Zero);
}
