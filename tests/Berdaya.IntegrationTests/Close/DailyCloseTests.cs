using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Loans;
using Berdaya.Features.Close;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Berdaya.IntegrationTests.Close.CloseScenario;

namespace Berdaya.IntegrationTests.Close;

/// <summary>
/// docs/domain.md, Daily close: the daily close classifies every active loan as of the business date, is
/// idempotent and resumable, takes month-end snapshots, and is refused for a future date. Closes are
/// deployment-wide, so these tests live in one class (never two closes of one app at once).
/// </summary>
[Collection(Reports.ReportScenario.Closes)]
public sealed class DailyCloseTests
{
    [Theory]
    [AllDatabases]
    public async Task An_installment_45_days_overdue_makes_the_loan_Kurang_Lancar(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var ids = await LoansAsync(app, FirstDue);
        var date = FirstDue.AddDays(45);

        // One member paid the first installment on time, one paid half of it, the others nothing.
        await WithLoansAsync(app, ids.Take(2), l => l.Pay(l.Id == ids[0] ? 103_000m : 50_000m, FirstDue, Today));
        var close = await CloseAsync(app, date);

        close.Status.ShouldBe(DailyCloseStatus.Done);
        close.ProcessedLoans.ShouldBeGreaterThanOrEqualTo(3);
        var loans = await ReadAsync(app, ids);
        var byId = loans.ToDictionary(l => l.Id);
        byId[ids[0]].DaysPastDue.ShouldBe(date.DayNumber - FirstDue.AddMonths(1).DayNumber, "the second installment fell due a month after the first");
        byId[ids[0]].Class.ShouldBe(Collectibility.Current);
        foreach (var late in ids.Skip(1))
        {
            byId[late].DaysPastDue.ShouldBe(45);
            byId[late].Class.ShouldBe(Collectibility.Substandard);
            byId[late].ClassifiedOn.ShouldBe(date);
        }

        // The SQL agrees with the entity's own rule for every loan.
        foreach (var l in loans)
        {
            (l.DaysPastDue, l.Class).ShouldBe(l.StateAsOf(date));
        }
    }

    [Theory]
    [AllDatabases]
    public async Task The_next_days_close_rewrites_only_loans_whose_days_past_due_move(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var ids = await LoansAsync(app, FirstDue);
        var first = FirstDue.AddDays(20);
        var next = first.AddDays(1);

        // One member is paid up to the second installment (current on both days), the others owe since the first due date.
        await WithLoansAsync(app, [ids[0]], l => l.Pay(103_000m, FirstDue, Today));
        await CloseAsync(app, first);
        await CloseAsync(app, next);

        var byId = (await ReadAsync(app, ids)).ToDictionary(l => l.Id);
        byId[ids[0]].DaysPastDue.ShouldBe(0);
        byId[ids[0]].ClassifiedOn.ShouldBe(first, "nothing moved on the next day, so the row was not written again");
        foreach (var late in ids.Skip(1))
        {
            byId[late].DaysPastDue.ShouldBe(21);
            byId[late].ClassifiedOn.ShouldBe(next);
        }

        // Either way the stored figures are the loan's state on the latest close.
        foreach (var l in byId.Values)
        {
            (l.DaysPastDue, l.Class).ShouldBe(l.StateAsOf(next));
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_close_for_a_past_date_classifies_by_the_state_on_that_date(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var ids = (await LoansAsync(app, FirstDue)).Take(2).ToList();
        var before = FirstDue.AddDays(35);

        // Both first installments are paid 40 days late, after the date being closed.
        await WithLoansAsync(app, ids, l => l.Pay(103_000m, FirstDue.AddDays(40), Today));
        await CloseAsync(app, before);
        foreach (var l in await ReadAsync(app, ids))
        {
            l.LastPaidOn.ShouldBe(FirstDue.AddDays(40));
            l.DaysPastDue.ShouldBe(35);
            l.Class.ShouldBe(Collectibility.Substandard);
            l.ClassifiedOn.ShouldBe(before);
        }

        // After the payment the stored oldest unpaid installment is the second one.
        var after = FirstDue.AddDays(41);
        await CloseAsync(app, after);
        foreach (var l in await ReadAsync(app, ids))
        {
            (l.DaysPastDue, l.Class).ShouldBe(l.StateAsOf(after));
            l.DaysPastDue.ShouldBe(Math.Max(0, after.DayNumber - FirstDue.AddMonths(1).DayNumber));
            l.Class.ShouldBe(Collectibility.Current);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Month_end_snapshots_hold_active_and_written_off_loans_and_a_second_run_changes_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var ids = await LoansAsync(app, FirstDue);
        var monthEnd = new DateOnly(FirstDue.Year, FirstDue.Month, 1).AddMonths(2).AddDays(-1);
        await WithLoansAsync(app, [ids[1]], l => l.Pay(l.TotalOwed, FirstDue, Today));
        await WithLoansAsync(app, [ids[2]], l => l.WriteOff(WriteOffKind.Book, "SK-01/2026", FirstDue.AddDays(20), Today));

        var first = await CloseAsync(app, monthEnd);
        first.IsMonthEnd.ShouldBeTrue();
        first.SnapshotTaken.ShouldBeTrue();
        first.Runs.ShouldBe(1);
        (List<string> Loans, List<string> MonthEnds) once;
        await using (var scope = app.Scope(out var db))
        {
            once = await StateAsync(db, monthEnd, ids);
            var rows = await db.LoanMonthEnds.Where(m => m.MonthEnd == monthEnd && ids.Contains(m.LoanId)).ToListAsync();
            rows.Select(r => r.LoanId).OrderBy(x => x).ShouldBe(new[] { ids[0], ids[2], ids[3], ids[4] }.OrderBy(x => x), "a repaid loan has no month-end row");
            var active = rows.Single(r => r.LoanId == ids[0]);
            var loan = (await ReadAsync(app, [ids[0]])).Single();
            active.Status.ShouldBe(LoanStatus.Active);
            active.DaysPastDue.ShouldBe(monthEnd.DayNumber - FirstDue.DayNumber);
            (active.DaysPastDue, active.Class).ShouldBe(loan.StateAsOf(monthEnd));
            active.PrincipalOutstanding.ShouldBe(1_200_000m);
            rows.Single(r => r.LoanId == ids[2]).Status.ShouldBe(LoanStatus.WrittenOff);
        }

        var second = await CloseAsync(app, monthEnd, batchSize: 3);
        second.Id.ShouldBe(first.Id);
        second.Status.ShouldBe(DailyCloseStatus.Done);
        second.Runs.ShouldBe(2);
        await using (var scope = app.Scope(out var db))
        {
            var twice = await StateAsync(db, monthEnd, ids);
            twice.Loans.ShouldBe(once.Loans);
            twice.MonthEnds.ShouldBe(once.MonthEnds);
            (await db.DailyCloses.CountAsync(c => c.BusinessDate == monthEnd)).ShouldBe(1);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task An_interrupted_close_resumes_from_its_cursor_and_ends_as_a_full_run(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var ids = await LoansAsync(app, FirstDue);
        await WithLoansAsync(app, ids.Take(2), l => l.Pay(103_000m, FirstDue.AddDays(10), Today));
        var date = FirstDue.AddDays(30);

        // One batch of two loans, then the process "dies": the row stays Running with its cursor.
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<RunDailyClose.Handler>();
            id = await handler.PrepareAsync(date, "test", CancellationToken.None);
            var stopped = await handler.RunAsync(id, 2, maxBatches: 1, CancellationToken.None);
            stopped.Status.ShouldBe(DailyCloseStatus.Running);
            stopped.ProcessedLoans.ShouldBe(2);
            stopped.Cursor.ShouldNotBeNull();
        }

        var resumed = await CloseAsync(app, date, batchSize: 3);
        resumed.Id.ShouldBe(id);
        resumed.Status.ShouldBe(DailyCloseStatus.Done);
        resumed.Runs.ShouldBe(1, "resuming finishes the first run");
        resumed.ProcessedLoans.ShouldBeGreaterThanOrEqualTo(ids.Count);
        List<string> afterResume;
        await using (var scope = app.Scope(out var db))
        {
            afterResume = (await StateAsync(db, date, ids)).Loans;
        }

        var full = await CloseAsync(app, date, batchSize: 1000);
        full.Runs.ShouldBe(2);
        full.ProcessedLoans.ShouldBeGreaterThanOrEqualTo(ids.Count, "a full run covers at least this test's loans");
        await using (var scope = app.Scope(out var db))
        {
            (await StateAsync(db, date, ids)).Loans.ShouldBe(afterResume);
        }

        foreach (var l in await ReadAsync(app, ids))
        {
            (l.DaysPastDue, l.Class).ShouldBe(l.StateAsOf(date));
            l.ClassifiedOn.ShouldBe(date);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task The_api_starts_a_close_in_the_background_and_shows_its_progress(string provider)
    {
        var app = await TestApp.For(provider);
        await LoansAsync(app, FirstDue);
        var api = await app.ApiAs(Demo.Officer);
        var date = Today.AddDays(-2);

        var started = await (await api.PostAsJsonAsync("/api/v1/daily-closes", new { businessDate = Iso(date) })).Json200(HttpStatusCode.Accepted);
        var id = started.GetProperty("id").GetGuid();
        await WaitDoneAsync(app, api, date);

        var one = await (await api.GetAsync("/api/v1/daily-closes/" + Iso(date))).Json200();
        one.GetProperty("id").GetGuid().ShouldBe(id);
        one.GetProperty("status").GetString().ShouldBe("Done");
        one.GetProperty("processedLoans").GetInt32().ShouldBe(one.GetProperty("totalLoans").GetInt32());
        one.GetProperty("percent").GetInt32().ShouldBe(100);
        var list = await (await api.GetAsync("/api/v1/daily-closes")).Json200();
        list.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(id);

        var never = await (await api.GetAsync("/api/v1/daily-closes/2001-01-01")).Json200();
        never.GetProperty("status").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        never.GetProperty("id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [AllDatabases]
    public async Task A_future_or_missing_date_is_refused_and_nothing_is_recorded(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin);
        var tomorrow = Today.AddDays(1);

        await (await api.PostAsJsonAsync("/api/v1/daily-closes", new { businessDate = Iso(tomorrow) })).Problem(HttpStatusCode.BadRequest, "businessDate");
        await (await api.PostAsJsonAsync("/api/v1/daily-closes", new { })).Problem(HttpStatusCode.BadRequest, "businessDate");
        await using (var scope = app.Scope(out var db))
        {
            (await db.DailyCloses.AnyAsync(c => c.BusinessDate == tomorrow)).ShouldBeFalse();
        }

        await Should.ThrowAsync<Domain.Common.DomainValidationException>(() => CloseAsync(app, tomorrow));
    }

    [Theory]
    [AllDatabases]
    public async Task A_second_close_while_one_runs_is_a_conflict(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var date = Today.AddDays(-3);
        using (app.Services.GetRequiredService<DailyCloseGate>().Enter())
        {
            await (await api.PostAsJsonAsync("/api/v1/daily-closes", new { businessDate = Iso(date) })).Problem(HttpStatusCode.Conflict);
        }

        await using var scope = app.Scope(out var db);
        (await db.DailyCloses.AnyAsync(c => c.BusinessDate == date && c.Status == DailyCloseStatus.Running)).ShouldBeFalse();
    }

    [Theory]
    [AllDatabases]
    public async Task Other_roles_may_not_run_or_read_closes(string provider)
    {
        var app = await TestApp.For(provider);
        int closesBefore;
        await using (var before = app.Scope(out var db0))
        {
            // Another test of the collection may have closed that day already: nothing may be added.
            closesBefore = await db0.DailyCloses.CountAsync(c => c.BusinessDate == Today.AddDays(-4));
        }

        foreach (var email in new[] { Demo.Facilitator, Demo.Evaluator, Demo.Viewer, Demo.Treasurer })
        {
            var api = await app.ApiAs(email);
            (await api.PostAsJsonAsync("/api/v1/daily-closes", new { businessDate = Iso(Today.AddDays(-4)) })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await api.GetAsync("/api/v1/daily-closes")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        await using var scope = app.Scope(out var db);
        (await db.DailyCloses.CountAsync(c => c.BusinessDate == Today.AddDays(-4))).ShouldBe(closesBefore);
    }

    [Theory]
    [AllDatabases]
    public async Task The_page_runs_a_close_and_lists_it_with_its_progress(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Officer);
        var page = await pages.GetAsync("/admin/daily-close");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("input[name=BusinessDate]")!.GetAttribute("value").ShouldBe(Iso(Today.AddDays(-1)));

        var refused = await pages.SubmitAsync(page, "form#run", new Dictionary<string, string> { ["BusinessDate"] = Iso(Today.AddDays(1)) });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldContain("Tanggal tidak boleh di masa depan.");

        var date = Today.AddDays(-5);
        var posted = await pages.SubmitAsync(page, "form#run", new Dictionary<string, string> { ["BusinessDate"] = Iso(date) });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await WaitDoneAsync(app, await app.ApiAs(Demo.Officer), date);

        var list = await pages.GetAsync("/admin/daily-close");
        var shown = date.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("id-ID"));
        var row = list.Document.QuerySelectorAll("#closes tbody tr").FirstOrDefault(r => r.TextContent.Contains(shown, StringComparison.Ordinal));
        row.ShouldNotBeNull();
        row.TextContent.ShouldContain("Selesai");
        list.Document.QuerySelector("#closes progress").ShouldNotBeNull();

        var facilitator = await app.PagesAs(Demo.Facilitator);
        var denied = await facilitator.GetAsync("/admin/daily-close");
        denied.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
