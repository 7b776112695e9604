using System.Diagnostics;
using System.Security.Claims;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Features.Reports;
using Berdaya.Features.Tasks;
using Berdaya.Web.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// The coaching targets (docs/performance.md): the reminder job over the whole deployment, the coverage table of
/// one program (the cash book's month has its own command, <c>cashbook</c>). Each is timed through the app's own services, as an administrator.
/// </summary>
public static class CoachingBenchmark
{
    public static async Task RunAsync(Options o)
    {
        await using var app = o.App();
        Guid program;
        int partners;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var biggest = await db.Partners.GroupBy(p => p.ProgramId).Select(g => new { g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Count).FirstAsync();
            (program, partners) = (biggest.Key, biggest.Count);
            Console.WriteLine($"{await db.Partners.CountAsync()} partners; program with the most: {partners}");
        }

        // The reminder job, from the runner: the first run raises what is due; a second run of the day finds it raised.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Reminders.ExecuteDeleteAsync();
            await db.JobRuns.ExecuteDeleteAsync();
        }

        var runner = app.Services.GetRequiredService<JobRunner>();
        var watch = Stopwatch.StartNew();
        var run = await runner.RunIfDueAsync(RaiseReminders.JobName, CancellationToken.None) ?? throw new InvalidOperationException("reminders not due");
        Console.WriteLine($"reminder job: {watch.Elapsed.TotalSeconds:F1} s, {run.Outcome}, {run.Summary}");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<RaiseReminders>();
            watch.Restart();
            var again = await job.RunAsync(TimeProvider.System.Today(), JobProgress.None, CancellationToken.None);
            Console.WriteLine($"reminder job again the same day: {watch.Elapsed.TotalSeconds:F1} s, {again}");
        }

        // Coverage of the biggest program, by group and by partner, first and a middle page.
        foreach (var (byPartner, page) in new[] { (false, 1), (false, partners / 10 / 50 / 2), (true, 1), (true, partners / 50 / 2) })
        {
            var times = new List<double>();
            CoverageReport? report = null;
            for (var i = 0; i < 7; i++)
            {
                await using var scope = AsAdmin(app.Services);
                var coverage = scope.ServiceProvider.GetRequiredService<CoverageQuery>();
                watch.Restart();
                report = await coverage.HandleAsync(program, byPartner, Math.Max(1, page), CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"coverage by {(byPartner ? "partner" : "group")}, page {Math.Max(1, page)} of {report!.PageCount}: " +
                              $"median {times[times.Count / 2]:F0} ms, min {times[0]:F0}–max {times[^1]:F0} ms ({report.RowCount} rows)");
        }

    }

    /// <summary>A request scope signed in as the bench administrator, for services that read the current user.</summary>
    public static AsyncServiceScope AsAdmin(IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = db.Users.Where(u => u.Email == LoanGenerator.AdminEmail).Select(u => u.Id).First();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, Roles.Administrator)], "bench"));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        return scope;
    }
}
