using System.Diagnostics;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Reports;
using Berdaya.Features.Reports;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// The semester report to the ministry for the biggest program of the lending data (docs/performance.md; decision 0026): the
/// latest ended semester (or the one holding --date) is counted, checked against the ledger and written as its workbook,
/// through the app's own services and the same file buffer the endpoint uses. Reports the time of each run and the
/// process's working set, sampled every 20 ms during the runs, against the one before them.
/// </summary>
public static class SemesterBenchmark
{
    public static async Task RunAsync(Options o)
    {
        await using var app = o.App();
        Guid program;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var biggest = await db.Loans.GroupBy(l => l.ProgramId).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync();
            program = biggest.Key;
            Console.WriteLine($"provider {o.Provider}: {await db.Loans.CountAsync()} loans; program with the most loans: {biggest.Count}");
        }

        var semester = o.Date is { } d ? Semester.Of(d) : Semester.LatestEnded(TimeProvider.System.Today());
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var before = process.WorkingSet64;
        long peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                await Task.Delay(20, CancellationToken.None);
            }
        });

        var runs = Math.Max(1, Math.Min(o.Queries, 3));
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var report = scope.ServiceProvider.GetRequiredService<SemesterReport>();
            var export = scope.ServiceProvider.GetRequiredService<SemesterExport>();
            var watch = Stopwatch.StartNew();
            try
            {
                var r = await report.HandleAsync(program, semester.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    semester.Half.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
                await using var buffer = new FileBufferingWriteStream();
                await export.WriteAsync(r, buffer, DateTimeOffset.UtcNow, CancellationToken.None);
                var bytes = buffer.Length;
                await buffer.DrainBufferAsync(Stream.Null, CancellationToken.None);
                times.Add(watch.Elapsed.TotalSeconds);
                Console.WriteLine($"run {i + 1}: {watch.Elapsed.TotalSeconds:F2} s, {bytes / 1024.0:F1} KB; {r.Semester}: disbursed {r.SectorTotal.SemesterAmount:N0} " +
                                  $"({r.SectorTotal.SemesterLoans} loans, {r.BySector.Count} sectors, {r.ByProvince.Count} provinces), {r.LoansOutstanding} loans " +
                                  $"outstanding {r.Outstanding:N0}, collectibility {r.CollectibilityRate}%, closing cash {r.Fund.ClosingCash:N0}");
            }
            catch (DomainException refused)
            {
                Console.WriteLine($"run {i + 1}: refused after {watch.Elapsed.TotalSeconds:F2} s: {refused.Code} " +
                                  string.Join("; ", (refused is DomainValidationException many ? many.Errors : [refused]).Select(e => string.Join(" ", e.Args))));
            }
        }

        await sampling.CancelAsync();
        await sampler;
        times.Sort();
        Console.WriteLine(times.Count > 0
            ? $"semester report {semester}: median {times[times.Count / 2]:F2} s, min {times[0]:F2}–max {times[^1]:F2} s; working set {before / 1048576.0:F0} MB before, " +
              $"peak {peak / 1048576.0:F0} MB during the runs (+{(peak - before) / 1048576.0:F0} MB)"
            : "no run produced the report");
    }
}
