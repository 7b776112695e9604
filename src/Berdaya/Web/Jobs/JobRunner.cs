using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Jobs;

/// <summary>
/// A job the one runner starts when it is due (docs/domain.md, Scheduled jobs). A feature implements it on a
/// class marked <see cref="FeatureServiceAttribute"/>. The job must be safe when several app nodes run it at
/// once: it either takes a lock of its own (the daily close) or writes only what a unique key admits once
/// (the reminders).
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable name, shown to the administrator ("daily-close", "reminders").</summary>
    string Name { get; }

    /// <summary>The business date a run would work for now, or null when nothing is due.</summary>
    Task<DateOnly?> DueAsync(DateOnly today, CancellationToken ct);

    /// <summary>Does the work, reporting progress; returns what it did in a few words.</summary>
    Task<string?> RunAsync(DateOnly businessDate, JobProgress progress, CancellationToken ct);
}

/// <summary>Where a job reports how far it got; each report is written to its run at once.</summary>
public sealed class JobProgress(Func<int, int, CancellationToken, Task> report)
{
    public static readonly JobProgress None = new((_, _, _) => Task.CompletedTask);

    public Task ReportAsync(int done, int total, CancellationToken ct) => report(done, total, ct);
}

/// <summary>Settings (section <c>Jobs</c>): <c>Enabled</c> (default true) runs the runner, <c>CheckMinutes</c> (default 5) how often it looks.</summary>
public sealed record JobSettings(bool Enabled, int CheckMinutes)
{
    public static JobSettings From(IConfiguration config) => new(
        config.GetValue("Jobs:Enabled", true),
        Math.Max(1, config.GetValue("Jobs:CheckMinutes", config.GetValue("DailyClose:CheckMinutes", 5))));
}

/// <summary>
/// The one runner of every scheduled job: every few minutes it asks each job whether it is due and runs it,
/// recording each run (start, end, outcome, progress) as a <see cref="JobRun"/>.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunner> log) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public void Dispose() => _turn.Dispose();

    public static string Node => $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Runs every job that is due now, one after the other; returns the runs made.</summary>
    public async Task<IReadOnlyList<JobRun>> RunDueAsync(CancellationToken ct)
    {
        if (!await _turn.WaitAsync(0, ct))
        {
            return [];
        }

        try
        {
            var runs = new List<JobRun>();
            List<string> names;
            await using (var scope = scopes.CreateAsyncScope())
            {
                names = scope.ServiceProvider.GetServices<IScheduledJob>().Select(j => j.Name).ToList();
            }

            foreach (var name in names)
            {
                if (await RunIfDueAsync(name, ct) is { } run)
                {
                    runs.Add(run);
                }
            }

            return runs;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Runs one job when it is due; null when it was not.</summary>
    public async Task<JobRun?> RunIfDueAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == name);
        if (await job.DueAsync(clock.Today(), ct) is not { } date)
        {
            return null;
        }

        var run = new JobRun(job.Name, Node, date, clock.GetUtcNow());
        await using (var start = scopes.CreateAsyncScope())
        {
            var db = start.ServiceProvider.GetRequiredService<AppDbContext>();
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }

        var progress = new JobProgress(async (done, total, token) =>
        {
            await using var s = scopes.CreateAsyncScope();
            var db = s.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.JobRuns.Where(r => r.Id == run.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Done, done).SetProperty(r => r.Total, Math.Max(done, total)), token);
        });

        string? summary = null;
        string? failure = null;
        try
        {
            summary = await job.RunAsync(date, progress, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            failure = "stopped";
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.Conflict)
        {
            // Another node or an officer's request is doing the same work right now.
            failure = ex.Code;
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Scheduled job {Job} failed", job.Name);
            failure = ex.GetType().Name;
        }

        await using (var end = scopes.CreateAsyncScope())
        {
            var db = end.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.JobRuns.SingleAsync(r => r.Id == run.Id, CancellationToken.None);
            if (failure is null)
            {
                row.Finish(clock.GetUtcNow(), summary);
            }
            else
            {
                row.Fail(clock.GetUtcNow(), failure);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            return row;
        }
    }
}

/// <summary>Looks for due jobs every few minutes for as long as the app runs.</summary>
public sealed class JobScheduler(JobRunner runner, JobSettings settings, TimeProvider clock, ILogger<JobScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.CheckMinutes), clock);
        do
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Looking for due jobs failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class JobSetup
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration config)
    {
        var settings = JobSettings.From(config);
        services.AddSingleton(settings);
        services.AddSingleton<JobRunner>();
        if (settings.Enabled)
        {
            services.AddHostedService<JobScheduler>();
        }

        return services;
    }
}

/// <summary>When a job that runs once a business day is due: not when a run of the day is done, or started in the last hour on any node.</summary>
public static class OncePerDay
{
    public static async Task<DateOnly?> DueAsync(AppDbContext db, string job, DateOnly today, TimeProvider clock, CancellationToken ct)
    {
        // A run started in the last hour on any node is still at work or has just failed; leave it that time.
        var recent = clock.GetUtcNow().AddHours(-1);
        var taken = await db.JobRuns.AnyAsync(r => r.Job == job && r.BusinessDate == today
            && (r.Outcome == JobOutcome.Done || (r.Outcome == JobOutcome.Running && r.StartedAt > recent)), ct);
        return taken ? null : today;
    }
}
