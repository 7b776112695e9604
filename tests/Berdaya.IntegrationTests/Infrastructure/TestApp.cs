using System.Collections.Concurrent;
using Berdaya.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Berdaya.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real database: SQLite in a temporary folder, or a throwaway PostgreSQL
/// database when <c>BERDAYA_TEST_POSTGRES</c> holds a server connection string. One app per
/// provider is shared by the whole test run (each test makes its own records). The app's own start
/// (migrations, region list, demo seed) runs once per provider and run, into a template database;
/// every app's database, the shared one and each test's own, starts as a copy of it, and the app
/// then starts on it as on any existing database.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    private static readonly ConcurrentDictionary<string, Lazy<Task<TestApp>>> Apps = new();
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new();

    /// <summary>One copy of the PostgreSQL template at a time: a copy may not start while another session is on it.</summary>
    private static readonly SemaphoreSlim Copying = new(1, 1);
    private readonly string _provider;
    private readonly string _connection;
    private readonly string? _dataDir;
    private readonly string? _pgDatabase;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private TestApp(string provider, string connection, string? dataDir, string? pgDatabase, IReadOnlyDictionary<string, string?>? settings)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _provider = provider;
        _connection = connection;
        _dataDir = dataDir;
        _pgDatabase = pgDatabase;
    }

    private int _dropped;

    public string Provider => _provider;

    /// <summary>Server connection string for PostgreSQL tests, or null when none is configured.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("BERDAYA_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The providers every database test runs on.</summary>
    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    /// <summary>
    /// The shared app for a provider. PostgreSQL tests are skipped, with the reason, when no server
    /// is configured, and fail instead under CI=true.
    /// </summary>
    public static Task<TestApp> For(string provider)
    {
        SkipWithoutServer(provider);
        return Apps.GetOrAdd(provider, p => new Lazy<Task<TestApp>>(() => CreateAsync(p))).Value;
    }

    /// <summary>
    /// A new app with a database of its own, for a test that must not see what other tests did there
    /// (a later date's daily close changes what an earlier date's close writes). Dispose it at the end
    /// of the test: its database goes with it. <paramref name="settings"/> override the test settings (the daily close enabled, say).
    /// </summary>
    public static Task<TestApp> Own(string provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        SkipWithoutServer(provider);
        return CreateAsync(provider, settings);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DropStorage();
        GC.SuppressFinalize(this);
    }

    private static void SkipWithoutServer(string provider)
    {
        if (provider == Postgres && PostgresServer is null)
        {
            if (InCi)
            {
                Assert.Fail("CI=true but BERDAYA_TEST_POSTGRES is not set: PostgreSQL tests cannot run.");
            }

            Assert.Skip("PostgreSQL not configured (set BERDAYA_TEST_POSTGRES to a server connection string).");
        }
    }

    private static async Task<TestApp> CreateAsync(string provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // Settings of its own may change what the first start writes (the demo closes its month ends when the daily
        // close is on): such an app seeds its own database, as a first start would.
        var template = settings is { Count: > 0 } ? null : await Templates.GetOrAdd(provider, p => new Lazy<Task<string>>(() => SeedTemplateAsync(p))).Value;
        TestApp app;
        if (provider == Postgres)
        {
            var dbName = "berdaya_test_" + Guid.NewGuid().ToString("N")[..12];
            await Copying.WaitAsync();
            try
            {
                await ServerCommandAsync(template is null ? $"CREATE DATABASE \"{dbName}\"" : $"CREATE DATABASE \"{dbName}\" TEMPLATE \"{template}\"");
            }
            finally
            {
                Copying.Release();
            }

            var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = dbName };
            app = new TestApp(Postgres, builder.ConnectionString, null, dbName, settings);
        }
        else
        {
            var dir = NewSqliteFolder();
            if (template is not null)
            {
                File.Copy(template, Path.Combine(dir, "berdaya.db"));
            }

            app = new TestApp(Sqlite, $"Data Source={Path.Combine(dir, "berdaya.db")}", dir, null, settings);
        }

        // Building the host starts the app: on a copy of the template, its migrations, region list and demo are already there.
        _ = app.Services;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Cleanup();
        return app;
    }

    /// <summary>
    /// Starts the app once on an empty database (migrations, region list, demo seed, exactly as a first start) and keeps
    /// what it wrote as the provider's template: a PostgreSQL database nobody connects to, or a SQLite file. Dropped when
    /// the run ends.
    /// </summary>
    private static async Task<string> SeedTemplateAsync(string provider)
    {
        if (provider == Postgres)
        {
            var name = "berdaya_template_" + Guid.NewGuid().ToString("N")[..12];
            await ServerCommandAsync($"CREATE DATABASE \"{name}\"");
            var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
            var seeding = new TestApp(Postgres, builder.ConnectionString, null, null, null);
            _ = seeding.Services;
            await seeding.DisposeAsync();

            // No session may stay on a template while it is copied; no other PostgreSQL app exists before it.
            NpgsqlConnection.ClearAllPools();

            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropDatabase(name);
            return name;
        }

        var dir = NewSqliteFolder();
        var file = Path.Combine(Path.GetTempPath(), "berdaya-tests", $"template-{Guid.NewGuid():N}.db");
        var seeded = new TestApp(Sqlite, $"Data Source={Path.Combine(dir, "berdaya.db")}", dir, null, null);
        await using (var scope = seeded.Scope(out var db))
        {
            // One consistent file, the write-ahead log folded in, while the app still holds its connections.
            await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", file);
        }

        await seeded.DisposeAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    }

    private static string NewSqliteFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "berdaya-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static async Task ServerCommandAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(PostgresServer);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static void DropDatabase(string name)
    {
        try
        {
            using var conn = new NpgsqlConnection(PostgresServer);
            conn.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            cmd.ExecuteNonQuery();
        }
        catch (Exception)
        {
            // Best effort: a database left behind is harmless.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // As in Development: a service that outlives what it uses fails the start, not a later request.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _provider,
            ["ConnectionStrings:Berdaya"] = _connection,
            ["Demo:Seed"] = "true",
            ["DataDirectory"] = _dataDir,
            ["DailyClose:Enabled"] = "false",
            ["Jobs:Enabled"] = "false",

            // Every test logs in from the same (test server's) address; LoginLimitTests prove the limit with a low one.
            ["Login:AttemptsPerAddressPerMinute"] = "100000",

            // A failed test's report carries what the app printed: warnings and errors, not every start and close.
            // The database errors the race and refusal tests cause on purpose are the app's answers, not news.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Critical",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, FailingRoutes>());

        // The app reads the provider while registering services, before configuration callbacks run;
        // host settings are visible from the start, so the test database is really the one used.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The id of the partner the demo (or a test) registered under this owner's name; there must be exactly one.</summary>
    public async Task<Guid> PartnerIdAsync(string ownerName)
    {
        await using var scope = Scope(out var db);
        return await db.Partners.Where(p => p.OwnerName == ownerName).Select(p => p.Id).SingleAsync();
    }

    /// <summary>A database context on the app's database, for arranging and checking state.</summary>
    public AsyncServiceScope Scope(out AppDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    private void Cleanup()
    {
        try
        {
            Dispose();
        }
        catch (Exception)
        {
            // Best effort, as below.
        }

        DropStorage();
    }

    private void DropStorage()
    {
        if (Interlocked.Exchange(ref _dropped, 1) == 1)
        {
            return;
        }

        try
        {
            if (_pgDatabase is not null)
            {
                using (var own = new NpgsqlConnection(_connection))
                {
                    NpgsqlConnection.ClearPool(own);
                }

                DropDatabase(_pgDatabase);
            }

            if (_dataDir is not null)
            {
                Directory.Delete(_dataDir, true);
            }
        }
        catch (Exception)
        {
            // Best effort: a temporary folder or database left behind is harmless.
        }
    }
}
