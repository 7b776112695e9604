namespace Berdaya.Features.Close;

/// <summary>
/// The daily close's step that moves the journal entries not yet counted into the ledger day totals,
/// one text per provider, in one transaction: each entry is marked with the run's id and its lines are
/// added to the totals of their (program, account, entry date, entry kind). A payment committing meanwhile
/// is either marked and added, or left unmarked (pending) and read from its lines: never both, never neither.
/// </summary>
public sealed class LedgerTotalsSql
{
    // Declared before the statements that format with it: static fields start in the order they are written.
    private static readonly System.Text.CompositeFormat UpsertFormat = System.Text.CompositeFormat.Parse(Upsert);

    private static readonly LedgerTotalsSql[] All = [new(false, false), new(false, true), new(true, false), new(true, true)];

    /// <summary>The statements for a provider; <paramref name="oneProgram"/> counts the entries of the program <c>@program</c> only.</summary>
    public static LedgerTotalsSql For(bool postgres, bool oneProgram) => All[(postgres ? 2 : 0) + (oneProgram ? 1 : 0)];

    private const string Upsert = """
        ON CONFLICT ("ProgramId", "Account", "EntryDate", "Kind") DO UPDATE
        SET "Debit" = {0}, "Credit" = {1}
        """;

    private LedgerTotalsSql(bool postgres, bool oneProgram)
    {
        var only = oneProgram ? """ AND "ProgramId" = @program""" : "";
        var entryOnly = oneProgram ? """ AND e."ProgramId" = @program""" : "";

        // PostgreSQL: the marking and the sum are one statement, so they read the same snapshot (an entry
        // committed after it began stays unmarked). SQLite: the close's transaction holds the only write
        // lock, so no entry can be added between summing the unmarked entries and marking them.
        Statements = postgres
            ? [
                $"""
                WITH marked AS (
                    UPDATE "JournalEntries" SET "TotalsRunId" = @run WHERE "TotalsRunId" IS NULL{only} RETURNING "Id", "Kind")
                INSERT INTO "LedgerDayTotals" ("ProgramId", "Account", "EntryDate", "Kind", "Debit", "Credit")
                SELECT l."ProgramId", l."Account", l."EntryDate", m."Kind", sum(l."Debit"), sum(l."Credit")
                FROM marked m JOIN "JournalLines" l ON l."EntryId" = m."Id"
                GROUP BY l."ProgramId", l."Account", l."EntryDate", m."Kind"
                """ + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, UpsertFormat,
                    "\"LedgerDayTotals\".\"Debit\" + excluded.\"Debit\"", "\"LedgerDayTotals\".\"Credit\" + excluded.\"Credit\""),
            ]
            : [
                $"""
                INSERT INTO "LedgerDayTotals" ("ProgramId", "Account", "EntryDate", "Kind", "Debit", "Credit")
                SELECT l."ProgramId", l."Account", l."EntryDate", e."Kind", ef_sum(l."Debit"), ef_sum(l."Credit")
                FROM "JournalEntries" e JOIN "JournalLines" l ON l."EntryId" = e."Id"
                WHERE e."TotalsRunId" IS NULL{entryOnly}
                GROUP BY l."ProgramId", l."Account", l."EntryDate", e."Kind"
                """ + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, UpsertFormat,
                    "ef_add(\"Debit\", excluded.\"Debit\")", "ef_add(\"Credit\", excluded.\"Credit\")"),
                """UPDATE "JournalEntries" SET "TotalsRunId" = @run WHERE "TotalsRunId" IS NULL""" + only,
            ];
    }

    public IReadOnlyList<string> Statements { get; }
}
