using System.Diagnostics;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Repayments;
using Berdaya.Features.CashBook;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// A cash book of 10,000 lines (two years, about 14 lines a day) for one demo partner, then the month's summary
/// (docs/domain.md, Cash book) summed in the database for random months: median, p95 and max (goal: under 50 ms).
/// </summary>
public static class CashBookBenchmark
{
    public static async Task RunAsync(Options o)
    {
        Directory.CreateDirectory(o.Dir);
        await using var app = o.App();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var partner = await db.Partners.Where(p => p.OwnerName == "Yuyun Yuningsih").Select(p => new { p.Id, p.ProgramId }).SingleAsync();
        await db.CashLines.Where(l => l.PartnerId == partner.Id).ExecuteDeleteAsync();
        var rng = new Random(o.Seed);
        var categories = Enum.GetValues<CashCategory>();
        var first = new DateOnly(2024, 1, 1);
        for (var i = 0; i < 10_000; i++)
        {
            db.CashLines.Add(CashLine.Record(partner.ProgramId, partner.Id, first.AddDays(i % 730), categories[rng.Next(categories.Length)],
                rng.Next(1, 500) * 1_000m, "bench", "bench", DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var queries = scope.ServiceProvider.GetRequiredService<CashBookQueries>();
        for (var i = 0; i < 50; i++)
        {
            await queries.SummaryAsync(partner.Id, CollectionMonth.Of(first.AddMonths(rng.Next(24))));
        }

        var times = new List<double>();
        for (var i = 0; i < o.Queries; i++)
        {
            var month = CollectionMonth.Of(first.AddMonths(rng.Next(24)));
            var watch = Stopwatch.StartNew();
            var summary = await queries.SummaryAsync(partner.Id, month);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (summary.Lines == 0)
            {
                throw new InvalidOperationException($"no lines in {month}");
            }
        }

        times.Sort();
        Console.WriteLine($"{o.Provider}: cash book of {await db.CashLines.CountAsync(l => l.PartnerId == partner.Id)} lines, {o.Queries} month summaries");
        Console.WriteLine("| month summary | median ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(FormattableString.Invariant($"| {o.Provider} | {times[times.Count / 2]:0.00} | {times[(int)(times.Count * 0.95)]:0.00} | {times[^1]:0.00} |"));
    }
}
