using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Regions;
using Berdaya.Features.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// The readiness matrix (decision 0019) of one program of N partners against 20 channels: partners in groups of 10,
/// each with legality items in every state, most with a declared market profile and three months of cash-book sales;
/// then the matrix is timed through the app's own service, as the page asks it (counts and the first page, filtered).
/// </summary>
public static class MarketsBenchmark
{
    private const int Chunk = 20_000;
    private const int Channels = 20;

    public static async Task GenerateAsync(Options o)
    {
        var watch = Stopwatch.StartNew();
        await LoanGenerator.PrepareDatabaseAsync(o);
        Guid program;
        List<string> villages;
        Dictionary<Type, Table> tables;
        string admin;
        var today = TimeProvider.System.Today();
        await using (var app = o.App())
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            admin = await LoanGenerator.AdminAsync(scope.ServiceProvider);
            program = await db.Programs.OrderBy(p => p.Code).Select(p => p.Id).FirstAsync();
            villages = await db.Regions.Where(r => r.Level == RegionLevel.Village && r.Code.StartsWith("32."))
                .OrderBy(r => r.Code).Select(r => r.Code).Take(200).ToListAsync();
            var now = DateTimeOffset.UtcNow;
            var rng = new Random(o.Seed);
            for (var c = 0; c < Channels; c++)
            {
                var channel = MarketChannel.Create(program, $"Saluran Bench {c:00}", (ChannelKind)(c % 5 + 1), null, admin, now);
                db.MarketChannels.Add(channel);
                string[] kinds = [.. ChannelRequirement.Kinds.Where(_ => rng.Next(3) == 0)];
                var unit = (VolumeUnit)(c % 3 + 1);
                db.ChannelRequirements.Add(ChannelRequirement.Create(channel, new RequirementTerms(today.AddDays(-30), kinds,
                    c % 2 == 0 ? "plastik" : null, c % 4 == 0 ? 0.5m : null, null, unit == VolumeUnit.Rupiah ? 5_000_000m : 50m + c, unit,
                    c % 3 == 0 ? 10_000_000m : null, PaymentKind.Cash, null, null), null, today.AddDays(-30), admin, now));
            }

            await db.SaveChangesAsync();
            tables = new[] { typeof(Partner), typeof(PartnerGroup), typeof(GroupMembership), typeof(LegalityItem), typeof(MarketProfile), typeof(CashLine) }
                .ToDictionary(t => t, t => Table.Of(db, t));
        }

        Console.WriteLine($"database ready in {watch.Elapsed.TotalSeconds:F1} s");
        var random = new Random(o.Seed);
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

        Console.WriteLine($"generated {o.Partners} partners with their market readiness in {watch.Elapsed.TotalSeconds:F1} s");

        void Group(int first, int size, Dictionary<Table, List<object?[]>> rows)
        {
            var now = DateTimeOffset.UtcNow;
            var village = villages[random.Next(villages.Count)];
            var formed = today.AddDays(-400 - random.Next(2000));
            var groupId = Guid.CreateVersion7();
            rows[tables[typeof(PartnerGroup)]].Add(tables[typeof(PartnerGroup)].Row(new Dictionary<string, object?>
            {
                ["Id"] = groupId,
                ["ProgramId"] = program,
                ["Name"] = "Kelompok Pasar " + (first / 10 + 1).ToString(CultureInfo.InvariantCulture),
                ["FormedOn"] = formed,
                ["VillageCode"] = village,
                ["Status"] = GroupStatus.Active,
                ["Version"] = Guid.NewGuid(),
            }));
            for (var k = 0; k < size; k++)
            {
                var i = first + k;
                var birth = new DateOnly(1960, 1, 1).AddDays(i / 9000);
                var nik = Nik.Parse(string.Create(CultureInfo.InvariantCulture,
                    $"{village[..8].Replace(".", "", StringComparison.Ordinal)}{birth.Day + 40:00}{birth.Month:00}{birth.Year % 100:00}{i % 9000 + 1:0000}"), today);
                var partner = new Partner(program,
                    new PartnerOwner("Mitra Pasar " + i.ToString(CultureInfo.InvariantCulture), nik, nik.Sex, nik.BirthDate, null, village, null),
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

                // Licences in every state: some granted (a few expired), some under way, some not started.
                foreach (var kind in Enum.GetValues<LegalityKind>().Where(_ => random.Next(4) > 0))
                {
                    var state = (LegalityState)random.Next(0, 6);
                    rows[tables[typeof(LegalityItem)]].Add(tables[typeof(LegalityItem)].Row(new Dictionary<string, object?>
                    {
                        ["Id"] = Guid.CreateVersion7(),
                        ["ProgramId"] = program,
                        ["PartnerId"] = partner.Id,
                        ["Kind"] = kind,
                        ["State"] = state,
                        ["Number"] = state is LegalityState.Granted or LegalityState.Expired ? $"B-{i}-{(int)kind}" : null,
                        ["GrantedOn"] = state is LegalityState.Granted or LegalityState.Expired ? formed.AddDays(200) : null,
                        ["ExpiresOn"] = state is LegalityState.Granted or LegalityState.Expired ? today.AddDays(random.Next(-300, 900)) : null,
                        ["UpdatedAt"] = now,
                        ["Version"] = Guid.NewGuid(),
                    }));
                }

                if (random.Next(5) > 0)
                {
                    rows[tables[typeof(MarketProfile)]].Add(tables[typeof(MarketProfile)].Row(new Dictionary<string, object?>
                    {
                        ["Id"] = Guid.CreateVersion7(),
                        ["ProgramId"] = program,
                        ["PartnerId"] = partner.Id,
                        ["PackagingMaterial"] = random.Next(2) == 0 ? "plastik" : "kertas",
                        ["PackagingThicknessMm"] = random.Next(1, 10) / 10m,
                        ["HasBarcode"] = random.Next(3) == 0,
                        ["MonthlyCapacity"] = (decimal)random.Next(10, 200),
                        ["CapacityUnit"] = (VolumeUnit)random.Next(1, 3),
                        ["WorkingCapital"] = random.Next(1, 30) * 1_000_000m,
                        ["DeclaredBy"] = DeclaredBy.Partner,
                        ["DeclaredByUser"] = admin,
                        ["DeclaredOn"] = today.AddDays(-random.Next(200)),
                        ["DeclaredAt"] = now,
                        ["Version"] = Guid.NewGuid(),
                    }));
                }

                // A cash book for most: sales and a purchase in each of the last four months.
                if (random.Next(4) > 0)
                {
                    for (var m = 1; m <= 4; m++)
                    {
                        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-m);
                        rows[tables[typeof(CashLine)]].Add(tables[typeof(CashLine)].Row(CashLine.Record(program, partner.Id, month.AddDays(random.Next(27)),
                            CashCategory.Sales, random.Next(5, 150) * 100_000m, null, admin, now)));
                        rows[tables[typeof(CashLine)]].Add(tables[typeof(CashLine)].Row(CashLine.Record(program, partner.Id, month.AddDays(random.Next(27)),
                            (CashCategory)random.Next(2, 5), random.Next(1, 50) * 100_000m, null, admin, now)));
                    }
                }
            }
        }
    }

    public static async Task RunAsync(Options o)
    {
        await using var app = o.App();
        Guid program;
        Guid channel;
        string village;
        Guid group;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            program = await db.MarketChannels.GroupBy(c => c.ProgramId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            channel = await db.MarketChannels.Where(c => c.ProgramId == program).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
            var partner = await db.Partners.Where(p => p.ProgramId == program).OrderBy(p => p.Id).Select(p => new { p.Id, p.VillageCode }).FirstAsync();
            village = partner.VillageCode;
            group = await db.GroupMemberships.Where(m => m.ActivePartnerId == partner.Id).Select(m => m.GroupId).FirstAsync();
            Console.WriteLine($"{await db.Partners.CountAsync(p => p.ProgramId == program)} partners, {await db.MarketChannels.CountAsync(c => c.ProgramId == program)} channels, " +
                              $"{await db.LegalityItems.CountAsync()} legality items, {await db.MarketProfiles.CountAsync()} profiles, {await db.CashLines.CountAsync()} cash lines");
        }

        var cases = new (string Name, MatrixFilter Filter)[]
        {
            ("whole program, page 1", new MatrixFilter()),
            ("one channel, missing, page 3", new MatrixFilter(ChannelId: channel, State: ReadinessState.Missing, Page: 3)),
            ("any channel met, page 1", new MatrixFilter(State: ReadinessState.Met)),
            ("one village", new MatrixFilter(Village: village)),
            ("one group", new MatrixFilter(GroupId: group)),
        };
        foreach (var (name, filter) in cases)
        {
            var times = new List<double>();
            ReadinessMatrixView? view = null;
            for (var i = 0; i < Math.Max(1, Math.Min(o.Queries, 5)); i++)
            {
                await using var scope = CoachingBenchmark.AsAdmin(app.Services);
                var queries = scope.ServiceProvider.GetRequiredService<ReadinessQueries>();
                var watch = Stopwatch.StartNew();
                view = await queries.MatrixAsync(program, filter, CancellationToken.None);
                times.Add(watch.Elapsed.TotalSeconds);
            }

            times.Sort();
            Console.WriteLine($"matrix, {name}: median {times[times.Count / 2]:F2} s, min {times[0]:F2}–max {times[^1]:F2} s; {view!.Partners} partners, " +
                              $"{view.Matching} matching, {view.Rows?.Count ?? 0} rows; first channel met {view.Counts[0].Met}, missing {view.Counts[0].Missing}, unknown {view.Counts[0].Unknown}");
        }
    }
}
