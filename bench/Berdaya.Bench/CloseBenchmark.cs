using System.Diagnostics;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Features.Close;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// Times the daily close through the app's own handler (decision 0010: 1,000,000 loans under
/// 60 s on PostgreSQL, 100,000 under 30 s on SQLite): a first close of the date, the same date again
/// (idempotent re-run), a month end with its snapshot and allowance closed the morning after, the day
/// after it, and a past month end closed again (the slow path that reads installments).
/// </summary>
public static class CloseBenchmark
{
    public static async Task RunAsync(Options o)
    {
        var date = o.Date ?? TimeProvider.System.Today().AddDays(-1);
        var today = TimeProvider.System.Today();

        // The month end as the scheduler meets it: closed on the first of the next month, the day after it
        // ended. Ahead of today's date, so that run's app has its clock moved to that first day.
        var nextMonthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var shift = TimeSpan.FromDays(nextMonthEnd.AddDays(1).DayNumber - today.DayNumber);
        var pastMonthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        await using var app = o.App();
        int active;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            active = await db.Loans.CountAsync(l => l.Status == LoanStatus.Active);
        }

        Console.WriteLine($"provider {o.Provider}, {active} active loans, batch {o.Batch}");
        Console.WriteLine("| close | loans | seconds | loans/s |");
        Console.WriteLine("|---|---|---|---|");
        await TimeAsync(app, o, date, $"{date:yyyy-MM-dd} first run");
        await TimeAsync(app, o, date, $"{date:yyyy-MM-dd} again (nothing changes)");
        await using (var ahead = o.App(clockShift: shift))
        {
            // A first close of that month end, as the scheduler meets it: no snapshot or close row from an earlier benchmark run.
            using (var scope = ahead.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await db.LoanMonthEnds.Where(m => m.MonthEnd == nextMonthEnd).ExecuteDeleteAsync();
                await db.DailyCloses.Where(c => c.BusinessDate == nextMonthEnd).ExecuteDeleteAsync();
            }

            await TimeAsync(ahead, o, nextMonthEnd, $"{nextMonthEnd:yyyy-MM-dd} month end, closed the next morning (snapshot and allowance)");
        }

        await using (var ahead = o.App(clockShift: shift + TimeSpan.FromDays(1)))
        {
            await TimeAsync(ahead, o, nextMonthEnd.AddDays(1), $"{nextMonthEnd.AddDays(1):yyyy-MM-dd} the day after the month end");
        }

        await TimeAsync(app, o, pastMonthEnd, $"{pastMonthEnd:yyyy-MM-dd} past month end closed again (reads the installments of loans paid since)");
        await TimeAsync(app, o, date, $"{date:yyyy-MM-dd} after that past-date close (every changed loan back)");

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var byClass = await db.Loans.Where(l => l.Status == LoanStatus.Active).GroupBy(l => l.Class).Select(g => new { g.Key, Count = g.Count() })
                .OrderBy(x => x.Key).ToListAsync();
            Console.WriteLine("active loans by class: " + string.Join(", ", byClass.Select(x => $"{x.Key} {x.Count}")));
            Console.WriteLine($"month-end rows for {nextMonthEnd:yyyy-MM-dd}: {await db.LoanMonthEnds.CountAsync(m => m.MonthEnd == nextMonthEnd)}");
        }
    }

    private static async Task TimeAsync(BenchApp app, Options o, DateOnly date, string label)
    {
        using var scope = app.Services.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<RunDailyClose.Handler>();
        var watch = Stopwatch.StartNew();
        var close = await handler.HandleAsync(date, "bench", o.Batch, CancellationToken.None);
        watch.Stop();
        Console.WriteLine($"| {label} | {close.ProcessedLoans} | {watch.Elapsed.TotalSeconds:F1} | {close.ProcessedLoans / watch.Elapsed.TotalSeconds:F0} |");
    }
}
