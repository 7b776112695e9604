using System.Diagnostics;
using Berdaya.Data;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Monitoring;
using Berdaya.Features.Fostering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Berdaya.Bench;

/// <summary>
/// The decline check of the last quarter (docs/performance.md; decision 0024) on the data of <c>generate-fostering</c>, through
/// the app's own service: the visits it opened before are removed, then the check runs as the office would run it (every
/// missing visit opened), and again (nothing left to open); then the office's list of the quarter. Reports each run's time and
/// the process's working set during the runs; on PostgreSQL also the plan of the quarter's read.
/// </summary>
public static class DeclineBenchmark
{
    public static async Task RunAsync(Options o)
    {
        await using var app = o.App();
        Guid program;
        Quarter quarter;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            program = await db.Programs.Where(p => p.Code == FosteringGenerator.ProgramCode).Select(p => p.Id).FirstOrDefaultAsync();
            if (program == Guid.Empty)
            {
                program = await db.QuarterlyReports.GroupBy(r => r.ProgramId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            }

            quarter = Quarter.FromIndex(await db.QuarterlyReports.Where(r => r.ProgramId == program).MaxAsync(r => r.QuarterIndex));
            var reports = await db.QuarterlyReports.CountAsync(r => r.ProgramId == program);
            var current = await db.QuarterlyReports.CountAsync(r => r.ProgramId == program && r.QuarterIndex == quarter.Index && r.Current);
            Console.WriteLine($"provider {o.Provider}: {await db.Partners.CountAsync(p => p.ProgramId == program)} partners, {reports} reports; quarter {quarter}: " +
                              $"{current} current reports");

            // A fresh start: the visits an earlier run opened for the quarter go, with their timeline events.
            var watch = Stopwatch.StartNew();
            var removed = await db.FollowUps.Where(f => f.ProgramId == program && f.ReportId != null
                                                       && db.QuarterlyReports.Any(r => r.Id == f.ReportId && r.QuarterIndex == quarter.Index))
                .ExecuteDeleteAsync();
            await db.Timeline.Where(e => e.ProgramId == program && e.Kind == "report.decline").ExecuteDeleteAsync();
            Console.WriteLine($"removed {removed} visits of earlier runs in {watch.Elapsed.TotalSeconds:F1} s");
            if (o.IsPostgres)
            {
                await ExplainAsync(o, program, quarter);
            }
        }

        using var memory = new PeakWorkingSet();
        foreach (var label in new[] { "first run (opens every visit)", "second run (nothing left to open)" })
        {
            await using var scope = CoachingBenchmark.AsAdmin(app.Services);
            var check = scope.ServiceProvider.GetRequiredService<DeclineCheck>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var opened = await check.CheckAsync(program, quarter, CancellationToken.None);
            Console.WriteLine($"decline check {quarter}, {label}: {watch.Elapsed.TotalSeconds:F2} s (app CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s), {opened} visits opened; {memory.Report()}");
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var open = await db.FollowUps.CountAsync(f => f.ProgramId == program && f.State == FollowUpState.Open && f.ReportId != null);
            var owners = await db.FollowUps.Where(f => f.ProgramId == program && f.ReportId != null).Select(f => f.OwnerUserId).Distinct().CountAsync();
            Console.WriteLine($"open decline visits of the program: {open}, owned by {owners} people");
        }

        // The office's page of the quarter: the count and the 500 largest falls, with names, groups and visits.
        var times = new List<double>();
        DeclineCheck.Result? result = null;
        for (var i = 0; i < Math.Max(1, Math.Min(o.Queries, 5)); i++)
        {
            await using var scope = CoachingBenchmark.AsAdmin(app.Services);
            var check = scope.ServiceProvider.GetRequiredService<DeclineCheck>();
            var watch = Stopwatch.StartNew();
            result = await check.ListAsync(program, quarter.ToString(), CancellationToken.None);
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        Console.WriteLine($"the quarter's list as the office sees it: median {times[times.Count / 2]:F2} s, min {times[0]:F2}–max {times[^1]:F2} s " +
                          $"({result!.Reported} reported, {result.Declines} declines, {result.Lines.Count} lines, " +
                          $"{result.Lines.Count(l => l.FollowUpId is not null)} with their visit); {memory.Report()}");
    }

    /// <summary>The plans of the check's reads: a quarter's current reports of the program, and the quarter's open visits.</summary>
    private static async Task ExplainAsync(Options o, Guid program, Quarter quarter)
    {
        await using var c = new NpgsqlConnection(o.AppConnection);
        await c.OpenAsync();
        string[] queries =
        [
            """
            SELECT q."PartnerId", q."Assets", q."Turnover", q."PaidEmployees" + q."FamilyEmployees"
            FROM "QuarterlyReports" AS q WHERE q."ProgramId" = @p AND q."QuarterIndex" = @i AND q."Current"
            """,
            """
            SELECT f."PartnerId", f."Id", f."State" FROM "FollowUps" AS f INNER JOIN "QuarterlyReports" AS q ON f."ReportId" = q."Id"
            WHERE q."ProgramId" = @p AND q."QuarterIndex" = @i AND f."State" = 1
            """,
        ];
        foreach (var sql in queries)
        {
            await using var cmd = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, c);
            cmd.Parameters.AddWithValue("p", program);
            cmd.Parameters.AddWithValue("i", quarter.Index);
            cmd.CommandTimeout = 0;
            await using var reader = await cmd.ExecuteReaderAsync();
            Console.WriteLine("plan:");
            while (await reader.ReadAsync())
            {
                Console.WriteLine("  " + reader.GetString(0));
            }
        }
    }
}

/// <summary>The process's working set, sampled every 20 ms from its creation: the one at the start, and the peak so far.</summary>
public sealed class PeakWorkingSet : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private readonly long _before;
    private long _peak;

    public PeakWorkingSet()
    {
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        _before = _peak = self.WorkingSet64;
        _sampler = Task.Run(async () =>
        {
            using var p = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                p.Refresh();
                Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), p.WorkingSet64));
                await Task.Delay(20, CancellationToken.None);
            }
        });
    }

    public string Report() => $"working set {_before / 1048576.0:F0} MB at the start, peak {Interlocked.Read(ref _peak) / 1048576.0:F0} MB";

    public void Dispose()
    {
        _stop.Cancel();
        _sampler.Wait();
        _stop.Dispose();
    }
}
