using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Monitoring;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Fostering;

/// <summary>docs/domain.md, Quarterly reports: the declines of a program's quarter, the office's check that opens missing visits, the settings.</summary>
public sealed class DeclineCheckTests
{
    private static DateOnly Today => Domain.Common.BusinessCalendar.Today(TimeProvider.System);

    [Theory]
    [AllDatabases]
    public async Task The_melinjo_quarter_lists_iis_suryanis_fall_against_both_quarters_with_its_visit_done_and_a_check_opens_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var list = await (await officer.GetAsync("/api/v1/fostering/declines?quarter=2007-Q3")).Json200();
        list.GetProperty("quarter").GetString().ShouldBe("2007-Q3");
        list.GetProperty("thresholdPercent").GetInt32().ShouldBe(20);
        list.GetProperty("reported").GetInt32().ShouldBe(10);
        var line = list.GetProperty("lines").EnumerateArray().ShouldHaveSingleItem();
        line.GetProperty("ownerName").GetString().ShouldBe("Iis Suryani");
        line.GetProperty("groupName").GetString().ShouldBe("Citra Sari");
        line.GetProperty("visitState").GetString().ShouldBe(nameof(FollowUpState.Done));
        var falls = line.GetProperty("falls").EnumerateArray().ToList();
        falls.ShouldContain(f => f.GetProperty("figure").GetString() == "Turnover" && f.GetProperty("against").GetString() == "2007-Q2");
        falls.ShouldContain(f => f.GetProperty("figure").GetString() == "Turnover" && f.GetProperty("against").GetString() == "2006-Q3");

        // The visit done in December 2007 answered the fall: checking the quarter again opens no second one.
        var checkedAgain = await (await officer.PostAsJsonAsync("/api/v1/fostering/declines/check", new { quarter = "2007-Q3" })).Json200();
        checkedAgain.GetProperty("opened").GetInt32().ShouldBe(0);
        checkedAgain.GetProperty("declines").GetInt32().ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task A_quarter_not_ended_or_not_a_quarter_is_refused_naming_it_and_only_staff_read_declines(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var future = Quarter.Of(Today).Next.ToString();
        await (await officer.GetAsync($"/api/v1/fostering/declines?quarter={future}")).Problem(HttpStatusCode.BadRequest, "quarter");
        await (await officer.GetAsync("/api/v1/fostering/declines?quarter=2007-Q5")).Problem(HttpStatusCode.BadRequest, "quarter");
        await (await officer.PostAsJsonAsync("/api/v1/fostering/declines/check", new { quarter = "1999-Q4" })).Problem(HttpStatusCode.BadRequest, "quarter");

        foreach (var reader in new[] { Demo.Viewer, Demo.Evaluator, Demo.Treasurer })
        {
            (await (await app.ApiAs(reader)).GetAsync("/api/v1/fostering/declines")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        var facilitator = await app.ApiAs(Demo.Facilitator);
        (await facilitator.PostAsJsonAsync("/api/v1/fostering/declines/check", new { quarter = "2007-Q3" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var pages = await app.PagesAs(Demo.Officer);
        var page = await pages.GetAsync($"/fostering/declines?quarter={future}");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.Document.QuerySelector("#Quarter-error")!.TextContent.ShouldContain(future);
        page.Document.QuerySelector("#declines-summary").ShouldNotBeNull();
    }

    [Theory]
    [AllDatabases]
    public async Task The_office_sets_the_threshold_within_its_range_and_a_check_opens_the_visit_a_decline_lacks_once(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var officer = await app.ApiAs(Demo.Officer);

        await (await officer.PutAsJsonAsync("/api/v1/fostering/settings", new { declinePercent = 0, reportDueDays = 15 }))
            .Problem(HttpStatusCode.BadRequest, "declinePercent");
        await (await officer.PutAsJsonAsync("/api/v1/fostering/settings", new { declinePercent = 20, reportDueDays = 91 }))
            .Problem(HttpStatusCode.BadRequest, "reportDueDays");
        await (await officer.PutAsJsonAsync("/api/v1/fostering/settings", new { reportDueDays = 15 })).Problem(HttpStatusCode.BadRequest, "declinePercent");
        (await (await app.ApiAs(Demo.Facilitator)).PutAsJsonAsync("/api/v1/fostering/settings", new { declinePercent = 25, reportDueDays = 15 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var unchanged = await (await officer.GetAsync("/api/v1/fostering/settings")).Json200();
        unchanged.GetProperty("declinePercent").GetInt32().ShouldBe(20);

        var saved = await (await officer.PutAsJsonAsync("/api/v1/fostering/settings", new { declinePercent = 25, reportDueDays = 20 })).Json200();
        saved.GetProperty("declinePercent").GetInt32().ShouldBe(25);
        saved.GetProperty("reportDueDays").GetInt32().ShouldBe(20);

        // Rina Marlina's turnover fell 30% in the quarter just ended; her visit is taken away, so the check must open it again.
        var last = Quarter.Of(Today).Previous;
        Guid rina;
        await using (var scope = app.Scope(out var db))
        {
            db.AuditEntries.Any(a => a.EntityType == nameof(FosteringSettings) && a.UserName == Demo.Officer).ShouldBeTrue();
            var visit = await db.FollowUps.SingleAsync(f => f.ReportId != null && f.State == FollowUpState.Open
                                                            && db.QuarterlyReports.Any(r => r.Id == f.ReportId && r.QuarterIndex == last.Index));
            rina = visit.PartnerId!.Value;
            db.FollowUps.Remove(visit);
            await db.SaveChangesAsync();
        }

        var listed = await (await officer.GetAsync($"/api/v1/fostering/declines?quarter={last}")).Json200();
        listed.GetProperty("thresholdPercent").GetInt32().ShouldBe(25);
        var line = listed.GetProperty("lines").EnumerateArray().ShouldHaveSingleItem();
        line.GetProperty("partnerId").GetGuid().ShouldBe(rina);
        line.GetProperty("followUpId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var run = await (await officer.PostAsJsonAsync("/api/v1/fostering/declines/check", new { quarter = last.ToString() })).Json200();
        run.GetProperty("opened").GetInt32().ShouldBe(1);
        run.GetProperty("lines")[0].GetProperty("visitState").GetString().ShouldBe(nameof(FollowUpState.Open));
        (await (await officer.PostAsJsonAsync("/api/v1/fostering/declines/check", new { quarter = last.ToString() })).Json200())
            .GetProperty("opened").GetInt32().ShouldBe(0);

        await using (var scope = app.Scope(out var db))
        {
            var opened = await db.FollowUps.SingleAsync(f => f.PartnerId == rina && f.State == FollowUpState.Open && f.ReportId != null);
            opened.Task.ShouldContain("omset turun 30");
            opened.OwnerUserId.ShouldNotBeNull();
        }

        // The facilitator of the village sees the decline and its visit on the page; the office may run the check there.
        var page = await (await app.PagesAs(Demo.Facilitator)).GetAsync($"/fostering/declines?quarter={last}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector($"#declines tr[data-partner='{rina}']").ShouldNotBeNull();
        page.Document.QuerySelector("#declines-run").ShouldBeNull();
    }
}
