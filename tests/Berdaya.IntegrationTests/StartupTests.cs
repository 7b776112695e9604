using Berdaya.Data;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Berdaya.IntegrationTests;

public sealed class StartupTests
{
    [Fact]
    public async Task Two_nodes_starting_together_on_an_empty_PostgreSQL_database_migrate_and_seed_once()
    {
        await TestApp.For(TestApp.Postgres);
        var dbName = "berdaya_nodes_" + Guid.NewGuid().ToString("N")[..10];
        await using (var conn = new NpgsqlConnection(TestApp.PostgresServer))
        {
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{dbName}\"", conn);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var connection = new NpgsqlConnectionStringBuilder(TestApp.PostgresServer) { Database = dbName }.ConnectionString;
        try
        {
            await using var first = new Node(connection);
            await using var second = new Node(connection);

            // Building a host runs start-up (migrations, regions, roles, demo) before it serves.
            await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

            (await first.CreateClient().GetStringAsync("/health", TestContext.Current.CancellationToken)).ShouldBe("Healthy");
            (await second.CreateClient().GetStringAsync("/health", TestContext.Current.CancellationToken)).ShouldBe("Healthy");
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Programs.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
            (await db.Regions.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(91_592);
            (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(Demo.All.Length + 1);
            (await db.Loans.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(21);
            (await db.LoanOnTimeRecords.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(21);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(TestApp.PostgresServer);
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{dbName}\" WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task The_embedded_database_is_created_migrated_and_seeded_on_first_start()
    {
        var dir = Path.Combine(Path.GetTempPath(), "berdaya-first-start", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var node = new Node($"Data Source={Path.Combine(dir, "berdaya.db")}", "Sqlite", dir))
            {
                Directory.CreateDirectory(dir);
                (await node.CreateClient().GetStringAsync("/health", TestContext.Current.CancellationToken)).ShouldBe("Healthy");
                File.Exists(Path.Combine(dir, "berdaya.db")).ShouldBeTrue();
            }

            // A second start on the same file finds everything in place and adds nothing.
            await using var again = new Node($"Data Source={Path.Combine(dir, "berdaya.db")}", "Sqlite", dir);
            await using var scope = again.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Programs.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
            // Citra Sari (10), the Opak group (5), Mekar Sari (6) and Sinar Tani (5).
            (await db.Partners.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(26);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    private sealed class Node(string connection, string provider = "Postgres", string? dataDir = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Berdaya", connection);
            builder.UseSetting("Demo:Seed", "true");
            if (dataDir is not null)
            {
                builder.UseSetting("DataDirectory", dataDir);
            }
        }
    }
}
