using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Impact;
using Berdaya.Features.Impact;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// The impact of a program (docs/performance.md; decision 0030) on the data of <c>generate-fostering --with-loans</c>, through
/// the app's own services: the nightly job's count of the program (its per-program step, as the job runs it for each program;
/// run twice, the second replacing the rows the first kept, as every night after the first does), then the job's
/// reading alone, what was kept (rows by dimension, the program's and each year's counts), the dashboard's reading of the kept
/// counts as an administrator for the program and for the largest cohort of each dimension (median of <c>--queries</c>), and
/// once the live reading of the whole program the kept counts spare, compared with what the job kept. App CPU is this
/// process's; the database server's is not in it.
/// </summary>
public static class ImpactBenchmark
{
    public static async Task RunAsync(Options o)
    {
        await using var app = o.App();
        Guid program;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            program = await db.Programs.Where(p => p.Code == FosteringGenerator.ProgramCode).Select(p => p.Id).FirstOrDefaultAsync();
            if (program == Guid.Empty)
            {
                program = await db.Loans.GroupBy(l => l.ProgramId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            }

            var partners = await db.Partners.CountAsync(p => p.ProgramId == program);
            var withLoan = await db.Partners.CountAsync(p => p.ProgramId == program && db.Loans.Any(l => l.PartnerId == p.Id));
            var loans = await db.Loans.Where(l => l.ProgramId == program).GroupBy(l => l.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var surveys = await db.Surveys.CountAsync(s => s.BaselineAssets != null && db.Partners.Any(p => p.Id == s.PartnerId && p.ProgramId == program));
            var reports = await db.QuarterlyReports.CountAsync(r => r.ProgramId == program);
            Console.WriteLine($"provider {o.Provider}: {partners} partners, {withLoan} with a loan; loans by status: " +
                              $"{string.Join(", ", loans.OrderBy(l => l.Key).Select(l => $"{l.Key} {l.Count}"))}; {surveys} surveys with a baseline; {reports} reports");
        }

        // The job's step for one program, as the scheduler's run makes it for each program in turn.
        var asOf = TimeProvider.System.Today();
        using var memory = new PeakWorkingSet();
        foreach (var label in new[] { "first run", "second run (replaces the kept rows)" })
        {
            await using var scope = app.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredService<ImpactTotalsJob>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            int kept;
            try
            {
                kept = await job.CountAsync(program, asOf, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // A failure (a command timeout, say) is a result too: said, and nothing else is read.
                Console.WriteLine($"impact job, the program's count, {label}: FAILED after {watch.Elapsed.TotalSeconds:F2} s: {ex.GetType().Name}: {ex.Message}; " +
                                  memory.Report());
                return;
            }

            Console.WriteLine($"impact job, the program's count, {label}: {watch.Elapsed.TotalSeconds:F2} s " +
                              $"(app CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s), {kept} rows kept; {memory.Report()}");
        }

        // The job's reading alone (the rest of its time is the grouping in memory and the replace of the kept rows).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var lines = 0;
            await foreach (var _ in new ImpactReader(db).LinesAsync(program))
            {
                lines++;
            }

            Console.WriteLine($"the job's reading alone (ImpactReader.LinesAsync): {watch.Elapsed.TotalSeconds:F2} s " +
                              $"(app CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s), {lines} lines");
        }

        // What was kept: rows by dimension, the program's counts, and the years of first loan.
        var cohorts = new List<(string Label, int? Year, string? Village, string? Sector, Guid? Group)> { ("program", null, null, null, null) };
        ImpactSummary keptProgram;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.ImpactTotals.AsNoTracking().Where(t => t.ProgramId == program).ToListAsync();
            Console.WriteLine("kept rows by dimension: " + string.Join(", ", rows.GroupBy(r => r.Dimension).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
            keptProgram = rows.Single(r => r.Dimension == ImpactDimension.Program).Summary();
            Console.WriteLine("kept, program: " + Describe(keptProgram));
            foreach (var year in rows.Where(r => r.Dimension == ImpactDimension.FirstLoanYear).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"kept, first loan in {year.Key}: " + Describe(year.Summary()));
            }

            // One cohort of each dimension: its largest.
            string Largest(ImpactDimension d) => rows.Where(r => r.Dimension == d).OrderByDescending(r => r.Partners).ThenBy(r => r.Key, StringComparer.Ordinal).First().Key;
            var y = Largest(ImpactDimension.FirstLoanYear);
            var v = Largest(ImpactDimension.Village);
            var s = Largest(ImpactDimension.Sector);
            var g = Largest(ImpactDimension.Group);
            cohorts.Add(($"year {y}", int.Parse(y, CultureInfo.InvariantCulture), null, null, null));
            cohorts.Add(($"village {v}", null, v, null, null));
            cohorts.Add(($"sector {s}", null, null, s, null));
            cohorts.Add(($"group {g}", null, null, null, Guid.Parse(g)));
        }

        // The dashboard as an administrator sees it: the kept counts.
        foreach (var (label, year, village, sector, group) in cohorts)
        {
            var times = new List<double>();
            ImpactView? view = null;
            for (var i = 0; i < Math.Max(1, o.Queries); i++)
            {
                await using var scope = CoachingBenchmark.AsAdmin(app.Services);
                var query = scope.ServiceProvider.GetRequiredService<ImpactQuery>();
                var watch = Stopwatch.StartNew();
                view = await query.HandleAsync(program, year, village, sector, group, CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"dashboard, {label}: median {times[times.Count / 2]:F1} ms, min {times[0]:F1}–max {times[^1]:F1} ms over {times.Count} " +
                              $"({view!.Partners} partners, as of {view.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "live"})");
        }

        // The live reading the kept counts spare, once, and whether it says what the job kept.
        await using (var scope = CoachingBenchmark.AsAdmin(app.Services))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var me = scope.ServiceProvider.GetRequiredService<CurrentUser>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var live = await new ImpactReader(db).ReadAsync(program, await me.PartnersAsync(), new ImpactCohort(), CancellationToken.None);
            Console.WriteLine($"live reading of the whole program: {watch.Elapsed.TotalSeconds:F2} s (app CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s); " +
                              $"{(live == keptProgram ? "the same as kept" : "DIFFERS from kept: " + Describe(live))}; {memory.Report()}");
        }
    }

    private static string Describe(ImpactSummary s) =>
        $"{s.Partners} partners, {s.Measured} measured; growth % (lower/median/upper) assets {Spread(s.Assets)}, turnover {Spread(s.Turnover)}, " +
        $"employees {Spread(s.Employees)}; growing {s.Growing} ({s.GrowingPercent}%), graduated {s.Graduated} ({s.GraduatedPercent}%), " +
        $"repaid {s.Repaid} ({s.RepaidPercent}%), written off {s.WrittenOff} ({s.WrittenOffPercent}%)";

    private static string Spread(Spread? s) => s is null ? "-" : $"{s.LowerQuartile}/{s.Median}/{s.UpperQuartile} of {s.Count}";
}
