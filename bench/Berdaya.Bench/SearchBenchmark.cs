using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// Partner search through the real API as the demo officer: by name prefix, by NIK, by village.
/// Reports median and 95th percentile per kind (decision 0003's goal at 100,000 partners on SQLite:
/// median under 20 ms, p95 under 50 ms).
/// </summary>
public static class SearchBenchmark
{
    public static async Task RunAsync(Options o)
    {
        await using var app = new BenchApp(o.Dir);
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "officer@demo.berdaya.id", password = "Demo#2026" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        List<(string Name, string Nik, string Village)> sample;
        int total;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            total = await db.Partners.CountAsync();
            sample = (await db.Partners.OrderBy(p => p.Id).Select(p => new { p.OwnerName, p.Nik, p.VillageCode }).Take(5000).ToListAsync())
                .Select(p => (p.OwnerName, p.Nik, p.VillageCode)).ToList();
        }

        var rng = new Random(o.Seed);
        var kinds = new Dictionary<string, Func<string>>
        {
            ["name prefix (4 letters)"] = () => "/api/v1/partners?q=" + Uri.EscapeDataString(Pick().Name.Split(' ')[^1][..4]),
            ["full name"] = () => "/api/v1/partners?q=" + Uri.EscapeDataString(Pick().Name),
            ["NIK (full)"] = () => "/api/v1/partners?nik=" + Pick().Nik,
            ["NIK (first 10 digits)"] = () => "/api/v1/partners?nik=" + Pick().Nik[..10],
            ["village"] = () => "/api/v1/partners?village=" + Pick().Village,
        };

        Console.WriteLine($"partners: {total}; {o.Queries} queries per kind after 100 warm-up queries");
        Console.WriteLine("| search | median ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (kind, url) in kinds)
        {
            for (var i = 0; i < 100; i++)
            {
                (await client.GetAsync(url())).EnsureSuccessStatusCode();
            }

            var times = new List<double>(o.Queries);
            for (var i = 0; i < o.Queries; i++)
            {
                var u = url();
                var watch = Stopwatch.StartNew();
                var response = await client.GetAsync(u);
                await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                response.EnsureSuccessStatusCode();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"| {kind} | {Percentile(times, 0.5):F1} | {Percentile(times, 0.95):F1} | {times[^1]:F1} |");
        }

        (string Name, string Nik, string Village) Pick() => sample[rng.Next(sample.Count)];
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
