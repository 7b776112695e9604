using System.Globalization;
using Berdaya.Domain.Reports;

namespace Berdaya.Features.Close;

/// <summary>
/// The statements that write the portfolio totals at the end of a daily close, one text per provider
/// (dates and GUIDs as in <c>CloseSql</c>: SQLite keeps them as text). PostgreSQL counts every
/// dimension in one scan of the loans with GROUPING SETS; SQLite has none, so it runs one statement per
/// dimension. Statuses arrive as parameters; dimensions and bucket bounds are the code's own constants
/// (<see cref="AgingBuckets"/>).
/// </summary>
public sealed class PortfolioTotalsSql
{
    private static readonly PortfolioTotalsSql[] All =
        [.. from postgres in new[] { false, true } from asOf in new[] { false, true } from one in new[] { false, true } select new PortfolioTotalsSql(postgres, asOf, one)];

    /// <summary>
    /// The statements for a provider; <paramref name="asOf"/> computes the loans' figures as of the date
    /// (<see cref="CloseSql.LoansAsOf"/>) instead of reading the stored ones; <paramref name="oneProgram"/>
    /// writes the program <c>@program</c> only.
    /// </summary>
    public static PortfolioTotalsSql For(bool postgres, bool asOf, bool oneProgram) => All[(postgres ? 4 : 0) + (asOf ? 2 : 0) + (oneProgram ? 1 : 0)];

    private PortfolioTotalsSql(bool postgres, bool asOf, bool oneProgram)
    {
        var source = asOf ? (postgres ? CloseSql.Postgres : CloseSql.Sqlite).LoansAsOf : "\"Loans\"";
        var only = oneProgram ? " AND l.\"ProgramId\" = @program" : "";
        var sum = postgres ? "sum" : "ef_sum";
        var bucket = Bucket("l.\"DaysPastDue\"");
        const string Columns = """ "PortfolioTotals" ("ProgramId", "BusinessDate", "Dimension", "Key", "Count", "Outstanding") """;

        // Enough memory to count every dimension in one hash table instead of sorting a million rows on disk
        // for each (the rest of the close's last transaction only); compiling this one statement costs more than it saves.
        Settings = postgres ? ["SET LOCAL work_mem = '256MB'", "SET LOCAL jit = off"] : [];

        // A restarted close replaces its date's rows.
        Clear = """DELETE FROM "PortfolioTotals" WHERE "BusinessDate" = @d""" + (oneProgram ? """ AND "ProgramId" = @program""" : "");

        // Loans on the books by the close's date, as the close and the month-end snapshot count them. A
        // loan's village is its group's (docs/domain.md, Partners and groups); a loan without a group has no village row.
        var loans = $""" {source} l WHERE l."Status" = @active AND l."DisbursedOn" <= @d{only} """;
        Dimensions = postgres
            ? [
                $"""
                 INSERT INTO {Columns}
                 SELECT x.program, @d,
                        CASE WHEN GROUPING(x.class) = 0 THEN {D(PortfolioDimension.Class)}
                             WHEN GROUPING(x.grp) = 0 THEN {D(PortfolioDimension.Group)}
                             WHEN GROUPING(x.village) = 0 THEN {D(PortfolioDimension.Village)}
                             WHEN GROUPING(x.product) = 0 THEN {D(PortfolioDimension.Product)}
                             WHEN GROUPING(x.bucket) = 0 THEN {D(PortfolioDimension.Aging)}
                             ELSE {D(PortfolioDimension.WrittenOff)} END,
                        COALESCE(x.class::text, CASE WHEN x.grp = {NoGroup} THEN '' ELSE x.grp::text END, x.village, x.product::text,
                                 x.bucket::text, x.kind::text),
                        count(*), sum(x.amount)
                 FROM (
                     SELECT l."ProgramId" AS program,
                            CASE WHEN l."Status" = @active THEN l."Class" END AS class,
                            CASE WHEN l."Status" = @active THEN COALESCE(l."GroupId", {NoGroup}) END AS grp,
                            CASE WHEN l."Status" = @active THEN g."VillageCode" END AS village,
                            CASE WHEN l."Status" = @active THEN l."ProductId" END AS product,
                            CASE WHEN l."Status" = @active THEN {bucket} END AS bucket,
                            CASE WHEN l."Status" = @writtenOff THEN l."WriteOffKind" END AS kind,
                            CASE WHEN l."Status" = @active THEN l."PrincipalOutstanding" ELSE l."WrittenOffPrincipal" END AS amount
                     FROM {source} l LEFT JOIN "Groups" g ON g."Id" = l."GroupId"
                     WHERE l."Status" IN (@active, @writtenOff) AND l."DisbursedOn" <= @d{only}
                 ) x
                 GROUP BY GROUPING SETS ((x.program, x.class), (x.program, x.grp), (x.program, x.village), (x.program, x.product),
                                         (x.program, x.bucket), (x.program, x.kind))
                 HAVING (GROUPING(x.class) = 0 AND x.class IS NOT NULL) OR (GROUPING(x.grp) = 0 AND x.grp IS NOT NULL)
                     OR (GROUPING(x.village) = 0 AND x.village IS NOT NULL) OR (GROUPING(x.product) = 0 AND x.product IS NOT NULL)
                     OR (GROUPING(x.bucket) = 0 AND x.bucket IS NOT NULL) OR (GROUPING(x.kind) = 0 AND x.kind IS NOT NULL)
                 """,
            ]
            : [
                $"""
                 INSERT INTO {Columns}
                 SELECT l."ProgramId", @d, {D(PortfolioDimension.Class)}, CAST(l."Class" AS TEXT), count(*), ef_sum(l."PrincipalOutstanding")
                 FROM {loans} GROUP BY l."ProgramId", l."Class"
                 """,
                $"""
                 INSERT INTO {Columns}
                 SELECT l."ProgramId", @d, {D(PortfolioDimension.Group)}, COALESCE(l."GroupId", ''), count(*), ef_sum(l."PrincipalOutstanding")
                 FROM {loans} GROUP BY l."ProgramId", l."GroupId"
                 """,
                $"""
                 INSERT INTO {Columns}
                 SELECT l."ProgramId", @d, {D(PortfolioDimension.Village)}, g."VillageCode", count(*), ef_sum(l."PrincipalOutstanding")
                 FROM "Groups" g JOIN {loans} AND l."GroupId" = g."Id" GROUP BY l."ProgramId", g."VillageCode"
                 """,
                $"""
                 INSERT INTO {Columns}
                 SELECT l."ProgramId", @d, {D(PortfolioDimension.Product)}, l."ProductId", count(*), ef_sum(l."PrincipalOutstanding")
                 FROM {loans} GROUP BY l."ProgramId", l."ProductId"
                 """,
                $"""
                 INSERT INTO {Columns}
                 SELECT l."ProgramId", @d, {D(PortfolioDimension.Aging)}, CAST({bucket} AS TEXT), count(*), ef_sum(l."PrincipalOutstanding")
                 FROM {loans} GROUP BY l."ProgramId", {bucket}
                 """,
                $"""
                 INSERT INTO {Columns}
                 SELECT l."ProgramId", @d, {D(PortfolioDimension.WrittenOff)}, CAST(l."WriteOffKind" AS TEXT), count(*), ef_sum(l."WrittenOffPrincipal")
                 FROM "Loans" l WHERE l."Status" = @writtenOff AND l."DisbursedOn" <= @d AND l."WriteOffKind" IS NOT NULL{only}
                 GROUP BY l."ProgramId", l."WriteOffKind"
                 """,
            ];

        // Every program gets a total row, loans or not: it tells the report that this close covered the
        // program (a program created after the latest close has none and is reported live).
        Totals = $"""
            INSERT INTO {Columns}
            SELECT p."Id", @d, {D(PortfolioDimension.Total)}, '', COALESCE(t.n, 0), COALESCE(t.amount, {(postgres ? "0" : "'0.0'")})
            FROM "Programs" p
            LEFT JOIN (SELECT "ProgramId", sum("Count") AS n, {sum}("Outstanding") AS amount FROM "PortfolioTotals"
                       WHERE "BusinessDate" = @d AND "Dimension" = {D(PortfolioDimension.Class)} GROUP BY "ProgramId") t ON t."ProgramId" = p."Id"
            {(oneProgram ? "WHERE p.\"Id\" = @program" : "")}
            """;

        // Only the latest close and the month ends are read (the portfolio now, past month-end KPIs).
        var monthEnd = postgres
            ? "EXTRACT(DAY FROM \"BusinessDate\" + 1) = 1"
            : "strftime('%d', \"BusinessDate\", '+1 day') = '01'";
        Prune = $"""
            DELETE FROM "PortfolioTotals"
            WHERE "BusinessDate" < (SELECT max("BusinessDate") FROM "PortfolioTotals") AND NOT ({monthEnd})
            """;

        Later = """SELECT CASE WHEN EXISTS (SELECT 1 FROM "PortfolioTotals" WHERE "BusinessDate" > @d) THEN 1 ELSE 0 END""";
    }

    public IReadOnlyList<string> Settings { get; }
    public string Clear { get; }
    public IReadOnlyList<string> Dimensions { get; }
    public string Totals { get; }
    public string Prune { get; }
    public string Later { get; }

    /// <summary><see cref="AgingBuckets.IndexOf"/> in SQL, from the same bounds.</summary>
    internal static string Bucket(string days) =>
        "CASE " + string.Concat(AgingBuckets.UpTo.Select((upTo, i) =>
            string.Create(CultureInfo.InvariantCulture, $"WHEN {days} <= {upTo} THEN {i} "))) +
        string.Create(CultureInfo.InvariantCulture, $"ELSE {AgingBuckets.UpTo.Count} END");

    /// <summary>Stands for "no group" while grouping by the group id (a uuid groups faster than its text); never a real id (ids are version 7).</summary>
    private const string NoGroup = "'00000000-0000-0000-0000-000000000000'::uuid";

    private static string D(PortfolioDimension d) => ((int)d).ToString(CultureInfo.InvariantCulture);
}
