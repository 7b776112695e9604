using System.Globalization;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Socialization;
using Berdaya.Domain.Timeline;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Data;

/// <summary>
/// The demo: PT Telkom CDC's partnership program and the emping-melinjo group Citra Sari of Desa
/// Narimbang, Kecamatan Conggeang, Kabupaten Sumedang, from the socialization of November 2005 to
/// the decisions of January 2006 (docs/domain.md, The program and its stages). Names are invented.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, IServiceProvider services)
{
    public const string Password = "Demo#2026";
    public const string Narimbang = "32.11.07.2011";
    public const string ConggeangWetan = "32.11.07.2002";
    public const string ConggeangDistrict = "32.11.07";

    private static readonly DateTimeOffset Now = new(2006, 1, 31, 3, 0, 0, TimeSpan.Zero);

    public async Task SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Programs.AnyAsync(ct))
        {
            return;
        }

        var program = new PartnershipProgram("TELKOM-CDC", "Program Kemitraan PT Telkom", "PT Telekomunikasi Indonesia (Persero) Tbk",
            "Community Development Center (CDC) Bandung", EligibilityRegime.Regime2007, 5, 20, 10_000_000m, "32");
        db.Programs.Add(program);

        var admin = await User("admin@demo.berdaya.id", "Admin Berdaya", Roles.Administrator, null);
        var officer = await User("officer@demo.berdaya.id", "Hendra Gunawan (CDC)", Roles.ProgramOfficer, null);
        var facilitator = await User("facilitator@demo.berdaya.id", "Asep Saepudin (Pendamping Desa)", Roles.Facilitator, null);
        var evaluator = await User("evaluator@demo.berdaya.id", "Dr. Rina Kartika (Pusat Inkubasi Universitas)", Roles.Evaluator, null);
        var viewer = await User("viewer@demo.berdaya.id", "Manajemen CDC", Roles.Viewer, null);
        await db.SaveChangesAsync(ct);
        foreach (var u in new[] { officer, facilitator, evaluator, viewer })
        {
            db.UserPrograms.Add(new UserProgram { UserId = u.Id, ProgramId = program.Id });
        }

        var conggeangVillages = await db.Regions.Where(r => r.ParentCode == ConggeangDistrict).Select(r => r.Code).ToListAsync(ct);
        foreach (var v in conggeangVillages)
        {
            db.UserVillages.Add(new UserVillage { UserId = facilitator.Id, VillageCode = v });
        }

        // Citra Sari: 10 members making emping melinjo in Desa Narimbang.
        var citra = new (string Name, bool Female, DateOnly Birth, string Business, string Products, int StartedYear, decimal Assets, decimal Sales, int Employees, GroupRole Role, decimal Requested, decimal Recommended, decimal Approved)[]
        {
            ("Eti Rohaeti", true, new DateOnly(1968, 4, 12), "Emping Citra Rasa", "Emping melinjo original dan balado, ukuran kecil", 1995, 6_500_000m, 36_000_000m, 2, GroupRole.Chair, 5_000_000m, 5_000_000m, 5_000_000m),
            ("Nining Kurniasih", true, new DateOnly(1975, 9, 3), "Emping Nining", "Emping melinjo keju, ukuran sedang", 1999, 4_000_000m, 24_000_000m, 1, GroupRole.Secretary, 4_000_000m, 4_000_000m, 4_000_000m),
            ("Iis Suryani", true, new DateOnly(1972, 1, 25), "Emping Sari Melinjo", "Emping melinjo manis pedas, ukuran besar", 1997, 5_000_000m, 30_000_000m, 2, GroupRole.Treasurer, 5_000_000m, 4_500_000m, 4_500_000m),
            ("Euis Komariah", true, new DateOnly(1970, 6, 30), "Emping Euis", "Emping setengah jadi (mentah)", 1994, 3_000_000m, 18_000_000m, 1, GroupRole.Member, 3_000_000m, 3_000_000m, 3_000_000m),
            ("Oom Rohimah", true, new DateOnly(1965, 11, 8), "Emping Oom", "Emping melinjo original siap saji", 1990, 3_500_000m, 20_000_000m, 1, GroupRole.Member, 3_500_000m, 3_000_000m, 3_000_000m),
            ("Dedeh Sumiati", true, new DateOnly(1978, 2, 14), "Emping Dedeh", "Emping balado, ukuran kecil", 2001, 2_500_000m, 15_000_000m, 0, GroupRole.Member, 3_000_000m, 2_500_000m, 2_500_000m),
            ("Cucu Sukmawati", true, new DateOnly(1974, 8, 19), "Emping Cucu", "Emping keju dan original", 1998, 4_500_000m, 26_000_000m, 1, GroupRole.Member, 4_000_000m, 4_000_000m, 3_500_000m),
            ("Entin Supartini", true, new DateOnly(1969, 12, 1), "Emping Entin", "Emping setengah jadi untuk pengepul", 1993, 2_000_000m, 12_000_000m, 0, GroupRole.Member, 2_500_000m, 2_000_000m, 2_000_000m),
            ("Yayah Rokayah", true, new DateOnly(1980, 5, 22), "Emping Yayah", "Emping manis pedas ukuran sedang", 2003, 1_500_000m, 9_000_000m, 0, GroupRole.Member, 2_000_000m, 2_000_000m, 2_000_000m),
            ("Ujang Sopandi", false, new DateOnly(1971, 3, 9), "Emping Mang Ujang", "Emping melinjo original, tester di Nagreg", 1996, 3_000_000m, 21_000_000m, 1, GroupRole.Member, 3_500_000m, 3_000_000m, 3_000_000m),
        };

        var partners = new List<Partner>();
        var serial = 1;
        foreach (var m in citra)
        {
            var p = NewPartner(program.Id, m.Name, m.Female, m.Birth, serial++, Narimbang, "Dusun Sukamaju, Desa Narimbang", m.Business, m.Products,
                new DateOnly(m.StartedYear, 3, 1), m.Assets, m.Sales, m.Employees);
            p.Activate();
            partners.Add(p);
        }

        db.Partners.AddRange(partners);

        // Late November 2005: socialization at the chair's house, arranged by the village facilitator.
        var socialization = new SocializationEvent(program.Id, new DateOnly(2005, 11, 26), Narimbang, "Rumah Ibu Eti Rohaeti, Dusun Sukamaju",
            facilitator.Id, "Tim CDC Telkom: Hendra Gunawan, Yudi Permana",
            "Manfaat program kemitraan: jasa administrasi hanya 6% per tahun, pelatihan, pameran; syarat dan cara mengajukan pinjaman kelompok");
        foreach (var p in partners)
        {
            socialization.AddAttendee(p.OwnerName, p.Phone, Narimbang, true, p.Id);
        }

        socialization.AddAttendee("Imas Masitoh", null, Narimbang, false, null);
        socialization.AddAttendee("Wawan Setiawan", "081320004455", Narimbang, false, null);
        socialization.AddAttendee("Neneng Hasanah", "085220007788", Narimbang, true, null);
        db.Socializations.Add(socialization);
        Timeline(program.Id, null, null, socialization.HeldOn, "socialization.held", "Sosialisasi program kemitraan di rumah Ibu Eti Rohaeti, Desa Narimbang (13 hadir)", socialization);

        // December 2005: the community forms Citra Sari ("a good beginning").
        var group = new PartnerGroup(program.Id, "Citra Sari", new DateOnly(2005, 12, 10), Narimbang, facilitator.Id);
        group.SetMembers(partners.Select((p, i) => (p.Id, citra[i].Role)).ToList(), program.MinGroupSize, program.MaxGroupSize, group.FormedOn);
        db.Groups.Add(group);
        Timeline(program.Id, group.Id, null, group.FormedOn, "group.formed", "Kelompok Citra Sari dibentuk: 10 anggota (ketua, sekretaris, bendahara, 7 anggota)", group);

        // The secretary and treasurer, with the facilitator, carry the proposal to the CDC in Bandung.
        var proposal = new Proposal(program.Id, group.Id, "Tambahan modal bahan baku melinjo dan kemasan plastik 0,10 untuk pasar swalayan; pembagian varian rasa antaranggota.",
            facilitator.Id, At(2005, 12, 14));
        var purposes = new[] { "Bahan baku melinjo", "Kemasan dan label", "Alat pemipih dan wajan" };
        proposal.SetRequests(proposal.BusinessPlan, partners.Select((p, i) => (p.Id, citra[i].Requested, purposes[i % purposes.Length])).ToList(),
            partners.Select(p => p.Id).ToHashSet());
        Timeline(program.Id, group.Id, null, new DateOnly(2005, 12, 14), "proposal.created", "Proposal pinjaman modal usaha disusun bersama pendamping", proposal);
        proposal.Submit(facilitator.Id, At(2005, 12, 20));
        Timeline(program.Id, group.Id, null, new DateOnly(2005, 12, 20), "proposal.submitted", "Proposal diantar sekretaris dan bendahara ke CDC Bandung: Rp 35.500.000 untuk 10 anggota", proposal);

        var aspects = program.SurveyAspects.Select(a => a.Code).ToList();
        for (var i = 0; i < partners.Count; i++)
        {
            var m = citra[i];
            var scores = new Dictionary<string, int>
            {
                ["character"] = i == 5 ? 3 : 4,
                ["capacity"] = m.Employees > 0 ? 4 : 3,
                ["capital"] = m.Assets >= 4_000_000m ? 4 : 3,
                ["condition"] = 4,
                ["collateral"] = i % 3 == 0 ? 3 : 2,
            };
            var day = new DateOnly(2006, 1, 9 + i);
            var survey = proposal.RecordSurvey(partners[i].Id, day, officer.Id, scores, aspects,
                "Tempat produksi di rumah, penjemuran di halaman; wawancara langsung dengan pemilik.", m.Recommended, officer.Id, At(2006, 1, 9 + i), partners[i].Figures());
            Timeline(program.Id, group.Id, partners[i].Id, day, "survey.recorded", $"Survei dan wawancara {m.Name}: rekomendasi Rp {m.Recommended.ToString("#,0", CultureInfo.GetCultureInfo("id-ID"))}", survey);
        }

        for (var i = 0; i < partners.Count; i++)
        {
            proposal.Decide(partners[i].Id, true, citra[i].Approved, null, program.MaxLoanPerPartner, officer.Id, At(2006, 1, 27));
        }

        Timeline(program.Id, group.Id, null, new DateOnly(2006, 1, 27), "proposal.decided",
            $"Keputusan CDC: 10 anggota disetujui, total Rp {citra.Sum(c => c.Approved).ToString("#,0", CultureInfo.GetCultureInfo("id-ID"))}", proposal);
        db.Proposals.Add(proposal);

        // Opak group of Desa Conggeang Wetan: an earlier group whose members are independent now.
        var opakNames = new (string Name, bool Female, DateOnly Birth, GroupRole Role)[]
        {
            ("Titin Suhartini", true, new DateOnly(1966, 7, 4), GroupRole.Chair),
            ("Asih Sunarsih", true, new DateOnly(1970, 10, 17), GroupRole.Secretary),
            ("Dadang Kusnadi", false, new DateOnly(1964, 2, 28), GroupRole.Treasurer),
            ("Lilis Suryati", true, new DateOnly(1973, 9, 9), GroupRole.Member),
            ("Enok Rukmini", true, new DateOnly(1968, 1, 15), GroupRole.Member),
        };
        var opakPartners = new List<Partner>();
        foreach (var o in opakNames)
        {
            var p = NewPartner(program.Id, o.Name, o.Female, o.Birth, serial++, ConggeangWetan, "Desa Conggeang Wetan", $"Opak {o.Name.Split(' ')[0]}",
                "Opak ketan bakar dan goreng", new DateOnly(1992, 6, 1), 15_000_000m, 90_000_000m, 3);
            p.MarkIndependent();
            opakPartners.Add(p);
        }

        db.Partners.AddRange(opakPartners);
        var opak = new PartnerGroup(program.Id, "Opak Conggeang", new DateOnly(2003, 3, 15), ConggeangWetan, facilitator.Id);
        opak.SetMembers(opakPartners.Select((p, i) => (p.Id, opakNames[i].Role)).ToList(), program.MinGroupSize, program.MaxGroupSize, opak.FormedOn);
        db.Groups.Add(opak);
        Timeline(program.Id, opak.Id, null, opak.FormedOn, "group.formed", "Kelompok Opak Conggeang dibentuk", opak);
        Timeline(program.Id, opak.Id, null, new DateOnly(2005, 11, 20), "group.independent", "Seluruh anggota kelompok Opak telah mandiri dan melunasi pinjaman", opak);

        await db.SaveChangesAsync(ct);

        var chair = partners[0];
        var treasurer = partners[2];
        await User("ketua.citrasari@demo.berdaya.id", chair.OwnerName, Roles.Partner, chair.Id);
        await User("bendahara.citrasari@demo.berdaya.id", treasurer.OwnerName, Roles.Partner, treasurer.Id);
        await db.SaveChangesAsync(ct);

        // The daily close, when the app has one, closes the month ends as the lending history is written.
        var monthEnds = typeof(IDemoMonthEnd).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IDemoMonthEnd)))
            .Select(t => (IDemoMonthEnd)ActivatorUtilities.CreateInstance(services, t)).FirstOrDefault();
        var lending = new DemoLending(db, clock.Today(), officer.Id, monthEnds);
        lending.Products(program);
        await lending.CitraSariAsync(program, group, proposal, partners, ct);
        var mekarTreasurer = await lending.PresentDayAsync(program,
            (name, female, birth, village, business) =>
            {
                var p = NewPartner(program.Id, name, female, birth, serial++, village, $"Desa {village}", $"{business} {name.Split(' ')[0]}", business,
                    new DateOnly(2015, 1, 1), 8_000_000m, 60_000_000m, 1,
                    business.StartsWith("Gula", StringComparison.Ordinal) ? "Pangan olahan (gula aren)" : $"Makanan ringan ({business.ToLowerInvariant()})");
                p.Activate();
                db.Partners.Add(p);
                return p;
            },
            (name, village, members) =>
            {
                var g = new PartnerGroup(program.Id, name, clock.Today().AddMonths(-32), village, facilitator.Id);
                GroupRole[] roles = [GroupRole.Chair, GroupRole.Treasurer, GroupRole.Secretary];
                g.SetMembers(members.Select((m, i) => (m.Id, i < roles.Length ? roles[i] : GroupRole.Member)).ToList(), program.MinGroupSize, program.MaxGroupSize,
                    g.FormedOn);
                db.Groups.Add(g);
                return g;
            }, ct);
        await db.SaveChangesAsync(ct);
        await User("bendahara.mekarsari@demo.berdaya.id", mekarTreasurer.OwnerName, Roles.Partner, mekarTreasurer.Id);
        await db.SaveChangesAsync(ct);
        new DemoLegality(db, clock.Today(), clock.GetUtcNow(), officer.Id).CitraSari(program, group, partners);
        await db.SaveChangesAsync(ct);
        await new DemoCashBook(db, clock.Today()).SeedAsync(ct);
        await new DemoRewards(db).SeedAsync(ct);
        await new DemoTrainings(db, clock.Today(), officer.Id).SeedAsync(program.Id, ct);
        await new DemoMonitoring(db, clock.Today()).SeedAsync(program.Id, officer.Id, facilitator.Id, ct);
        await new DemoFostering(db, clock.Today()).SeedAsync(program.Id, facilitator.Id, ct);
        await new DemoQuestionnaires(db, clock.Today()).SeedAsync(program.Id, officer.Id, facilitator.Id, facilitator.DisplayName, ct);
        await new DemoMarketsGroup(db).SeedAsync(ct);
        await new DemoMarketsExhibitions(db, clock.Today()).SeedAsync(ct);
        await new DemoMarketsChannels(db, clock.Today(), clock.GetUtcNow(), officer.Id).SeedAsync(program.Id, ct);
        await new DemoMarketsPlacements(db, clock.Today()).SeedAsync(program.Id, ct);
        await new DemoEvaluations(db, clock.Today()).SeedAsync(program.Id, evaluator.DisplayName, officer.DisplayName, ct);
        await new DemoGraduation(db, clock.Today()).SeedAsync(program.Id, facilitator.DisplayName, officer.DisplayName, ct);
        await new DemoMeetAndGreet(db, clock.Today()).SeedAsync(program.Id, facilitator.DisplayName, officer.DisplayName, officer.Id, ct);
        foreach (var step in typeof(IDemoStep).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IDemoStep)))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            await ((IDemoStep)ActivatorUtilities.CreateInstance(services, step)).SeedAsync(program.Id, ct);
        }
        _ = admin;
    }

    /// <summary>Builds a valid NIK: district 32.11.07 (Conggeang), birth date (+40 for women), serial.</summary>
    public static string NikFor(string districtDigits, DateOnly birth, bool female, int serial) =>
        string.Create(CultureInfo.InvariantCulture, $"{districtDigits}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{serial:0000}");

    private static Partner NewPartner(Guid programId, string name, bool female, DateOnly birth, int serial, string village, string address,
        string business, string products, DateOnly started, decimal assets, decimal sales, int employees, string sector = "Makanan ringan (emping/opak)")
    {
        var nik = Nik.Parse(NikFor("321107", birth, female, serial), new DateOnly(2006, 1, 1));
        var phone = $"0813{2100_0000 + (serial * 7919):00000000}";
        return new Partner(programId,
            new PartnerOwner(name, nik, nik.Sex, nik.BirthDate, phone, village, address),
            new PartnerBusiness(business, sector, products, started, assets, sales, employees, false),
            Now);
    }

    private void Timeline(Guid programId, Guid? groupId, Guid? partnerId, DateOnly on, string kind, string summary, object subject)
    {
        var id = subject switch
        {
            SocializationEvent s => s.Id,
            PartnerGroup g => g.Id,
            Proposal p => p.Id,
            Domain.Surveys.MemberSurvey m => m.Id,
            _ => (Guid?)null,
        };
        db.Timeline.Add(new TimelineEvent(programId, groupId, partnerId, on, FivePApproach.Enabling, kind, summary, subject.GetType().Name, id, Now));
    }

    private static DateTimeOffset At(int y, int m, int d) => new(y, m, d, 3, 0, 0, TimeSpan.Zero);

    private async Task<AppUser> User(string email, string name, string role, Guid? partnerId)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, PartnerId = partnerId, CreatedAt = Now };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }
}
