using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Berdaya.Features.Close;

/// <summary>
/// The figures the reports read, computed at the end of each daily close (decision 0009): the portfolio
/// totals as of the close's date and the ledger day totals of the entries posted since the last close.
/// Runs inside the caller's transaction (the one that marks the close done), so a close is done with its
/// totals or not at all; payments never touch these tables.
/// </summary>
[FeatureService]
public sealed class CloseTotals(AppDbContext db, ILogger<CloseTotals> log)
{
    private const string Savepoint = "close_totals";

    /// <summary>
    /// Writes the date's totals for every program at once; if that fails, program by program, so one
    /// program's failure (a sum beyond what its columns hold, say) leaves the others' totals written.
    /// <paramref name="asOf"/> reads the loans' figures as of the date instead of the stored ones (a date
    /// before the latest close). Returns the programs whose totals could not be written: they keep no
    /// total row for the date and their entries stay pending.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> WriteAsync(DateOnly businessDate, bool asOf, CancellationToken ct)
    {
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("The totals are written inside the close's transaction.");
        await tx.CreateSavepointAsync(Savepoint, ct);
        try
        {
            await WriteAsync(businessDate, asOf, null, ct);
            await tx.ReleaseSavepointAsync(Savepoint, ct);
            return [];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Report totals of the close of {BusinessDate} failed for all programs at once; writing them program by program", businessDate);
            await tx.RollbackToSavepointAsync(Savepoint, ct);
        }

        var failed = new List<Guid>();
        foreach (var programId in await db.Programs.Select(p => p.Id).OrderBy(id => id).ToListAsync(ct))
        {
            await tx.CreateSavepointAsync(Savepoint, ct);
            try
            {
                await WriteAsync(businessDate, asOf, programId, ct);
                await tx.ReleaseSavepointAsync(Savepoint, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Report totals of the close of {BusinessDate} failed for program {ProgramId}", businessDate, programId);
                await tx.RollbackToSavepointAsync(Savepoint, ct);
                failed.Add(programId);
            }
        }

        var postgres = db.Database.IsNpgsql();
        await db.Database.ExecuteTextAsync(PortfolioTotalsSql.For(postgres, asOf, oneProgram: false).Prune, ct);
        return failed;
    }

    private async Task WriteAsync(DateOnly businessDate, bool asOf, Guid? programId, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var one = programId is not null;
        var portfolio = PortfolioTotalsSql.For(postgres, asOf, one);
        var ledger = LedgerTotalsSql.For(postgres, one);
        var date = (object)(postgres ? businessDate : businessDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        (string, object)[] program = programId is { } id ? [("program", Id(postgres, id))] : [];
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

            await db.Database.ExecuteTextAsync(portfolio.Clear, ct, [("d", date), .. program]);
            foreach (var statement in portfolio.Dimensions)
            {
                await db.Database.ExecuteTextAsync(statement, ct,
                    [("d", date), ("active", (int)LoanStatus.Active), ("writtenOff", (int)LoanStatus.WrittenOff), .. program]);
            }

            await db.Database.ExecuteTextAsync(portfolio.Totals, ct, [("d", date), .. program]);
            if (!one)
            {
                await db.Database.ExecuteTextAsync(portfolio.Prune, ct);
            }
        }

        var portfolioMs = watch.ElapsedMilliseconds;
        var entries = 0;
        foreach (var statement in ledger.Statements)
        {
            entries = Math.Max(entries, await db.Database.ExecuteTextAsync(statement, ct, [("run", Id(postgres, run)), .. program]));
        }

        log.LogInformation("Report totals of the close of {BusinessDate}{Program}: portfolio {PortfolioMs} ms, ledger {LedgerMs} ms ({Rows} rows)",
            businessDate, programId is null ? "" : " for program " + programId, portfolioMs, watch.ElapsedMilliseconds - portfolioMs, entries);
    }

    /// <summary>SQLite keeps GUIDs as upper-case text (EF Core's mapping); a bound Guid would be a blob.</summary>
    private static object Id(bool postgres, Guid id) => postgres ? id : id.ToString().ToUpperInvariant();
}
