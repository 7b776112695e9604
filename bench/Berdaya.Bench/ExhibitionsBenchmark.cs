using System.Diagnostics;
using Berdaya.Data;
using Berdaya.Domain.Exhibitions;
using Berdaya.Features.Exhibitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// Exhibition eligibility for the whole of the biggest program of the lending data (docs/performance.md): an exhibition
/// a month ahead is planned, then the eligible count and the first ranked page with reasons are timed through the
/// app's own service, as an administrator.
/// </summary>
public static class ExhibitionsBenchmark
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
            Console.WriteLine($"{await db.Loans.CountAsync()} loans, {await db.Installments.CountAsync()} installments; program with the most loans: {biggest.Count}");
        }

        Guid exhibition;
        await using (var scope = CoachingBenchmark.AsAdmin(app.Services))
        {
            var plan = scope.ServiceProvider.GetRequiredService<PlanExhibition>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            exhibition = (await plan.HandleAsync(new PlanExhibition.Command
            {
                ProgramId = program,
                Name = "Pameran bench " + Guid.NewGuid().ToString("N")[..6],
                Category = ExhibitionCategory.Local,
                Organiser = "CDC",
                Place = "Bandung",
                StartsOn = today.AddDays(30),
                EndsOn = today.AddDays(32),
                Places = 100,
                Cost = 0m,
                Months = Exhibition.DefaultMonths,
            })).Id;
        }

        var times = new List<double>();
        EligibilityView? view = null;
        var runs = Math.Max(1, Math.Min(o.Queries, 5));
        for (var i = 0; i < runs; i++)
        {
            await using var scope = CoachingBenchmark.AsAdmin(app.Services);
            var eligibility = scope.ServiceProvider.GetRequiredService<ExhibitionEligibility>();
            var watch = Stopwatch.StartNew();
            view = await eligibility.ForAsync(exhibition, 1, CancellationToken.None);
            times.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"eligibility run {i + 1}: {watch.Elapsed.TotalSeconds:F2} s");
        }

        times.Sort();
        Console.WriteLine($"exhibition eligibility: median {times[times.Count / 2]:F2} s, min {times[0]:F2}–max {times[^1]:F2} s; " +
                          $"{view!.Eligible} eligible of {view.Total}, first page {view.Candidates.Count} rows; first: {(view.Candidates.Count > 0 ? view.Candidates[0].Why : "")}");
        var left = view.Candidates.FirstOrDefault(c => !c.Eligible);
        if (left is not null)
        {
            Console.WriteLine($"a partner left out: {left.Why}");
        }
    }
}
