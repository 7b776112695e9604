using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Berdaya.Data;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Reports;
using Berdaya.Features.Close;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Close.CloseScenario;

namespace Berdaya.IntegrationTests.Close;

/// <summary>
/// What the close may and may not change: a past date leaves the loans' current figures, a date before
/// any loan is refused, one program's failure leaves the others closed, a failure reads as words and not
/// as the database's message, and the close's SQL gives the answers of the C# rules at their boundaries.
/// </summary>
[Collection(Reports.ReportScenario.Closes)]
public sealed class CloseRulesTests
{
    [Theory]
    [AllDatabases]
    public async Task A_close_for_a_past_date_rebuilds_that_date_and_leaves_the_figures_of_the_latest_close(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var ids = await LoansAsync(app, FirstDue);
        var latest = Today.AddDays(-1);
        await CloseAsync(app, latest);
        var current = (await ReadAsync(app, ids)).Select(l => (l.Id, l.DaysPastDue, l.Class, l.ClassifiedOn)).ToList();
        current.ShouldAllBe(l => l.ClassifiedOn == latest && l.Class != Collectibility.Current);

        // The month end after the first due date: 25 or so days late then, Lancar.
        var monthEnd = new DateOnly(FirstDue.Year, FirstDue.Month, DateTime.DaysInMonth(FirstDue.Year, FirstDue.Month));
        var past = await CloseAsync(app, monthEnd);
        past.Status.ShouldBe(DailyCloseStatus.Done);
        (await ReadAsync(app, ids)).Select(l => (l.Id, l.DaysPastDue, l.Class, l.ClassifiedOn)).ToList().ShouldBe(current);

        await using var scope = app.Scope(out var db);
        var rows = await db.LoanMonthEnds.Where(m => m.MonthEnd == monthEnd && ids.Contains(m.LoanId)).ToListAsync();
        rows.Count.ShouldBe(ids.Count);
        rows.ShouldAllBe(r => r.DaysPastDue == monthEnd.DayNumber - FirstDue.DayNumber && r.Class == Collectibility.Current);
    }

    [Theory]
    [AllDatabases]
    public async Task A_close_before_the_first_disbursement_is_refused_naming_the_date(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin, "en");
        DateOnly first;
        await using (var scope = app.Scope(out var db))
        {
            first = await db.Loans.MinAsync(l => l.DisbursedOn);
        }

        foreach (var date in new[] { new DateOnly(1900, 1, 1), first.AddDays(-1) })
        {
            var problem = await (await api.PostAsJsonAsync("/api/v1/daily-closes", new { businessDate = Iso(date) })).Problem(HttpStatusCode.BadRequest, "businessDate");
            problem.GetProperty("errors").GetProperty("businessDate")[0].GetString()!.ShouldContain("first loan disbursement");
            var error = await Should.ThrowAsync<Domain.Common.DomainValidationException>(() => CloseAsync(app, date));
            (error.Errors[0].Code, error.Errors[0].Field).ShouldBe(("close.before.first", "BusinessDate"));
            await using var scope = app.Scope(out var db);
            (await db.DailyCloses.AnyAsync(c => c.BusinessDate == date)).ShouldBeFalse();
        }
    }

    [Theory]
    [AllDatabases]
    public async Task One_program_whose_totals_cannot_be_summed_is_recorded_and_the_others_are_closed(string provider)
    {
        await using var app = await TestApp.Own(provider);
        Guid bad, good;
        var name = "Program rusak " + Guid.NewGuid().ToString("N")[..6];

        // SQLite: two entries written past the app's bounds, whose sum is beyond a decimal. PostgreSQL's
        // totals columns hold any sum of bounded entries, so there the database refuses that program's totals.
        var huge = provider == TestApp.Sqlite ? 4e28m : 1_000m;
        await using (var scope = app.Scope(out var db))
        {
            var program = new PartnershipProgram("BAD-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), name, "PT Uji (Persero)", "CDC Uji",
                EligibilityRegime.Regime2021, 3, 20, 250_000_000m, "32");
            db.Programs.Add(program);
            bad = program.Id;
            good = await db.Programs.Where(p => p.Code == GroupScenario.Program).Select(p => p.Id).FirstAsync();
            db.JournalEntries.Add(JournalEntry.ForFundMovement(bad, Today, EntryKind.BankInterest, huge, "Bunga 1", "test", DateTimeOffset.UtcNow));
            db.JournalEntries.Add(JournalEntry.ForFundMovement(bad, Today, EntryKind.BankInterest, huge, "Bunga 2", "test", DateTimeOffset.UtcNow));
            db.JournalEntries.Add(JournalEntry.ForFundMovement(good, Today, EntryKind.BankInterest, 1_000m, "Bunga", "test", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            if (provider == TestApp.Postgres)
            {
                var refuse = $$"""
                    CREATE FUNCTION refuse_program_totals() RETURNS trigger LANGUAGE plpgsql AS $f$
                    BEGIN
                        IF NEW."ProgramId" = '{{bad}}' THEN RAISE EXCEPTION 'totals refused for the test'; END IF;
                        RETURN NEW;
                    END $f$;
                    CREATE TRIGGER refuse_program_totals BEFORE INSERT OR UPDATE ON "LedgerDayTotals"
                        FOR EACH ROW EXECUTE FUNCTION refuse_program_totals();
                    """;
                await db.Database.ExecuteSqlRawAsync(refuse);
            }
        }

        var close = await CloseAsync(app, Today);

        close.Status.ShouldBe(DailyCloseStatus.Done);
        close.FailedPrograms.ShouldBe([bad]);
        await using (var scope = app.Scope(out var db))
        {
            (await db.PortfolioTotals.AnyAsync(t => t.BusinessDate == Today && t.ProgramId == good && t.Dimension == PortfolioDimension.Total)).ShouldBeTrue();
            (await db.PortfolioTotals.AnyAsync(t => t.BusinessDate == Today && t.ProgramId == bad)).ShouldBeFalse();
            (await db.JournalEntries.AnyAsync(e => e.ProgramId == good && e.TotalsRunId == null)).ShouldBeFalse("the other programs' entries are counted");
            (await db.JournalEntries.CountAsync(e => e.ProgramId == bad && e.TotalsRunId == null)).ShouldBe(2, "the failed program's entries stay pending");
        }

        var api = await app.ApiAs(Demo.Officer, "en");
        var shown = await (await api.GetAsync("/api/v1/daily-closes/" + Iso(Today))).Json200();
        shown.GetProperty("status").GetString().ShouldBe("Done");
        shown.GetProperty("failedPrograms")[0].GetGuid().ShouldBe(bad);
        shown.GetProperty("error").GetString().ShouldBe($"Done, except for these programs, whose figures could not be computed: {name}. The details are in the server log.");
    }

    [Theory]
    [AllDatabases]
    public async Task A_failed_close_shows_officers_a_message_in_their_language_not_the_database_s(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var ids = await LoansAsync(app, FirstDue);
        await using (var scope = app.Scope(out var db))
        {
            // A database that refuses the close's update, with a message of its own.
            await db.Database.ExecuteSqlRawAsync(provider == TestApp.Sqlite
                ? """CREATE TRIGGER "refuse_close" BEFORE UPDATE OF "DaysPastDue" ON "Loans" BEGIN SELECT RAISE(ABORT, 'kaboom in the database'); END"""
                : """
                  CREATE FUNCTION refuse_close() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'kaboom in the database'; END $$;
                  CREATE TRIGGER refuse_close BEFORE UPDATE OF "DaysPastDue" ON "Loans" FOR EACH ROW EXECUTE FUNCTION refuse_close();
                  """);
        }

        var date = FirstDue.AddDays(40);
        var threw = false;
        try
        {
            await CloseAsync(app, date);
        }
        catch (DbException)
        {
            threw = true;
        }

        threw.ShouldBeTrue("the database refused the close");

        await using (var scope = app.Scope(out var db))
        {
            var row = await db.DailyCloses.SingleAsync(c => c.BusinessDate == date);
            row.Status.ShouldBe(DailyCloseStatus.Failed);
            row.Error.ShouldBe(DailyClose.FailedCode);
        }

        var api = await app.ApiAs(Demo.Officer);
        var shown = await (await api.GetAsync("/api/v1/daily-closes/" + Iso(date))).Json200();
        shown.GetProperty("error").GetString().ShouldBe(
            "Tutup hari berhenti karena kesalahan; rinciannya tercatat di log server. Jalankan lagi untuk melanjutkan dari titik berhenti.");
        var page = await (await app.PagesAs(Demo.Officer)).GetAsync("/admin/daily-close");
        page.Html.ShouldContain("Tutup hari berhenti karena kesalahan");
        page.Html.ShouldNotContain("kaboom");
        ids.ShouldNotBeEmpty();
        shown.GetProperty("status").GetString().ShouldBe("Failed");
    }

    /// <summary>
    /// The close's SQL repeats <see cref="Arrears"/> and <see cref="AgingBuckets"/> for speed; on the same loans
    /// it must give the C# rules' answers, at every class and bucket boundary, both where it stores the figures
    /// (the latest close) and where it computes them (a past date's snapshot and totals).
    /// </summary>
    [Theory]
    [AllDatabases]
    public async Task The_close_s_sql_gives_the_answers_of_the_arrears_and_aging_rules_at_their_boundaries(string provider)
    {
        await using var app = await TestApp.Own(provider);

        // The first installment falls due ten months back; one member pays it 200 days late, the others never pay.
        var m = Today.AddMonths(-10);
        var due = new DateOnly(m.Year, m.Month, 5);
        var ids = await LoansAsync(app, due);
        await WithLoansAsync(app, [ids[0]], l => l.Pay(103_000m, due.AddDays(200), Today));
        int[] boundaries = [0, 1, 30, 31, 90, 91, 180, 181, 199, 200, 201, 270, 271];
        var sql = provider == TestApp.Sqlite ? CloseSql.Sqlite : CloseSql.Postgres;

        foreach (var days in boundaries)
        {
            var date = due.AddDays(days);

            // The figures the latest close stores (the close of each date in turn).
            await CloseAsync(app, date);
            foreach (var l in await ReadAsync(app, ids))
            {
                var rule = l.StateAsOf(date);
                (l.DaysPastDue, l.Class).ShouldBe(rule, $"stored, {days} days after the first due date");
                l.Class.ShouldBe(Arrears.ClassOf(l.DaysPastDue));
            }

            // The figures computed for a past date, with the aging bucket the totals use.
            await using var scope = app.Scope(out var db);
            var computed = await AsOfAsync(db, sql, date, ids);
            foreach (var l in await ReadAsync(app, ids))
            {
                var rule = l.StateAsOf(date);
                var (dpd, cls, bucket) = computed[l.Id];
                (dpd, (Collectibility)cls).ShouldBe(rule, $"computed, {days} days after the first due date");
                bucket.ShouldBe(AgingBuckets.IndexOf(rule.DaysPastDue), $"bucket, {rule.DaysPastDue} days past due");
            }
        }
    }

    private static async Task<Dictionary<Guid, (int Days, int Class, int Bucket)>> AsOfAsync(AppDbContext db, CloseSql sql, DateOnly date, List<Guid> ids)
    {
        var text = $"""
            SELECT l."Id", l."DaysPastDue", l."Class", {PortfolioTotalsSql.Bucket("l.\"DaysPastDue\"")}
            FROM {sql.LoansAsOf} l
            WHERE l."Status" = @active AND l."DisbursedOn" <= @d
            """;
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var cmd = db.Database.Command(text, ("d", sql.IsPostgres ? date : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("active", (int)LoanStatus.Active));
            await using DbDataReader reader = await cmd.ExecuteReaderAsync();
            var result = new Dictionary<Guid, (int, int, int)>();
            while (await reader.ReadAsync())
            {
                var id = reader.GetValue(0) is Guid g ? g : Guid.Parse((string)reader.GetValue(0));
                if (ids.Contains(id))
                {
                    result[id] = (Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                        Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture));
                }
            }

            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
