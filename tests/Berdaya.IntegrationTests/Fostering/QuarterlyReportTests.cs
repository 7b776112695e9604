using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Monitoring;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Fostering;

/// <summary>docs/domain.md, Quarterly reports: who reports for whom, versions with reasons, the decline alert, bad input, the demo.</summary>
public sealed class QuarterlyReportTests
{
    private static DateOnly Today => Domain.Common.BusinessCalendar.Today(TimeProvider.System);

    private static async Task<int> ReportsAsync(TestApp app, Guid partnerId)
    {
        await using var scope = app.Scope(out var db);
        return await db.QuarterlyReports.CountAsync(r => r.PartnerId == partnerId);
    }

    private static object Figures(string quarter, decimal assets, decimal turnover, int paid = 2, int family = 2, string? reason = null, int? corrects = null) =>
        new { quarter, assets, turnover, paidEmployees = paid, familyEmployees = family, productionVolume = 150m, productionUnit = "kg", reason, corrects };

    [Theory]
    [AllDatabases]
    public async Task The_demo_holds_citra_saris_reports_the_melinjo_decline_and_mekar_saris_missing_report_and_open_alert(string provider)
    {
        var app = await TestApp.For(provider);
        var iis = await app.PartnerIdAsync("Iis Suryani");
        var officer = await app.ApiAs(Demo.Officer);
        var reports = await (await officer.GetAsync($"/api/v1/partners/{iis}/quarterly-reports")).Json200();
        reports.GetProperty("reports").GetArrayLength().ShouldBe(26);
        reports.GetProperty("reports")[0].GetProperty("quarter").GetString().ShouldBe("2012-Q4");

        await using var scope = app.Scope(out var db);
        var melinjo = await db.FollowUps.Where(f => f.PartnerId == iis && f.ReportId != null).SingleAsync();
        melinjo.State.ShouldBe(FollowUpState.Done);
        melinjo.Task.ShouldContain("2007-Q3");
        melinjo.Task.ShouldContain("omset turun");
        melinjo.Task.ShouldContain("(2007-Q2)");

        var mekar = await db.Groups.Where(g => g.Name == "Mekar Sari").Select(g => g.Id).SingleAsync();
        var members = await db.GroupMemberships.Where(m => m.GroupId == mekar && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync();
        var last = Quarter.Of(Today).Previous;
        var reported = await db.QuarterlyReports.Where(r => members.Contains(r.PartnerId) && r.QuarterIndex == last.Index).Select(r => r.PartnerId).ToListAsync();
        var missing = members.Except(reported).ShouldHaveSingleItem();
        var missingView = await (await officer.GetAsync($"/api/v1/partners/{missing}/quarterly-reports")).Json200();
        missingView.GetProperty("nextQuarter").GetString().ShouldBe(last.ToString());
        missingView.GetProperty("nextReported").GetBoolean().ShouldBeFalse();
        missingView.GetProperty("nextLate").GetBoolean().ShouldBe(Today > last.DueOn(15));
        (await db.FollowUps.CountAsync(f => f.ReportId != null && f.State == FollowUpState.Open && members.Contains(f.PartnerId!.Value))).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task The_treasurer_reports_for_a_member_and_a_fall_opens_a_visit_for_the_villages_facilitator(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var treasurer = await app.ApiAs(Demo.Treasurer);
        await using (var scope = app.Scope(out var db))
        {
            var q4 = await db.QuarterlyReports.SingleAsync(r => r.PartnerId == euis && r.QuarterIndex == new Quarter(2012, 4).Index && r.Current);

            // Turnover 40% below 2012-Q4 (and below 2012-Q1), assets and employees level: turnover fell.
            var created = await (await treasurer.PostAsJsonAsync($"/api/v1/partners/{euis}/quarterly-reports",
                Figures("2013-Q1", q4.Assets, q4.Turnover * 0.6m, q4.PaidEmployees, q4.FamilyEmployees))).Json200(HttpStatusCode.Created);
            created.GetProperty("report").GetProperty("version").GetInt32().ShouldBe(1);
            var falls = created.GetProperty("falls").EnumerateArray().ToList();
            falls.ShouldAllBe(f => f.GetProperty("figure").GetString() == "Turnover");
            var fall = falls.Single(f => f.GetProperty("basis").GetString() == "PreviousQuarter");
            fall.GetProperty("against").GetString().ShouldBe("2012-Q4");
            fall.GetProperty("percent").GetDecimal().ShouldBe(40m);
            var followUpId = created.GetProperty("followUpId").GetGuid();

            var followUp = await db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == followUpId);
            var facilitator = await db.Users.Where(u => u.Email == Demo.Facilitator).Select(u => u.Id).SingleAsync();
            followUp.OwnerUserId.ShouldBe(facilitator);
            followUp.State.ShouldBe(FollowUpState.Open);
            followUp.Task.ShouldContain("omset turun 40%");
            (await db.Timeline.CountAsync(t => t.PartnerId == euis && t.Kind == "report.decline" && t.SubjectId == followUpId)).ShouldBe(1);
        }

        var view = await (await treasurer.GetAsync($"/api/v1/partners/{euis}/quarterly-reports")).Json200();
        view.GetProperty("alerts").EnumerateArray().ShouldContain(a => a.GetProperty("quarter").GetString() == "2013-Q1");

        // A correction of the same quarter that still falls does not open a second visit.
        var corrected = await (await treasurer.PostAsJsonAsync($"/api/v1/partners/{euis}/quarterly-reports",
            Figures("2013-Q1", 1_000_000m, 500_000m, reason: "Salah ketik aset"))).Json200(HttpStatusCode.Created);
        corrected.GetProperty("followUpId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [AllDatabases]
    public async Task A_quarter_reported_again_needs_a_reason_and_becomes_a_new_version_while_the_old_one_stays(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var url = $"/api/v1/partners/{euis}/quarterly-reports";
        await (await facilitator.PostAsJsonAsync(url, Figures("2014-Q2", 30_000_000m, 20_000_000m))).Json200(HttpStatusCode.Created);

        await (await facilitator.PostAsJsonAsync(url, Figures("2014-Q2", 31_000_000m, 20_000_000m))).Problem(HttpStatusCode.BadRequest, "reason");
        await (await facilitator.PostAsJsonAsync(url, Figures("2014-Q2", 31_000_000m, 20_000_000m, reason: "Gudang baru belum dihitung", corrects: 1)))
            .Json200(HttpStatusCode.Created);

        // The form showed version 1; version 2 is there now: someone else's correction came first.
        await (await facilitator.PostAsJsonAsync(url, Figures("2014-Q2", 32_000_000m, 20_000_000m, reason: "Lagi", corrects: 1)))
            .Problem(HttpStatusCode.Conflict);

        var versions = await (await facilitator.GetAsync($"{url}/2014-Q2")).Json200();
        versions.GetArrayLength().ShouldBe(2);
        versions[0].GetProperty("version").GetInt32().ShouldBe(2);
        versions[0].GetProperty("current").GetBoolean().ShouldBeTrue();
        versions[0].GetProperty("correctionReason").GetString().ShouldBe("Gudang baru belum dihitung");
        versions[1].GetProperty("assets").GetDecimal().ShouldBe(30_000_000m);
        versions[1].GetProperty("current").GetBoolean().ShouldBeFalse();
        await (await facilitator.GetAsync($"{url}/2015-Q1")).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_reports_are_refused_each_by_its_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var before = await ReportsAsync(app, euis);
        var api = await app.ApiAs(Demo.Officer, "en");
        var url = $"/api/v1/partners/{euis}/quarterly-reports";
        var now = Quarter.Of(Today);

        var future = await (await api.PostAsJsonAsync(url, Figures(now.ToString(), 1m, 1m))).Problem(HttpStatusCode.BadRequest, "quarter");
        future.GetProperty("errors").GetProperty("quarter")[0].GetString()!.ShouldContain("has not ended");
        var bad = await (await api.PostAsJsonAsync(url, new
        {
            quarter = "2015-Q2",
            assets = -1m,
            turnover = 1.5m,
            paidEmployees = -1,
            familyEmployees = 100_001,
            productionVolume = 3m,
            note = new string('x', QuarterlyReport.MaxNote + 1)
        })).Problem(HttpStatusCode.BadRequest, "assets");
        var errors = bad.GetProperty("errors");
        foreach (var field in new[] { "turnover", "paidEmployees", "familyEmployees", "productionUnit", "note" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(bad.ToString());
        }

        await (await api.PostAsJsonAsync(url, Figures("2015-Q5", 1m, 1m))).Problem(HttpStatusCode.BadRequest, "quarter");
        await (await api.PostAsJsonAsync(url, Figures("1999-Q4", 1m, 1m))).Problem(HttpStatusCode.BadRequest, "quarter");
        await (await api.PostAsJsonAsync(url, Figures("2015-Q2", Domain.Common.Rupiah.Max + 1, 1m))).Problem(HttpStatusCode.BadRequest, "assets");
        (await ReportsAsync(app, euis)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task Only_those_who_keep_a_partners_records_see_or_enter_their_reports(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var opak = await app.PartnerIdAsync("Titin Suhartini");
        var before = await ReportsAsync(app, euis);
        var body = Figures("2016-Q1", 1m, 1m);

        // The chair is a partner but not the treasurer: another member's reports are not found; evaluators never enter them.
        var chair = await app.ApiAs(Demo.Chair);
        await (await chair.GetAsync($"/api/v1/partners/{euis}/quarterly-reports")).Problem(HttpStatusCode.NotFound);
        await (await chair.PostAsJsonAsync($"/api/v1/partners/{euis}/quarterly-reports", body)).Problem(HttpStatusCode.NotFound);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        (await evaluator.GetAsync($"/api/v1/partners/{euis}/quarterly-reports")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The treasurer keeps her own group's records, not another group's.
        var treasurer = await app.ApiAs(Demo.Treasurer);
        await (await treasurer.GetAsync($"/api/v1/partners/{opak}/quarterly-reports")).Problem(HttpStatusCode.NotFound);
        (await ReportsAsync(app, euis)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task The_page_offers_the_quarter_due_and_shows_a_refusal_beside_its_field(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var before = await ReportsAsync(app, euis);
        var pages = await app.PagesAs(Demo.Treasurer);
        var page = await pages.GetAsync($"/partners/{euis}/reports?quarter=2007-Q3");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelectorAll("#report-list tbody tr").Length.ShouldBeGreaterThanOrEqualTo(26);
        page.Document.QuerySelector("#report-next")!.GetAttribute("data-quarter").ShouldBe(Quarter.Of(Today).Previous.ToString());
        page.Document.QuerySelector("#Input_Quarter")!.GetAttribute("value").ShouldBe(Quarter.Of(Today).Previous.ToString());

        var refused = await pages.SubmitAsync(page, "#report-form", new Dictionary<string, string>
        {
            ["Input.Quarter"] = "2007-Q3",
            ["Input.Assets"] = "5000000",
            ["Input.Turnover"] = "6000000",
            ["Input.PaidEmployees"] = "1",
            ["Input.FamilyEmployees"] = "2",
            ["Input.ProductionVolume"] = "",
            ["Input.Reason"] = "",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("#Input_Reason-error")!.TextContent.ShouldContain("2007-Q3");
        (await ReportsAsync(app, euis)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_with_a_running_loan_who_has_not_reported_the_quarter_after_its_due_date_gets_one_reminder(string provider)
    {
        var app = await TestApp.For(provider);
        var last = Quarter.Of(Today).Previous;
        await using var scope = app.Scope(out var db);
        var source = scope.ServiceProvider.GetServices<Berdaya.Web.Home.IReminderSource>().OfType<Features.Fostering.ReportReminders>().Single();
        var drafts = new List<Berdaya.Web.Home.ReminderDraft>();
        await foreach (var d in source.DueAsync(db, Today, CancellationToken.None))
        {
            drafts.Add(d);
        }

        // Before the due date nothing is raised; after it, the Mekar Sari member who has not reported, with the message.
        var before = new List<Berdaya.Web.Home.ReminderDraft>();
        await foreach (var d in source.DueAsync(db, last.DueOn(15), CancellationToken.None))
        {
            before.Add(d);
        }

        before.ShouldBeEmpty();
        var mekar = await db.Groups.Where(g => g.Name == "Mekar Sari").Select(g => g.Id).SingleAsync();
        var members = await db.GroupMemberships.Where(m => m.GroupId == mekar && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync();
        var reported = await db.QuarterlyReports.Where(r => r.QuarterIndex == last.Index).Select(r => r.PartnerId).Distinct().ToListAsync();
        drafts.ShouldNotContain(d => reported.Contains(d.PartnerId!.Value));
        if (Today > last.DueOn(15))
        {
            var missing = members.Except(reported).Single();
            var mine = drafts.Single(d => d.PartnerId == missing);
            mine.Key.ShouldBe($"report:{missing}:{last}");
            mine.Href.ShouldBe($"/partners/{missing}/reports");
            mine.WhatsAppMessage.ShouldNotBeNull().ShouldContain($"laporan triwulan {last}");
        }
    }

    [Theory]
    [AllDatabases]
    public async Task The_reminder_that_a_report_is_missing_is_done_once_the_report_arrives(string provider)
    {
        var app = await TestApp.For(provider);
        var entin = await app.PartnerIdAsync("Entin Supartini");
        var key = $"report:{entin}:2019-Q3";
        await using (var scope = app.Scope(out var db))
        {
            var p = await db.Partners.Where(x => x.Id == entin).Select(x => new { x.ProgramId, x.VillageCode }).SingleAsync();
            db.Reminders.Add(new Domain.Reminders.Reminder(key, "fostering.reminder.missing", p.ProgramId, new DateOnly(2019, 10, 15), "Entin Supartini, 2019-Q3",
                $"/partners/{entin}/reports", entin, p.VillageCode, null, "Assalamualaikum", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        var treasurer = await app.ApiAs(Demo.Treasurer);
        await (await treasurer.PostAsJsonAsync($"/api/v1/partners/{entin}/quarterly-reports", Figures("2019-Q3", 20_000_000m, 15_000_000m)))
            .Json200(HttpStatusCode.Created);

        await using var check = app.Scope(out var after);
        var reminder = await after.Reminders.AsNoTracking().SingleAsync(r => r.Key == key);
        reminder.DoneAt.ShouldNotBeNull();
        reminder.DoneBy.ShouldNotBeNull();
    }

    [Theory]
    [AllDatabases]
    public async Task First_reports_of_one_quarter_sent_at_once_end_in_one_report_and_the_others_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ApiAs(Demo.Treasurer)));
        var answers = await Task.WhenAll(clients.Select(c => Task.Run(() =>
            c.PostAsJsonAsync($"/api/v1/partners/{euis}/quarterly-reports", Figures("2017-Q3", 20_000_000m, 15_000_000m)))));
        var codes = string.Join(",", answers.Select(a => a.StatusCode));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1, codes);

        // A loser that met the winner's save is told so (409); one that read after it is asked for a correction's reason (400).
        foreach (var lost in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            await lost.Problem(lost.StatusCode == HttpStatusCode.Conflict ? HttpStatusCode.Conflict : HttpStatusCode.BadRequest,
                lost.StatusCode == HttpStatusCode.Conflict ? null : "reason");
        }

        await using var scope = app.Scope(out var db);
        (await db.QuarterlyReports.CountAsync(r => r.PartnerId == euis && r.QuarterIndex == new Quarter(2017, 3).Index)).ShouldBe(1);
        (await db.Timeline.CountAsync(t => t.PartnerId == euis && t.Kind == "report.submitted" && t.Summary.Contains("2017-Q3"))).ShouldBe(1);
    }
}
