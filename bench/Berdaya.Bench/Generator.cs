using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Regions;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// Makes N partners in groups of 10 across real villages of the region list, in the demo program,
/// through the domain constructors (so every rule and index of the product applies).
/// </summary>
public static class Generator
{
    public static async Task RunAsync(Options o)
    {
        Directory.CreateDirectory(o.Dir);
        var watch = Stopwatch.StartNew();
        await using var app = new BenchApp(o.Dir);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var program = await db.Programs.OrderBy(p => p.Code).FirstAsync();
        var existing = await db.Partners.CountAsync();
        Console.WriteLine($"database ready with {existing} partners in {watch.Elapsed.TotalSeconds:F1} s");

        // Villages of West Java, Central Java and East Java: where most partners of a CDC live.
        var villages = await db.Regions.Where(r => r.Level == RegionLevel.Village && (r.Code.StartsWith("32.") || r.Code.StartsWith("33.") || r.Code.StartsWith("35.")))
            .Select(r => r.Code).ToListAsync();
        var faker = new Faker("id_ID");
        Randomizer.Seed = new Random(o.Seed);
        var rng = new Random(o.Seed);
        var today = new DateOnly(2026, 11, 27);
        var sectors = new[] { "Makanan ringan", "Kerajinan", "Konveksi", "Pertanian", "Perdagangan", "Jasa" };
        var made = 0;
        var serials = new Dictionary<string, int>();
        while (made < o.Partners)
        {
            var village = villages[rng.Next(villages.Count)];
            var size = Math.Min(10, o.Partners - made);
            var members = new List<Partner>();
            for (var i = 0; i < size; i++)
            {
                var female = rng.Next(3) > 0;
                var birth = new DateOnly(1955 + rng.Next(45), 1 + rng.Next(12), 1 + rng.Next(28));
                var district = village[..8].Replace(".", "", StringComparison.Ordinal);
                var key = district + birth.ToString("ddMMyy", CultureInfo.InvariantCulture) + female;
                serials[key] = serials.GetValueOrDefault(key) + 1;
                var nik = Nik.Parse(string.Create(CultureInfo.InvariantCulture,
                    $"{district}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{serials[key]:0000}"), today);
                var name = faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male) + " " + faker.Name.LastName();
                var partner = new Partner(program.Id,
                    new PartnerOwner(name, nik, nik.Sex, nik.BirthDate, "08" + rng.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture), village, null),
                    new PartnerBusiness($"{faker.Commerce.ProductName()} {name.Split(' ')[0]}", sectors[rng.Next(sectors.Length)], null,
                        new DateOnly(2000 + rng.Next(24), 1 + rng.Next(12), 1), rng.Next(1, 200) * 1_000_000m, rng.Next(10, 900) * 1_000_000m, rng.Next(0, 6), false),
                    DateTimeOffset.UtcNow);
                partner.Activate();
                members.Add(partner);
            }

            db.Partners.AddRange(members);
            if (members.Count >= 3)
            {
                var group = new PartnerGroup(program.Id, "Kelompok " + faker.Address.StreetName(), new DateOnly(2020, 1, 1).AddDays(rng.Next(1500)), village, null);
                var roles = members.Select((m, i) => (m.Id, i switch { 0 => GroupRole.Chair, 1 => GroupRole.Secretary, 2 => GroupRole.Treasurer, _ => GroupRole.Member })).ToList();
                group.SetMembers(roles, Math.Min(program.MinGroupSize, roles.Count), Math.Max(program.MaxGroupSize, roles.Count), group.FormedOn);
                db.Groups.Add(group);
            }

            made += members.Count;
            if (made % 5000 < 10 || made == o.Partners)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                Console.WriteLine($"{made} partners ({watch.Elapsed.TotalSeconds:F0} s)");
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine($"generated {o.Partners} partners in {watch.Elapsed.TotalSeconds:F1} s into {o.Dir}");
    }
}
