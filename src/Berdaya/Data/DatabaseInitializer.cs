using System.Diagnostics;
using Berdaya.Data.Identity;
using Berdaya.Data.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// Brings the database up to date at start-up: migrations, the region list, roles and (outside
/// Production unless asked) the demo. On PostgreSQL the whole step runs under an advisory lock,
/// so several app nodes starting together take turns.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, IConfiguration config, IHostEnvironment env, ILogger<DatabaseInitializer> log)
{
    private const long AdvisoryLockKey = 0x4265_7264_6179_61; // "Berdaya"

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var watch = Stopwatch.StartNew();
        var locked = false;
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.OpenConnectionAsync(ct);

            // Another node may hold the lock for as long as its migration, region load and seed take: wait for it,
            // not for the usual command timeout.
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
            db.Database.SetCommandTimeout(timeout);
            locked = true;
        }

        try
        {
            // A migration that fills a column of a large table (a million partners' words) takes minutes, not the usual 30 seconds.
            var usual = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.MigrateAsync(ct);
            db.Database.SetCommandTimeout(usual);
            log.LogInformation("Database migrated in {Ms} ms", watch.ElapsedMilliseconds);

            watch.Restart();
            var regions = await RegionLoader.LoadIfEmptyAsync(db, ct);
            if (regions > 0)
            {
                log.LogInformation("Loaded {Count} regions in {Ms} ms", regions, watch.ElapsedMilliseconds);
            }

            watch.Restart();
            var records = await OnTimeRecords.BackfillAsync(db, ct);
            if (records > 0)
            {
                log.LogInformation("Wrote the on-time records of {Count} loans in {Ms} ms", records, watch.ElapsedMilliseconds);
            }

            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }

            var seedDemo = config.GetValue<bool?>("Demo:Seed") ?? !env.IsProduction();
            if (seedDemo)
            {
                var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider);
                await seeder.SeedIfEmptyAsync(ct);
            }
        }
        finally
        {
            if (locked)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({AdvisoryLockKey})", ct);
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
