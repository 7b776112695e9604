using System.Globalization;
using Berdaya.Domain.Loans;

namespace Berdaya.Features.Close;

/// <summary>
/// The daily close's statements, one text per provider. They only differ where the databases do:
/// SQLite keeps dates as 'yyyy-MM-dd' text (days between two dates through julianday) and GUIDs as
/// upper-case text; PostgreSQL has date and uuid types (date minus date is a day count).
/// Thresholds and statuses come from <c>Arrears</c> and the enums (as parameters or as their constants), so the rules stay there.
/// </summary>
public sealed class CloseSql
{
    public static readonly CloseSql Sqlite = new(postgres: false);
    public static readonly CloseSql Postgres = new(postgres: true);

    private CloseSql(bool postgres)
    {
        IsPostgres = postgres;
        var daysBetween = postgres ? "(@d - x.oldest)" : "CAST(julianday(@d) - julianday(x.oldest) AS INTEGER)";

        // The next batch: how many active loans follow the cursor (at most @size) and the last one's id.
        NextBatch = """
            WITH b AS (
                SELECT "Id" FROM "Loans"
                WHERE "Status" = @active AND "DisbursedOn" <= @d AND "Id" > @cursor
                ORDER BY "Id" LIMIT @size)
            SELECT (SELECT count(*) FROM b), (SELECT "Id" FROM b ORDER BY "Id" DESC LIMIT 1)
            """;

        // Days past due count from the oldest installment of the current schedule not fully paid on the
        // business date (docs/domain.md, Arrears and collectibility; Arrears.DaysPastDue and Loan.StateAsOf in C#).
        // A loan paid on or before that date has it stored (OldestUnpaidDueDate); only a loan with later
        // payments (a close for a past date) reads its installments, for the state they were in on that date.
        // Only loans whose days past due change are written (the class follows from them): on an ordinary day
        // that is the loans in arrears, not the whole book, so the close costs a read of every loan and a write
        // of the few that move. The batch's id range bounds the updated table too, or the planner joins the
        // batch to a full scan.
        ClassifyBatch = $"""
            UPDATE "Loans" SET
                "DaysPastDue" = s.days,
                "Class" = CASE WHEN s.days <= @currentUpTo THEN @current
                               WHEN s.days <= @substandardUpTo THEN @substandard
                               WHEN s.days <= @doubtfulUpTo THEN @doubtful
                               ELSE @loss END,
                "ClassifiedOn" = @d
            FROM ({DaysAsOf(daysBetween, InBatch)}) s
            WHERE "Loans"."Id" = s."Id" AND "Loans"."Id" > @cursor AND "Loans"."Id" <= @last
              AND "Loans"."DaysPastDue" <> s.days
            """;

        // The loans with their figures as of the business date, computed and not stored: a close for a date
        // before the latest finished close leaves the stored figures (those of the latest close, decision 0010)
        // and reads these for the date's snapshot and totals. Loans not active keep their stored figures.
        LoansAsOf = $"""
            (SELECT l0."Id", l0."ProgramId", l0."ProductId", l0."GroupId", l0."Status", l0."DisbursedOn", l0."PrincipalOutstanding",
                    l0."WriteOffKind", l0."WrittenOffPrincipal",
                    COALESCE(s.days, l0."DaysPastDue") AS "DaysPastDue",
                    CASE WHEN s.days IS NULL THEN l0."Class" ELSE {ClassOf("s.days")} END AS "Class"
             FROM "Loans" l0 LEFT JOIN ({DaysAsOf(daysBetween, "")}) s ON s."Id" = l0."Id")
            """;

        // Month-end history for allowance estimates (docs/domain.md, Allowance for losses): loans on the books
        // or written off but still collectable; a second run keeps the first rows.
        Snapshot = SnapshotFrom("\"Loans\"");
        SnapshotAsOf = SnapshotFrom(LoansAsOf);

        CountActive = """SELECT count(*) FROM "Loans" WHERE "Status" = @active AND "DisbursedOn" <= @d""";
    }

    public bool IsPostgres { get; }
    public string NextBatch { get; }
    public string ClassifyBatch { get; }
    public string Snapshot { get; }

    /// <summary>The month-end snapshot of a past date, from <see cref="LoansAsOf"/>.</summary>
    public string SnapshotAsOf { get; }

    /// <summary>A table expression with the loans' columns the snapshot and the totals read, figures as of <c>@d</c>.</summary>
    public string LoansAsOf { get; }

    public string CountActive { get; }

    private const string InBatch = """ AND l."Id" > @cursor AND l."Id" <= @last""";

    /// <summary>Each active loan disbursed by <c>@d</c> with its days past due on that date (<c>Id</c>, <c>days</c>).</summary>
    private static string DaysAsOf(string daysBetween, string bounds) => $"""
        SELECT x."Id", CASE WHEN x.oldest < @d THEN {daysBetween} ELSE 0 END AS days
        FROM (
            SELECT l."Id",
                   CASE WHEN l."LastPaidOn" IS NULL OR l."LastPaidOn" <= @d THEN l."OldestUnpaidDueDate"
                        ELSE (SELECT min(i."DueDate") FROM "Installments" i
                              WHERE i."LoanId" = l."Id" AND i."ScheduleVersion" = l."ScheduleVersion"
                                AND i."DueDate" <= @d AND (i."PaidOffOn" IS NULL OR i."PaidOffOn" > @d))
                   END AS oldest
            FROM "Loans" l
            WHERE l."Status" = @active AND l."DisbursedOn" <= @d{bounds}) x
        """;

    /// <summary><see cref="Arrears.ClassOf"/> in SQL, from the same bounds.</summary>
    internal static string ClassOf(string days) => string.Create(CultureInfo.InvariantCulture, $"""
        CASE WHEN {days} <= {Arrears.CurrentUpTo} THEN {(int)Collectibility.Current}
             WHEN {days} <= {Arrears.SubstandardUpTo} THEN {(int)Collectibility.Substandard}
             WHEN {days} <= {Arrears.DoubtfulUpTo} THEN {(int)Collectibility.Doubtful}
             ELSE {(int)Collectibility.Loss} END
        """);

    private static string SnapshotFrom(string loans) => $"""
        INSERT INTO "LoanMonthEnds" ("MonthEnd", "LoanId", "ProgramId", "ProductId", "Status", "DaysPastDue", "Class", "PrincipalOutstanding")
        SELECT @d, l."Id", l."ProgramId", l."ProductId", l."Status", l."DaysPastDue", l."Class", l."PrincipalOutstanding"
        FROM {loans} l
        WHERE l."Status" IN (@active, @writtenOff) AND l."DisbursedOn" <= @d
        ON CONFLICT DO NOTHING
        """;

    /// <summary>One close at a time across every node on PostgreSQL (session advisory lock, released at the end).</summary>
    public const string TryLock = "SELECT pg_try_advisory_lock(@key)";

    public const string Unlock = "SELECT pg_advisory_unlock(@key)";

    /// <summary>An arbitrary constant naming the daily close among the app's advisory locks.</summary>
    public const long LockKey = 0x42_65_72_44_43_6C_6F_73;
}
