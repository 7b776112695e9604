using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Close;

/// <summary>
/// Settings (section <c>DailyClose</c>): <c>Enabled</c> (default true) runs the scheduler,
/// <c>CheckMinutes</c> (default 5) is how often it looks, <c>BatchSize</c> (default 50,000) how many
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
        if (settings.Enabled)
        {
            services.AddHostedService<DailyCloseScheduler>();
        }

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

/// <summary>Closes yesterday (WIB) once it is over, checking every few minutes (docs/domain.md, Daily close).</summary>
public sealed class DailyCloseScheduler(IServiceScopeFactory scopes, DailyCloseGate gate, DailyCloseSettings settings, TimeProvider clock,
    ILogger<DailyCloseScheduler> log) : BackgroundService
{
    public const string SystemUser = "system";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.CheckMinutes), clock);
        do
        {
            try
            {
                await CloseYesterdayAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A failed close is recorded on its row; the next check resumes it.
                log.LogError(ex, "Scheduled daily close failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CloseYesterdayAsync(CancellationToken ct)
    {
        if (gate.IsBusy)
        {
            return;
        }

        var date = RunDailyClose.Yesterday(clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
        if (await db.DailyCloses.AnyAsync(c => c.BusinessDate == date && c.Status == DailyCloseStatus.Done, ct)
            || await RunDailyClose.FirstDisbursementAsync(db, ct) is not { } first || first > date)
        {
            // Closed already, or no loan was on the books yet.
            return;
        }

        try
        {
            var close = await scope.ServiceProvider.GetRequiredService<RunDailyClose.Handler>().HandleAsync(date, SystemUser, settings.BatchSize, ct);
            log.LogInformation("Daily close {Date}: {Loans} loans in {Seconds:F1} s", date, close.ProcessedLoans,
                ((close.FinishedAt ?? clock.GetUtcNow()) - close.StartedAt).TotalSeconds);
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.Conflict)
        {
            // Another node or an officer's request is closing right now.
        }
    }
}
