using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Close;

/// <summary>
/// Settings (section <c>DailyClose</c>): <c>Enabled</c> (default true) lets the job runner close each day,
/// <c>CheckMinutes</c> (default 5) is how often the runner looks unless <c>Jobs:CheckMinutes</c> says, <c>BatchSize</c> (default 50,000) how many
/// loans each committed step classifies.
/// </summary>
public sealed record DailyCloseSettings(bool Enabled, int CheckMinutes, int BatchSize)
{
    public static DailyCloseSettings From(IConfiguration config) => new(
        config.GetValue("DailyClose:Enabled", true),
        Math.Max(1, config.GetValue("DailyClose:CheckMinutes", 5)),
        Math.Max(1, config.GetValue("DailyClose:BatchSize", RunDailyClose.DefaultBatchSize)));
}

public static class DailyCloseSetup
{
    /// <summary>The close's process-wide parts: the gate, the background starter and the scheduler.</summary>
    public static IServiceCollection AddDailyClose(this IServiceCollection services, IConfiguration config)
    {
        var settings = DailyCloseSettings.From(config);
        services.AddSingleton(settings);
        services.AddSingleton<DailyCloseGate>();
        services.AddSingleton<DailyCloseStarter>();

        return services;
    }
}

/// <summary>Runs a close on demand without holding the request: the caller gets the close's id at once and follows its progress.</summary>
public sealed class DailyCloseStarter(IServiceScopeFactory scopes, DailyCloseGate gate, DailyCloseSettings settings,
    IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<DailyCloseStarter> log)
{
    public async Task<Guid> StartAsync(DateOnly businessDate, string by, CancellationToken ct)
    {
        // A wrong date is the user's to fix whether or not a close runs now.
        await using (var check = scopes.CreateAsyncScope())
        {
            var db = check.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            RunDailyClose.Check(businessDate, clock.Today(), await RunDailyClose.FirstDisbursementAsync(db, ct));
        }

        var turn = gate.Enter();
        try
        {
            Guid id;
            await using (var scope = scopes.CreateAsyncScope())
            {
                id = await scope.ServiceProvider.GetRequiredService<RunDailyClose.Handler>().PrepareAsync(businessDate, by, ct);
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<RunDailyClose.Handler>().RunAsync(id, settings.BatchSize, null, lifetime.ApplicationStopping);
                }
                catch (Exception ex)
                {
                    log.LogError(ex, "Daily close {Date} stopped", businessDate);
                }
                finally
                {
                    turn.Dispose();
                }
            }, CancellationToken.None);
            return id;
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }
}

/// <summary>
/// Closes yesterday (WIB) once it is over (docs/domain.md, Daily close), run by the one job runner. Safe on several
/// nodes: the close takes its own gate and its row per business date.
/// </summary>
[FeatureService]
public sealed class DailyCloseJob(IServiceScopeFactory scopes, Data.AppDbContext db, DailyCloseGate gate, DailyCloseSettings settings,
    TimeProvider clock) : IScheduledJob
{
    public const string SystemUser = "system";

    public string Name => "daily-close";

    public async Task<DateOnly?> DueAsync(DateOnly today, CancellationToken ct)
    {
        if (!settings.Enabled || gate.IsBusy)
        {
            return null;
        }

        var date = RunDailyClose.Yesterday(clock);
        if (await db.DailyCloses.AnyAsync(c => c.BusinessDate == date && c.Status == DailyCloseStatus.Done, ct)
            || await RunDailyClose.FirstDisbursementAsync(db, ct) is not { } first || first > date)
        {
            // Closed already, or no loan was on the books yet.
            return null;
        }

        return date;
    }

    public async Task<string?> RunAsync(DateOnly businessDate, JobProgress progress, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var close = await scope.ServiceProvider.GetRequiredService<RunDailyClose.Handler>().HandleAsync(businessDate, SystemUser, settings.BatchSize, ct);
        await progress.ReportAsync(close.ProcessedLoans, close.TotalLoans, ct);
        return $"{close.ProcessedLoans} / {close.TotalLoans} loans";
    }
}
