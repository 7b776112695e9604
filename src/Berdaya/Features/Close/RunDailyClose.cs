using System.Data.Common;
using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Berdaya.Features.Close;

/// <summary>
/// The daily close for a business date (docs/domain.md, Daily close): days past due, class and the date
/// they hold for, recomputed for every active loan by set-based statements in batches over the loan id;
/// each batch commits with the close's cursor, so a crash resumes where it stopped. On a month's last
/// day it also records the month-end snapshot. Running it again for a closed date computes the same.
/// A date before the latest finished close rebuilds its own snapshot and totals from the figures as of
/// that date and leaves the loans' stored figures, which stay those of the latest close (decision 0010).
/// One program's failure in the per-program steps (allowance, totals) is recorded and does not stop the others.
/// </summary>
public static class RunDailyClose
{
    public const int DefaultBatchSize = 50_000;

    [FeatureService]
    public sealed class Handler(AppDbContext db, DailyCloseGate gate, TimeProvider clock, Fund.AllowanceRun allowance, CloseTotals totals,
        ILogger<Handler> log)
    {
        private const string ProgramSavepoint = "close_program";

        /// <summary>Starts (or resumes, or restarts) the close of a date and runs it to the end.</summary>
        public async Task<DailyClose> HandleAsync(DateOnly businessDate, string by, int batchSize, CancellationToken ct)
        {
            using var turn = gate.Enter();
            var id = await PrepareAsync(businessDate, by, ct);
            return await RunAsync(id, batchSize, null, ct);
        }

        /// <summary>
        /// Checks the date and makes the close row ready to run: a new row, the same row resumed from its
        /// cursor after a crash or failure, or a closed date restarted from the first loan.
        /// </summary>
        public async Task<Guid> PrepareAsync(DateOnly businessDate, string by, CancellationToken ct)
        {
            Check(businessDate, clock.Today(), await FirstDisbursementAsync(db, ct));
            var close = await db.DailyCloses.FirstOrDefaultAsync(c => c.BusinessDate == businessDate, ct);
            var now = clock.GetUtcNow();
            if (close is null)
            {
                close = new DailyClose(businessDate, await CountAsync(businessDate, ct), by, now);
                db.DailyCloses.Add(close);
            }
            else if (close.Status == DailyCloseStatus.Done)
            {
                close.Restart(await CountAsync(businessDate, ct), by, now);
            }
            else
            {
                // Running here means the process that ran it stopped: the gate is ours, nobody else runs it.
                close.Resume();
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node created the same date's close first (unique business date).
                throw new DomainException("close.running", null, ErrorKind.Conflict);
            }

            return close.Id;
        }

        /// <summary>Runs a prepared close from its cursor; <paramref name="maxBatches"/> stops early (to prove resuming).</summary>
        public async Task<DailyClose> RunAsync(Guid closeId, int batchSize, int? maxBatches, CancellationToken ct)
        {
            var sql = db.Database.IsNpgsql() ? CloseSql.Postgres : CloseSql.Sqlite;
            await db.Database.OpenConnectionAsync(ct);
            var locked = false;
            try
            {
                if (sql.IsPostgres)
                {
                    locked = await db.Database.ScalarTextAsync<bool>(CloseSql.TryLock, ct, ("key", CloseSql.LockKey));
                    if (!locked)
                    {
                        throw new DomainException("close.running", null, ErrorKind.Conflict);
                    }
                }

                var close = await db.DailyCloses.FirstAsync(c => c.Id == closeId, ct);
                try
                {
                    // Whether a later date is closed: then this date's figures are computed, not stored.
                    var past = await db.DailyCloses.AnyAsync(c => c.BusinessDate > close.BusinessDate && c.Status == DailyCloseStatus.Done, ct);
                    return await BatchesAsync(close, sql, Math.Max(1, batchSize), maxBatches, past, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "Daily close {BusinessDate} failed", close.BusinessDate);
                    db.ChangeTracker.Clear();
                    var failed = await db.DailyCloses.FirstAsync(c => c.Id == closeId, CancellationToken.None);
                    failed.Fail();
                    await db.SaveChangesAsync(CancellationToken.None);
                    throw;
                }
            }
            finally
            {
                if (locked)
                {
                    await db.Database.ScalarTextAsync<bool>(CloseSql.Unlock, CancellationToken.None, ("key", CloseSql.LockKey));
                }

                await db.Database.CloseConnectionAsync();
            }
        }

        private async Task<DailyClose> BatchesAsync(DailyClose close, CloseSql sql, int batchSize, int? maxBatches, bool past, CancellationToken ct)
        {
            var date = close.BusinessDate;
            for (var batch = 0; maxBatches is null || batch < maxBatches; batch++)
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var cursor = close.Cursor ?? Guid.Empty;
                var (count, last) = await NextBatchAsync(sql, date, cursor, batchSize, ct);
                if (count == 0)
                {
                    await tx.RollbackAsync(ct);
                    return await FinishAsync(close, sql, past, ct);
                }

                if (!past)
                {
                    await db.Database.ExecuteTextAsync(sql.ClassifyBatch, ct, Parameters(sql, date,
                        ("cursor", Id(sql, cursor)), ("last", Id(sql, last!.Value)),
                        ("currentUpTo", Arrears.CurrentUpTo), ("substandardUpTo", Arrears.SubstandardUpTo), ("doubtfulUpTo", Arrears.DoubtfulUpTo),
                        ("current", (int)Collectibility.Current), ("substandard", (int)Collectibility.Substandard),
                        ("doubtful", (int)Collectibility.Doubtful), ("loss", (int)Collectibility.Loss)));
                }

                close.Advance(last!.Value, (int)count);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }

            return close;
        }

        private async Task<DailyClose> FinishAsync(DailyClose close, CloseSql sql, bool past, CancellationToken ct)
        {
            var failed = new List<Guid>();
            if (close.IsMonthEnd && !close.SnapshotTaken)
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteTextAsync(past ? sql.SnapshotAsOf : sql.Snapshot, ct,
                    Parameters(sql, close.BusinessDate, ("writtenOff", (int)LoanStatus.WrittenOff)));
                close.SnapshotDone();
                await db.SaveChangesAsync(ct);

                // The allowance for losses follows the month-end snapshot, one entry per program with loans.
                var programs = await db.LoanMonthEnds.Where(m => m.MonthEnd == close.BusinessDate).Select(m => m.ProgramId).Distinct()
                    .OrderBy(id => id).ToListAsync(ct);
                foreach (var programId in programs)
                {
                    if (!await AllowanceAsync(tx, programId, close, ct))
                    {
                        failed.Add(programId);
                    }
                }

                await tx.CommitAsync(ct);
            }

            // The report totals are written with the close's end (decision 0009).
            await using var done = await db.Database.BeginTransactionAsync(ct);
            failed.AddRange(await totals.WriteAsync(close.BusinessDate, past, ct));
            close.Finish(clock.GetUtcNow(), failed.Distinct().ToList());
            await db.SaveChangesAsync(ct);
            await done.CommitAsync(ct);
            return close;
        }

        /// <summary>Posts one program's allowance in a savepoint: false, with nothing of it kept, when it fails.</summary>
        private async Task<bool> AllowanceAsync(IDbContextTransaction tx, Guid programId, DailyClose close, CancellationToken ct)
        {
            await tx.CreateSavepointAsync(ProgramSavepoint, ct);
            try
            {
                await allowance.PostAsync(programId, close.BusinessDate, close.StartedBy, ct);
                await db.SaveChangesAsync(ct);
                await tx.ReleaseSavepointAsync(ProgramSavepoint, ct);
                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Allowance of the close of {BusinessDate} failed for program {ProgramId}", close.BusinessDate, programId);
                await tx.RollbackToSavepointAsync(ProgramSavepoint, ct);
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                return false;
            }
        }

        private async Task<(long Count, Guid? Last)> NextBatchAsync(CloseSql sql, DateOnly date, Guid cursor, int size, CancellationToken ct)
        {
            await using var cmd = db.Database.Command(sql.NextBatch, Parameters(sql, date, ("cursor", Id(sql, cursor)), ("size", size)));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var count = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            if (count == 0)
            {
                return (0, null);
            }

            var last = reader.GetValue(1) is Guid g ? g : Guid.Parse((string)reader.GetValue(1));
            return (count, last);
        }

        private async Task<int> CountAsync(DateOnly date, CancellationToken ct)
        {
            var sql = db.Database.IsNpgsql() ? CloseSql.Postgres : CloseSql.Sqlite;
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                return (int)await db.Database.ScalarTextAsync<long>(sql.CountActive, ct, Parameters(sql, date));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        private static (string, object)[] Parameters(CloseSql sql, DateOnly date, params (string, object)[] more) =>
        [
            ("d", sql.IsPostgres ? date : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("active", (int)LoanStatus.Active),
            .. more,
        ];

        /// <summary>SQLite keeps GUIDs as upper-case text (EF Core's mapping); a bound Guid would be a blob.</summary>
        private static object Id(CloseSql sql, Guid id) => sql.IsPostgres ? id : id.ToString().ToUpperInvariant();
    }

    /// <summary>
    /// A close is for a day that has begun and on which a loan was on the books: not in the future, not
    /// before the first disbursement (docs/domain.md, Daily close). With no loan yet there is nothing to close.
    /// </summary>
    public static void Check(DateOnly businessDate, DateOnly today, DateOnly? firstDisbursement)
    {
        if (businessDate == default)
        {
            throw new DomainValidationException([new DomainException("field.required", "BusinessDate")]);
        }

        if (businessDate > today)
        {
            throw new DomainValidationException([new DomainException("date.future", "BusinessDate")]);
        }

        if (firstDisbursement is not { } first)
        {
            throw new DomainValidationException([new DomainException("close.noloans", "BusinessDate")]);
        }

        if (businessDate < first)
        {
            throw new DomainValidationException([new DomainException("close.before.first", "BusinessDate", ErrorKind.Validation, first)]);
        }
    }

    /// <summary>The date of the first loan paid out, across every program (null before any).</summary>
    public static Task<DateOnly?> FirstDisbursementAsync(AppDbContext db, CancellationToken ct) =>
        db.Loans.MinAsync(l => (DateOnly?)l.DisbursedOn, ct);

    /// <summary>The date the scheduler closes: yesterday in WIB (domain: the program's calendar day).</summary>
    public static DateOnly Yesterday(TimeProvider clock) => clock.Today().AddDays(-1);
}

/// <summary>
/// One close at a time in this process (the advisory lock covers other nodes on PostgreSQL; SQLite
/// serves one node). A second request while one runs is refused, not queued.
/// </summary>
public sealed class DailyCloseGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public bool IsBusy => _gate.CurrentCount == 0;

    public void Dispose() => _gate.Dispose();

    public IDisposable Enter() =>
        _gate.Wait(0) ? new Turn(_gate) : throw new DomainException("close.running", null, ErrorKind.Conflict);

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
