using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.Bench;

/// <summary>
/// The real app on the benchmark's database: a SQLite file in a folder, or a PostgreSQL database.
/// In-process host by default (measures the app, not the network); with a port it also listens on
/// Kestrel, so an external load tool can drive it.
/// </summary>
public sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly string _connection;
    private readonly string? _dir;
    private readonly TimeSpan _clockShift;

    public BenchApp(string dir)
        : this("Sqlite", $"Data Source={Path.Combine(dir, "berdaya.db")}", dir)
    {
    }

    /// <param name="clockShift">Moves the app's clock, so a close can run as "the day just ended" for a date ahead of the real one.</param>
    public BenchApp(string provider, string connection, string? dir = null, int? port = null, TimeSpan clockShift = default)
    {
        _provider = provider;
        _connection = connection;
        _dir = dir;
        _clockShift = clockShift;

        // The host looks for the app's content root (views, static files) here.
        var root = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Berdaya.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Run the benchmark from inside the repository.");
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BERDAYA", Path.Combine(root.FullName, "src", "Berdaya"));
        if (port is { } p)
        {
            UseKestrel(p);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _provider,
            ["ConnectionStrings:Berdaya"] = _connection,
            ["Demo:Seed"] = "true",
            ["DataDirectory"] = _dir,
            ["Logging:LogLevel:Default"] = "Warning",

            // A benchmark times its own close; the scheduler would start one behind its back.
            ["DailyClose:Enabled"] = "false",
            ["Jobs:Enabled"] = "false",
        };

        // Host settings are seen while services are registered (configuration callbacks come too late).
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clockShift != TimeSpan.Zero)
        {
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new ShiftedClock(_clockShift)));
        }
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
