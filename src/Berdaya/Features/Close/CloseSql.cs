namespace Berdaya.Features.Close;

/// <summary>
/// The daily close's statements, one text per provider. They only differ where the databases do:
/// SQLite keeps dates as 'yyyy-MM-dd' text (days between two dates through julianday) and GUIDs as
/// upper-case text; PostgreSQL has date and uuid types (date minus date is a day count).
/// Every threshold and status arrives as a parameter, so the rules stay in <c>Arrears</c> and the enums.
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

        // Domain guide 4: days past due count from the oldest installment of the current schedule not
        // fully paid on the business date. A loan paid on or before that date has it stored
        // (OldestUnpaidDueDate); only a loan with later payments (a close for a past date) reads its
        // installments, for the state they were in on that date. Only loans whose days past due change
        // are written (the class follows from them): on an ordinary day that is the loans in arrears,
        // not the whole book, so the close costs a read of every loan and a write of the few that move.
        // The batch's id range bounds the updated table too, or the planner joins the batch to a full scan.
        ClassifyBatch = $"""
            UPDATE "Loans" SET
                "DaysPastDue" = s.days,
                "Class" = CASE WHEN s.days <= @currentUpTo THEN @current
                               WHEN s.days <= @substandardUpTo THEN @substandard
                               WHEN s.days <= @doubtfulUpTo THEN @doubtful
                               ELSE @loss END,
                "ClassifiedOn" = @d
            FROM (
                SELECT x."Id", CASE WHEN x.oldest < @d THEN {daysBetween} ELSE 0 END AS days
                FROM (
                    SELECT l."Id",
                           CASE WHEN l."LastPaidOn" IS NULL OR l."LastPaidOn" <= @d THEN l."OldestUnpaidDueDate"
                                ELSE (SELECT min(i."DueDate") FROM "Installments" i
                                      WHERE i."LoanId" = l."Id" AND i."ScheduleVersion" = l."ScheduleVersion"
                                        AND i."DueDate" <= @d AND (i."PaidOffOn" IS NULL OR i."PaidOffOn" > @d))
                           END AS oldest
                    FROM "Loans" l
                    WHERE l."Status" = @active AND l."DisbursedOn" <= @d AND l."Id" > @cursor AND l."Id" <= @last) x
            ) s
            WHERE "Loans"."Id" = s."Id" AND "Loans"."Id" > @cursor AND "Loans"."Id" <= @last
              AND "Loans"."DaysPastDue" <> s.days
            """;

        // Month-end history for allowance estimates (SE-02/MBU/Wk/2012): loans on the books or
        // written off but still collectable; a second run keeps the first rows.
        Snapshot = """
            INSERT INTO "LoanMonthEnds" ("MonthEnd", "LoanId", "ProgramId", "ProductId", "Status", "DaysPastDue", "Class", "PrincipalOutstanding")
            SELECT @d, "Id", "ProgramId", "ProductId", "Status", "DaysPastDue", "Class", "PrincipalOutstanding"
            FROM "Loans"
            WHERE "Status" IN (@active, @writtenOff) AND "DisbursedOn" <= @d
            ON CONFLICT DO NOTHING
            """;

        CountActive = """SELECT count(*) FROM "Loans" WHERE "Status" = @active AND "DisbursedOn" <= @d""";
    }

    public bool IsPostgres { get; }
    public string NextBatch { get; }
    public string ClassifyBatch { get; }
    public string Snapshot { get; }
    public string CountActive { get; }

    /// <summary>One close at a time across every node on PostgreSQL (session advisory lock, released at the end).</summary>
    public const string TryLock = "SELECT pg_try_advisory_lock(@key)";

    public const string Unlock = "SELECT pg_advisory_unlock(@key)";

    /// <summary>An arbitrary constant naming the daily close among the app's advisory locks.</summary>
    public const long LockKey = 0x42_65_72_44_43_6C_6F_73;
}
