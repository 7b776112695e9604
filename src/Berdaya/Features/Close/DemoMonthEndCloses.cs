using Berdaya.Data;

namespace Berdaya.Features.Close;

/// <summary>
/// The demo's past month ends, closed by the daily close itself (decision 0009) as the demo writes its lending history month by
/// month: the month-end snapshots, the allowance and the report totals are those the close would have kept had the program run
/// it every day since 2006. Only when the daily close is enabled: a deployment that does not close keeps no history.
/// </summary>
internal sealed class DemoMonthEndCloses(IServiceScopeFactory scopes, DailyCloseSettings settings) : IDemoMonthEnd
{
    public async Task CloseAsync(DateOnly monthEnd, CancellationToken ct)
    {
        if (!settings.Enabled)
        {
            return;
        }

        // A scope of its own: the demo's context tracks everything it wrote.
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RunDailyClose.Handler>().HandleAsync(monthEnd, DailyCloseJob.SystemUser, settings.BatchSize, ct);
    }
}
