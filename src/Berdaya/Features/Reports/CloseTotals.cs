using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Loans;
using Berdaya.Features.Fund;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Berdaya.Features.Reports;

/// <summary>
/// The figures the reports read, computed at the end of each daily close (decision 0009): the portfolio
/// totals as of the close's date and the ledger day totals of the entries posted since the last close.
/// Runs inside the caller's transaction (the one that marks the close done), so a close is done with its
/// totals or not at all; payments never touch these tables.
/// </summary>
[FeatureService]
public sealed class CloseTotals(AppDbContext db, ILogger<CloseTotals> log)
{
    public async Task WriteAsync(DateOnly businessDate, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var portfolio = postgres ? PortfolioTotalsSql.Postgres : PortfolioTotalsSql.Sqlite;
        var ledger = postgres ? LedgerTotalsSql.Postgres : LedgerTotalsSql.Sqlite;
        var date = (object)(postgres ? businessDate : businessDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var run = Guid.CreateVersion7();
        var watch = Stopwatch.StartNew();

        // A close of an earlier date that is not a month end would be pruned at once: nothing reads it.
        var monthEnd = businessDate.AddDays(1).Day == 1;
        if (monthEnd || await db.Database.ScalarTextAsync<long>(portfolio.Later, ct, ("d", date)) == 0)
        {
            foreach (var setting in portfolio.Settings)
            {
                await db.Database.ExecuteTextAsync(setting, ct);
            }

            await db.Database.ExecuteTextAsync(portfolio.Clear, ct, ("d", date));
            foreach (var statement in portfolio.Dimensions)
            {
                await db.Database.ExecuteTextAsync(statement, ct, ("d", date), ("active", (int)LoanStatus.Active), ("writtenOff", (int)LoanStatus.WrittenOff));
            }

            await db.Database.ExecuteTextAsync(portfolio.Totals, ct, ("d", date));
            await db.Database.ExecuteTextAsync(portfolio.Prune, ct);
        }

        var portfolioMs = watch.ElapsedMilliseconds;
        var entries = 0;
        foreach (var statement in ledger.Statements)
        {
            entries = Math.Max(entries, await db.Database.ExecuteTextAsync(statement, ct, ("run", postgres ? run : run.ToString().ToUpperInvariant())));
        }

        log.LogInformation("Report totals of the close of {BusinessDate}: portfolio {PortfolioMs} ms, ledger {LedgerMs} ms ({Rows} rows)",
            businessDate, portfolioMs, watch.ElapsedMilliseconds - portfolioMs, entries);
    }
}
