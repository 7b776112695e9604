using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// The Meet and Greet directory of one program of N partners (docs/domain.md, Meet and Greet; decision 0032): partners in groups
/// of 10 in the villages of West, Central and East Java, with sectors and products as the program's businesses name them (emping,
/// opak, keripik, kerupuk, dodol, batik, tahu, tempe, anyaman, and a tail of rarer ones). About 60% gave their consent
/// (one in five for buyers too) and are listed with the fields they chose, 8% refused, 2% gave it and withdrew it later (not
/// listed), the rest never decided. Four in ten have a recorded location, near their village, which their entry copies. An
/// officer of the program and 20 located, listed partners (users with a password) read it for the benchmark.
/// </summary>
public static class DirectoryGenerator
{
    public const string ProgramCode = "BENCH-DIR";
    public const string Password = "Bench#2026";
    public const string OfficerEmail = "bench.petugas.dir@berdaya.id";
    public const int PartnerUsers = 20;
    private const int Chunk = 20_000;

    public static string PartnerEmail(int i) => $"bench.mitra.dir.{i:00}@berdaya.id";

    public static async Task RunAsync(Options o)
    {
        var watch = Stopwatch.StartNew();
        await LoanGenerator.PrepareDatabaseAsync(o);
        var today = TimeProvider.System.Today();
        Guid program;
        List<string> villages;
        Dictionary<Type, Table> tables;
        string officerId;
        await using (var app = o.App())
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await LoanGenerator.AdminAsync(scope.ServiceProvider);
            var p = new PartnershipProgram(ProgramCode, "Program Kemitraan Bench Direktori", "BUMN Bench", "Unit TJSL", EligibilityRegime.Regime2015, 5, 20,
                50_000_000m, "32");
            db.Programs.Add(p);
            await db.SaveChangesAsync();
            program = p.Id;
            villages = await db.Regions.Where(r => r.Level == RegionLevel.Village && (r.Code.StartsWith("32.") || r.Code.StartsWith("33.") || r.Code.StartsWith("35.")))
                .OrderBy(r => r.Code).Select(r => r.Code).ToListAsync();
            officerId = await UserAsync(scope.ServiceProvider, OfficerEmail, "Petugas Bench Direktori", Roles.ProgramOfficer, null);
            db.UserPrograms.Add(new UserProgram { UserId = officerId, ProgramId = program });
            await db.SaveChangesAsync();
            tables = new[]
                {
                    typeof(Partner), typeof(PartnerGroup), typeof(GroupMembership), typeof(PartnerLocation), typeof(DirectoryConsent), typeof(DirectoryEntry),
                    typeof(DirectoryWord),
                }
                .ToDictionary(t => t, t => Table.Of(db, t));
        }

        var places = new Geography(villages, o.Seed);
        Console.WriteLine($"database ready in {watch.Elapsed.TotalSeconds:F1} s: program {ProgramCode}, {villages.Count} villages");
        var rng = new Random(o.Seed);
        var stats = new Dictionary<string, long>();
        var readers = new List<Guid>();
        await using (var writer = await BulkWriter.OpenAsync(o))
        {
            await writer.SuspendIndexesAsync(tables.Values);
            for (var start = 0; start < o.Partners; start += Chunk)
            {
                var rows = tables.Values.ToDictionary(x => x, _ => new List<object?[]>());
                var count = Math.Min(Chunk, o.Partners - start);
                for (var g = 0; g < count; g += 10)
                {
                    Group(start + g, Math.Min(10, count - g), rows);
                }

                var made = watch.Elapsed;
                foreach (var (table, list) in rows)
                {
                    await writer.WriteAsync(table, list);
                }

                Console.WriteLine($"{start + count} partners, {stats.GetValueOrDefault("listed")} listed, {stats.GetValueOrDefault("words")} words " +
                                  $"({watch.Elapsed.TotalSeconds:F0} s, of which writing {(watch.Elapsed - made).TotalSeconds:F1} s)");
            }

            Console.WriteLine($"restoring indexes ({watch.Elapsed.TotalSeconds:F0} s)");
            await writer.RestoreIndexesAsync();
            Console.WriteLine($"analysing ({watch.Elapsed.TotalSeconds:F0} s)");
            await writer.FinishAsync();
        }

        // The readers who search from where they are: listed partners with a location, one in each of the first groups.
        await using (var app = o.App())
        {
            using var scope = app.Services.CreateScope();
            for (var i = 0; i < readers.Count; i++)
            {
                await UserAsync(scope.ServiceProvider, PartnerEmail(i), "Mitra Bench Direktori " + i.ToString("00", CultureInfo.InvariantCulture), Roles.Partner, readers[i]);
            }
        }

        Console.WriteLine(string.Join(", ", stats.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")));
        Console.WriteLine($"generated {o.Partners} partners in {watch.Elapsed.TotalSeconds:F1} s; officer {OfficerEmail}, partner users {PartnerEmail(0)}…{PartnerEmail(readers.Count - 1)} " +
                          $"(password {Password})");

        void Group(int first, int size, Dictionary<Table, List<object?[]>> rows)
        {
            var now = DateTimeOffset.UtcNow;
            var village = villages[rng.Next(villages.Count)];
            var formed = today.AddDays(-400 - rng.Next(3000));
            var groupId = Guid.CreateVersion7();
            Add(rows, typeof(PartnerGroup), tables[typeof(PartnerGroup)].Row(new Dictionary<string, object?>
            {
                ["Id"] = groupId,
                ["ProgramId"] = program,
                ["Name"] = "Kelompok Direktori " + (first / 10 + 1).ToString(CultureInfo.InvariantCulture),
                ["FormedOn"] = formed,
                ["VillageCode"] = village,
                ["Status"] = GroupStatus.Active,
                ["Version"] = Guid.NewGuid(),
            }));

            // A group mostly makes the same thing (the members of an emping group are emping makers).
            var trade = Trades.Pick(rng);
            for (var k = 0; k < size; k++)
            {
                var i = first + k;
                var female = rng.Next(3) > 0;
                var birth = new DateOnly(1960, 1, 1).AddDays(i / 9000);
                var nik = Nik.Parse(string.Create(CultureInfo.InvariantCulture,
                    $"{village[..8].Replace(".", "", StringComparison.Ordinal)}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{i % 9000 + 1:0000}"), today);
                var own = rng.Next(10) < 7 ? trade : Trades.Pick(rng);
                var name = Names.Person(rng, female);
                var products = own.Products(rng);
                var partner = new Partner(program,
                    new PartnerOwner(name, nik, nik.Sex, nik.BirthDate, "08" + (1_200_000_000L + i).ToString(CultureInfo.InvariantCulture), village, null),
                    new PartnerBusiness(own.BusinessName(rng, name), own.Sector, products, formed.AddDays(-rng.Next(3000)), 10_000_000m + rng.Next(200) * 500_000m,
                        60_000_000m + rng.Next(200) * 2_000_000m, 1 + rng.Next(6), false),
                    now);
                partner.Activate();
                Add(rows, typeof(Partner), tables[typeof(Partner)].Row(partner));
                Add(rows, typeof(GroupMembership), tables[typeof(GroupMembership)].Row(new Dictionary<string, object?>
                {
                    ["Id"] = Guid.CreateVersion7(),
                    ["GroupId"] = groupId,
                    ["PartnerId"] = partner.Id,
                    ["ActivePartnerId"] = partner.Id,
                    ["Role"] = k switch { 0 => GroupRole.Chair, 1 => GroupRole.Secretary, 2 => GroupRole.Treasurer, _ => GroupRole.Member },
                    ["JoinedOn"] = formed,
                }));

                (double, double)? location = null;
                if (rng.Next(10) < 4)
                {
                    location = places.Near(village, rng);
                    var l = new PartnerLocation(partner.Id, location.Value.Item1, location.Value.Item2, today.AddDays(-rng.Next(700)), null, officerId);
                    Add(rows, typeof(PartnerLocation), tables[typeof(PartnerLocation)].Row(l));
                    stats["located"] = stats.GetValueOrDefault("located") + 1;
                }

                var decision = rng.Next(100);
                if (decision >= 70)
                {
                    continue;
                }

                var on = today.AddDays(-rng.Next(1, 200));
                if (decision >= 60)
                {
                    // Refused (8%), or given and later withdrawn (2%): a decision on record, nothing listed.
                    var refused = decision < 68;
                    if (!refused)
                    {
                        Consent(rows, partner, ConsentDecision.Given, DirectoryPurpose.Partners, DirectoryField.Business, on.AddDays(-rng.Next(1, 160)), "Paper");
                    }

                    Consent(rows, partner, refused ? ConsentDecision.Refused : ConsentDecision.Withdrawn, DirectoryPurpose.None, DirectoryField.None, on, null);
                    stats[refused ? "refused" : "withdrawn"] = stats.GetValueOrDefault(refused ? "refused" : "withdrawn") + 1;
                    continue;
                }

                var purposes = rng.Next(5) == 0 ? DirectoryPurpose.Partners | DirectoryPurpose.Buyers : DirectoryPurpose.Partners;
                var fields = DirectoryField.Business | (rng.Next(10) < 9 ? DirectoryField.Products : 0) | (rng.Next(10) < 7 ? DirectoryField.Village : 0) |
                             (rng.Next(2) == 0 ? DirectoryField.Contact : 0);
                var consent = Consent(rows, partner, ConsentDecision.Given, purposes, fields, on, null);
                var entry = DirectoryEntry.Of(consent, partner, location, null);
                Add(rows, typeof(DirectoryEntry), tables[typeof(DirectoryEntry)].Row(entry));
                foreach (var w in entry.Words)
                {
                    Add(rows, typeof(DirectoryWord), tables[typeof(DirectoryWord)].Row(w));
                }

                stats["listed"] = stats.GetValueOrDefault("listed") + 1;
                stats["words"] = stats.GetValueOrDefault("words") + entry.Words.Count;
                if (location is not null && readers.Count < PartnerUsers && k == 0)
                {
                    readers.Add(partner.Id);
                }
            }
        }

        DirectoryConsent Consent(Dictionary<Table, List<object?[]>> rows, Partner partner, ConsentDecision decision, DirectoryPurpose purposes, DirectoryField fields,
            DateOnly on, string? paper)
        {
            var c = DirectoryConsent.Make(program, partner.Id, decision, purposes, fields, paper is null ? ConsentWay.InPerson : ConsentWay.Paper, on, null, false, today,
                "Pendamping Bench", new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
            Add(rows, typeof(DirectoryConsent), tables[typeof(DirectoryConsent)].Row(c));
            return c;
        }

        void Add(Dictionary<Table, List<object?[]>> rows, Type type, object?[] row) => rows[tables[type]].Add(row);
    }

    private static async Task<string> UserAsync(IServiceProvider services, string email, string name, string role, Guid? partnerId)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = name,
            EmailConfirmed = true,
            PartnerId = partnerId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    /// <summary>
    /// Places for the villages (the region list has no coordinates): each regency gets a centre inside its province's part of
    /// Java, each district a centre within about 15 km of it, each village within about 4 km of its district's; a partner lives
    /// within about 1.5 km of their village's.
    /// </summary>
    private sealed class Geography
    {
        private readonly Dictionary<string, (double Lat, double Lon)> _villages = [];

        public Geography(IReadOnlyList<string> villages, int seed)
        {
            var rng = new Random(seed + 1);
            var centres = new Dictionary<string, (double Lat, double Lon)>();
            (double West, double East) Band(string province) => province switch
            {
                "32" => (106.4, 108.8),
                "33" => (108.8, 111.7),
                _ => (111.2, 114.4),
            };

            (double Lat, double Lon) Centre(string code, (double Lat, double Lon) around, double spread) =>
                centres.TryGetValue(code, out var c) ? c : centres[code] = (around.Lat + ((rng.NextDouble() - 0.5) * 2 * spread), around.Lon + ((rng.NextDouble() - 0.5) * 2 * spread));

            foreach (var v in villages)
            {
                var (west, east) = Band(v[..2]);
                var regency = centres.TryGetValue(v[..5], out var r) ? r : centres[v[..5]] = (-6.3 - (rng.NextDouble() * 1.7), west + (rng.NextDouble() * (east - west)));
                var district = Centre(v[..8], regency, 0.14);
                _villages[v] = (district.Lat + ((rng.NextDouble() - 0.5) * 0.07), district.Lon + ((rng.NextDouble() - 0.5) * 0.07));
            }
        }

        public (double, double) Near(string village, Random rng)
        {
            var (lat, lon) = _villages[village];
            return (Math.Round(lat + ((rng.NextDouble() - 0.5) * 0.027), 6), Math.Round(lon + ((rng.NextDouble() - 0.5) * 0.027), 6));
        }
    }

    private static class Names
    {
        private static readonly string[] Women =
        [
            "Siti", "Euis", "Eti", "Titin", "Iis", "Nining", "Asih", "Entin", "Dedeh", "Neneng", "Yayah", "Enung", "Cucu", "Imas", "Tati", "Lilis", "Elis", "Ani",
            "Sri", "Wahyuni", "Endang", "Sumarni", "Suparmi", "Lestari", "Rini", "Dwi", "Yuliani", "Nur", "Umi", "Fitri", "Dewi", "Ratna", "Kartini", "Rohmah",
            "Aminah", "Khotimah", "Maryam", "Jubaedah", "Komariah", "Rukmini", "Sukaesih", "Warsini", "Tumini", "Painem", "Ngatinah", "Suwarni", "Mulyani",
        ];

        private static readonly string[] Men =
        [
            "Dadang", "Asep", "Ujang", "Cecep", "Dede", "Endang", "Agus", "Budi", "Slamet", "Joko", "Bambang", "Sutrisno", "Wahyu", "Eko", "Hadi", "Rudi",
            "Yusuf", "Ahmad", "Muhammad", "Abdul", "Iwan", "Dodi", "Nana", "Odang", "Karsa", "Sarmadi", "Paiman", "Suyono", "Supardi", "Mulyadi", "Imam",
        ];

        private static readonly string[] Family =
        [
            "Supartini", "Rohaeti", "Suhartini", "Komariah", "Suryani", "Kurniasih", "Sunarsih", "Kusnadi", "Hidayat", "Rahmat", "Saputra", "Setiawan",
            "Wijaya", "Santoso", "Susanti", "Handayani", "Purnamasari", "Rahayu", "Nurhayati", "Wulandari", "Kusumawati", "Pratama", "Hermawan", "Gunawan",
            "Suherman", "Sudrajat", "Permana", "Ruhiyat", "Sobari", "Hasanah", "Maesaroh", "Fauziah", "Sulastri", "Prihatin", "Wahyudi", "Haryanto",
            "Purwanto", "Sugiarto", "Rochmah", "Ma'ruf", "Mustofa", "Hamidah", "Zubaidah", "Aisyah", "Kholifah", "Sutarmi", "Wartini", "Ningsih",
        ];

        public static string Person(Random rng, bool female) =>
            (female ? Women[rng.Next(Women.Length)] : Men[rng.Next(Men.Length)]) + (rng.Next(8) == 0 ? "" : " " + Family[rng.Next(Family.Length)]);

        public static string Brand(Random rng) => Brands[rng.Next(Brands.Length)];

        private static readonly string[] Brands =
        [
            "Sari Rasa", "Citra Sari", "Mekar Sari", "Barokah", "Berkah", "Mandiri", "Sederhana", "Lestari", "Jaya", "Makmur", "Tampomas", "Sumber Rezeki",
            "Putri", "Ibu", "Mulya", "Sejahtera", "Bunda", "Asli", "Sekar", "Wangi", "Rahayu", "Arjuna", "Cahaya", "Kencana",
        ];
    }

    private sealed record Trade(string Sector, string Label, string[] Items, int Weight)
    {
        public string Products(Random rng)
        {
            var n = 1 + rng.Next(Math.Min(3, Items.Length));
            var picked = Enumerable.Range(0, n).Select(_ => Items[rng.Next(Items.Length)]).Distinct().ToList();

            // A tail of rarer products: one partner in twenty makes something few others do.
            if (rng.Next(20) == 0)
            {
                picked.Add(Rare[rng.Next(Rare.Length)]);
            }

            return string.Join(", ", picked);
        }

        public string BusinessName(Random rng, string owner) => rng.Next(3) switch
        {
            0 => $"{Label} {Names.Brand(rng)}",
            1 => $"{Label} Bu {owner.Split(' ')[0]}",
            _ => $"{Names.Brand(rng)} {Label}",
        };

        public static readonly string[] Rare =
        [
            "wingko", "tiwul", "geplak", "jenang", "getuk lindri", "carang gesing", "gula aren", "gula semut", "kopi luwak", "lanting", "sale pisang",
            "rengginang ketan hitam", "tape ketan", "bakpia", "kembang goyang", "manisan pala", "batik gedog", "tenun ikat", "gerabah", "wayang golek",
        ];
    }

    private static class Trades
    {
        private static readonly Trade[] All =
        [
            new("Makanan ringan", "Keripik", ["keripik singkong", "keripik pisang", "keripik tempe", "keripik balado", "keripik talas"], 16),
            new("Makanan ringan", "Kerupuk", ["kerupuk udang", "kerupuk kulit", "kerupuk aci", "kerupuk bawang", "rengginang"], 10),
            new("Makanan ringan", "Opak", ["opak singkong", "opak ketan", "rengginang", "kue bawang"], 5),
            new("Olahan melinjo", "Emping", ["emping melinjo", "emping balado", "emping manis"], 8),
            new("Makanan olahan", "Dodol", ["dodol garut", "dodol nanas", "wajik", "jenang"], 5),
            new("Olahan kedelai", "Tahu", ["tahu sumedang", "tahu putih", "tahu goreng"], 6),
            new("Olahan kedelai", "Tempe", ["tempe", "tempe mendoan", "keripik tempe"], 6),
            new("Kerajinan anyaman", "Anyaman", ["anyaman bambu", "anyaman pandan", "tikar mendong", "besek", "tas rotan"], 7),
            new("Batik dan tenun", "Batik", ["batik tulis", "batik cap", "kain batik", "kemeja batik"], 6),
            new("Jahit dan konveksi", "Konveksi", ["seragam sekolah", "mukena", "kerudung", "kaos sablon"], 7),
            new("Warung makan", "Warung", ["nasi uduk", "lontong sayur", "pecel", "soto ayam", "gorengan"], 10),
            new("Peternakan", "Ternak", ["telur ayam", "ayam kampung", "susu kambing", "ikan lele"], 7),
            new("Perdagangan", "Toko", ["sembako", "gas elpiji", "pulsa", "beras"], 7),
        ];

        private static readonly int Total = All.Sum(t => t.Weight);

        public static Trade Pick(Random rng)
        {
            var n = rng.Next(Total);
            foreach (var t in All)
            {
                if ((n -= t.Weight) < 0)
                {
                    return t;
                }
            }

            return All[^1];
        }
    }
}
