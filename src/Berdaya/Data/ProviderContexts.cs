using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Berdaya.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset text; store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Every payment and every daily close updates loans and installments in place; free room on each
        // page lets PostgreSQL keep the new row version on the same page (a HOT update) instead of
        // touching every index (docs/performance.md, "Lending").
        builder.Entity<Domain.Loans.Loan>().HasStorageParameter("fillfactor", 80);
        builder.Entity<Domain.Loans.Installment>().HasStorageParameter("fillfactor", 80);

        // A program's quarter is read whole by the decline check: the figures it compares ride in the index, so the read is
        // an index-only scan instead of one page of the table per report (decision 0024; docs/performance.md, "Fostering").
        builder.Entity<Domain.Fostering.QuarterlyReport>().HasIndex(x => new { x.ProgramId, x.QuarterIndex, x.Current })
            .IncludeProperties(x => new { x.PartnerId, x.Id, x.Assets, x.Turnover, x.PaidEmployees, x.FamilyEmployees });
    }
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(SqliteAppDbContext).Assembly.FullName))
            .Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql("Host=localhost;Database=berdaya_design")
            .Options);
}
