using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Regions;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// A national deployment after years of coaching: N partners spread over P programs (the demo's and P−1 more), in
/// groups of 10, each group with the timeline of its coaching (formed, four trainings, a monitoring visit) and each
/// partner with two events of their own (a survey, a licence), plus what the coaching features hold per partner
/// (<see cref="CoachingRows"/>). Rows go in bulk through the model's own table mapping.
/// </summary>
public static class CoachingGenerator
{
    private const int Chunk = 20_000;

    public static async Task RunAsync(Options o)
    {
        var watch = Stopwatch.StartNew();
        await LoanGenerator.PrepareDatabaseAsync(o);
        List<Guid> programs;
        List<string> villages;
        Dictionary<Type, Table> tables;
        await using (var app = o.App())
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await LoanGenerator.AdminAsync(scope.ServiceProvider);
            for (var i = await db.Programs.CountAsync(); i < o.Programs; i++)
            {
                db.Programs.Add(new PartnershipProgram($"BENCH-{i:00}", $"Program Kemitraan Bench {i}", "BUMN Bench", "Unit TJSL", EligibilityRegime.Regime2015,
                    5, 20, 50_000_000m, "32"));
            }

            await db.SaveChangesAsync();
            programs = await db.Programs.OrderBy(p => p.Code).Select(p => p.Id).Take(o.Programs).ToListAsync();
            villages = await db.Regions.Where(r => r.Level == RegionLevel.Village && (r.Code.StartsWith("32.") || r.Code.StartsWith("33.") || r.Code.StartsWith("35.")))
                .OrderBy(r => r.Code).Select(r => r.Code).ToListAsync();
            tables = new[] { typeof(Partner), typeof(PartnerGroup), typeof(GroupMembership), typeof(TimelineEvent) }
                .Concat(CoachingRows.Types)
                .ToDictionary(t => t, t => Table.Of(db, t));
        }

        Console.WriteLine($"database ready in {watch.Elapsed.TotalSeconds:F1} s");
        var today = TimeProvider.System.Today();
        var rng = new Random(o.Seed);
        var extra = new CoachingRows(tables, today, rng);
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

                foreach (var (table, list) in rows)
                {
                    await writer.WriteAsync(table, list);
                }

                Console.WriteLine($"{start + count} partners ({watch.Elapsed.TotalSeconds:F0} s)");
            }

            Console.WriteLine($"restoring indexes ({watch.Elapsed.TotalSeconds:F0} s)");
            await writer.RestoreIndexesAsync();
            await writer.FinishAsync();
        }

        Console.WriteLine($"generated {o.Partners} partners in {o.Programs} programs with their coaching in {watch.Elapsed.TotalSeconds:F1} s");

        void Group(int first, int size, Dictionary<Table, List<object?[]>> rows)
        {
            var now = DateTimeOffset.UtcNow;
            var program = programs[first / 10 % programs.Count];
            var village = villages[rng.Next(villages.Count)];
            var formed = today.AddDays(-400 - rng.Next(2000));
            var groupId = Guid.CreateVersion7();
            rows[tables[typeof(PartnerGroup)]].Add(tables[typeof(PartnerGroup)].Row(new Dictionary<string, object?>
            {
                ["Id"] = groupId,
                ["ProgramId"] = program,
                ["Name"] = "Kelompok Bench " + (first / 10 + 1).ToString(CultureInfo.InvariantCulture),
                ["FormedOn"] = formed,
                ["VillageCode"] = village,
                ["Status"] = GroupStatus.Active,
                ["Version"] = Guid.NewGuid(),
            }));
            var timeline = tables[typeof(TimelineEvent)];
            void Event(Guid? partner, DateOnly on, FivePApproach approach, string kind) =>
                rows[timeline].Add(timeline.Row(new TimelineEvent(program, groupId, partner, on, approach, kind, kind, null, null, now)));

            Event(null, formed, FivePApproach.Enabling, "group.formed");
            for (var k = 1; k <= 4; k++)
            {
                Event(null, formed.AddDays(90 * k), FivePApproach.Empowering, "training.held");
            }

            Event(null, formed.AddDays(200 + rng.Next(100)), FivePApproach.Supporting, "visit.recorded");
            for (var k = 0; k < size; k++)
            {
                var i = first + k;
                var female = rng.Next(3) > 0;
                var birth = new DateOnly(1960, 1, 1).AddDays(i / 9000);
                var nik = Nik.Parse(string.Create(CultureInfo.InvariantCulture,
                    $"{village[..8].Replace(".", "", StringComparison.Ordinal)}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{i % 9000 + 1:0000}"), today);
                var partner = new Partner(program,
                    new PartnerOwner("Mitra " + i.ToString(CultureInfo.InvariantCulture), nik, nik.Sex, nik.BirthDate, null, village, null),
                    new PartnerBusiness("Usaha " + i.ToString(CultureInfo.InvariantCulture), "Makanan ringan", null, formed, 10_000_000m, 60_000_000m, 1, false),
                    now);
                partner.Activate();
                rows[tables[typeof(Partner)]].Add(tables[typeof(Partner)].Row(partner));
                rows[tables[typeof(GroupMembership)]].Add(tables[typeof(GroupMembership)].Row(new Dictionary<string, object?>
                {
                    ["Id"] = Guid.CreateVersion7(),
                    ["GroupId"] = groupId,
                    ["PartnerId"] = partner.Id,
                    ["ActivePartnerId"] = partner.Id,
                    ["Role"] = k switch { 0 => GroupRole.Chair, 1 => GroupRole.Secretary, 2 => GroupRole.Treasurer, _ => GroupRole.Member },
                    ["JoinedOn"] = formed,
                }));
                Event(partner.Id, formed.AddDays(-20), FivePApproach.Enabling, "survey.recorded");
                Event(partner.Id, formed.AddDays(300 + rng.Next(600)), FivePApproach.Empowering, "legality.granted");
                extra.Add(program, partner, rows, i);
            }
        }
    }
}
