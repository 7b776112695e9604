using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Berdaya.Bench;

/// <summary>
/// Repayment posting over HTTP (decision 0010: at least 300 per second, p99 under 200 ms at
/// 1,000,000 loans on PostgreSQL): the real app listening on Kestrel, driven by wrk with random
/// active loans, Rp 10,000 payments and a fresh Idempotency-Key per request; then pgbench
/// (select-only and simple-update) on a scratch database of the same server for the ratio.
/// </summary>
public static partial class RepayLoad
{
    private const int Port = 5093;

    public static async Task RunAsync(Options o)
    {
        var work = Path.Combine(Path.GetTempPath(), "berdaya-repay-load");
        Directory.CreateDirectory(work);
        await using var app = o.App(Port);
        app.StartServer();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = LoanGenerator.AdminEmail, password = LoanGenerator.AdminPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

        List<Guid> ids;
        int loans;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            loans = await db.Loans.CountAsync();
            ids = await db.Loans.Where(l => l.Status == LoanStatus.Active && l.PrincipalOutstanding > 2_000_000m)
                .OrderBy(l => l.Number).Select(l => l.Id).Take(20_000).ToListAsync();
        }

        var paidOn = TimeProvider.System.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var script = Path.Combine(work, "repay.lua");
        await File.WriteAllTextAsync(script, Lua(ids, token, paidOn));
        Console.WriteLine($"{loans} loans; payments go to {ids.Count} active loans at random; {o.Seconds} s per run, wrk with 2 threads");

        // Warm-up long enough for the runtime's tiered compilation to finish its optimized code, so the first
        // measured level does not pay for it.
        await WrkAsync(script, 16, 20, quiet: true);
        var measuredFrom = DateTimeOffset.UtcNow;
        Console.WriteLine("| connections | requests/s | p50 ms | p90 ms | p99 ms | non-2xx | app CPU ms/request | PostgreSQL CPU ms/request |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var c in o.Concurrency)
        {
            // CPU per request, the app's and the database server's, holds even when the machine is shared.
            var appBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var pgBefore = PostgresCpu(o.BenchDatabase);
            var r = await WrkAsync(script, c, o.Seconds, quiet: false);
            var requests = r.Rps * o.Seconds;
            var appMs = (Process.GetCurrentProcess().TotalProcessorTime - appBefore).TotalMilliseconds / requests;
            var pgMs = (PostgresCpu(o.BenchDatabase) - pgBefore).TotalMilliseconds / requests;
            Console.WriteLine($"| {c} | {r.Rps:F0} | {r.P50:F1} | {r.P90:F1} | {r.P99:F1} | {r.Errors} | {appMs:F2} | {pgMs:F2} |");
        }

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var recorded = await db.Repayments.CountAsync(r => r.RecordedAt >= measuredFrom);
            Console.WriteLine($"repayments recorded by the measured runs: {recorded}");
        }

        if (o.IsPostgres && o.Pgbench)
        {
            await PgbenchAsync(o, o.Seconds);
        }
    }

    /// <summary>User and system time of the server's processes for the benchmark database (Linux /proc), for the server's share.</summary>
    private static TimeSpan PostgresCpu(string database)
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(dir), out _) || File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres")
                {
                    continue;
                }

                // The benchmark database's backends and the server's writers, not other databases' sessions.
                var title = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (!title.Contains(" " + database + " ", StringComparison.Ordinal) && !title.Contains("writer", StringComparison.Ordinal)
                    && !title.Contains("checkpointer", StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name) are utime and stime in clock ticks.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static string Lua(List<Guid> ids, string token, string paidOn)
    {
        var sb = new StringBuilder();
        sb.AppendLine("local ids = {");
        foreach (var id in ids)
        {
            sb.Append('"').Append(id).AppendLine("\",");
        }

        sb.AppendLine("}");
        sb.AppendLine(CultureInfo.InvariantCulture, $$"""
            local counter = 0
            local n = 0
            function setup(thread)
              n = n + 1
              thread:set("tid", tostring(os.time()) .. "-" .. n)
            end
            function init(args)
              math.randomseed(os.time() + #tid)
            end
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Authorization"] = "Bearer {{token}}"
            wrk.body = '{"amount":10000,"paidOn":"{{paidOn}}","channel":"Cash"}'
            request = function()
              counter = counter + 1
              wrk.headers["Idempotency-Key"] = "bench-" .. tid .. "-" .. counter
              return wrk.format(nil, "/api/v1/loans/" .. ids[math.random(#ids)] .. "/repayments")
            end
            """);
        return sb.ToString();
    }

    private sealed record WrkResult(double Rps, double P50, double P90, double P99, long Errors);

    private static async Task<WrkResult> WrkAsync(string script, int connections, int seconds, bool quiet)
    {
        var output = await RunAsync("wrk", $"-t2 -c{connections} -d{seconds}s --latency --timeout 10s -s {script} http://127.0.0.1:{Port}", null);
        if (!quiet)
        {
            Console.Error.WriteLine(output);
        }

        double Latency(string p)
        {
            var m = Regex.Match(output, $@"^\s*{p}%\s+([\d.]+)(us|ms|s)", RegexOptions.Multiline);
            if (!m.Success)
            {
                return double.NaN;
            }

            var v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return m.Groups[2].Value switch { "us" => v / 1000, "s" => v * 1000, _ => v };
        }

        var rps = RpsRegex().Match(output);
        var errors = ErrorsRegex().Match(output);
        return new WrkResult(rps.Success ? double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
            Latency("50"), Latency("90"), Latency("99"), errors.Success ? long.Parse(errors.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static async Task PgbenchAsync(Options o, int seconds)
    {
        var cs = new NpgsqlConnectionStringBuilder(o.Connection);
        const string scratch = "berdaya_pgbench";
        await using (var c = new NpgsqlConnection(o.Connection))
        {
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {scratch}", c);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {scratch}", c);
            await create.ExecuteNonQueryAsync();
        }

        var common = $"-h {cs.Host} -p {cs.Port} -U {cs.Username}";
        // pgbench talks to the server the way the app does: with TLS unless the connection string turns it off.
        var env = new Dictionary<string, string>
        {
            ["PGPASSWORD"] = cs.Password ?? "",
            ["PGSSLMODE"] = cs.SslMode == SslMode.Disable ? "disable" : "prefer",
        };
        await RunAsync("pgbench", $"-i -q -s 10 {common} {scratch}", env);
        Console.WriteLine("| pgbench (scale 10, 2 threads) | clients | tps |");
        Console.WriteLine("|---|---|---|");
        foreach (var (mode, clients) in new[] { ("select-only", 8), ("simple-update", 8), ("simple-update", 32) })
        {
            var output = await RunAsync("pgbench", $"-b {mode} -c {clients} -j 2 -T {seconds} {common} {scratch}", env);
            var tps = TpsRegex().Match(output);
            Console.WriteLine($"| {mode} | {clients} | {(tps.Success ? tps.Groups[1].Value : "?")} |");
        }

        await using (var c = new NpgsqlConnection(o.Connection))
        {
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {scratch}", c);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<string> RunAsync(string file, string args, Dictionary<string, string>? env)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in env ?? [])
        {
            start.Environment[k] = v;
        }

        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var text = await stdout + await stderr;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {args} failed: {text}");
        }

        return text;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RpsRegex();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex ErrorsRegex();

    [GeneratedRegex(@"tps = ([\d.]+)")]
    private static partial Regex TpsRegex();
}
