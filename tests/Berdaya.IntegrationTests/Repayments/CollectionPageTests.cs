using System.Net;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using static Berdaya.IntegrationTests.Repayments.CollectionData;

namespace Berdaya.IntegrationTests.Repayments;

/// <summary>The collection sheet, the due list and the on-time record as pages.</summary>
public sealed class CollectionPageTests
{
    [Theory]
    [AllDatabases]
    public async Task The_treasurer_posts_the_prefilled_sheet_with_one_amount_changed_and_sees_the_receipts(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(await UserAsync(app.Services, g.Treasurer.PartnerId));

        var group = await pages.GetAsync($"/groups/{g.GroupId}");
        group.Document.QuerySelector($"#collection-links a[href='/groups/{g.GroupId}/collection']").ShouldNotBeNull();
        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        sheet.StatusCode.ShouldBe(HttpStatusCode.OK);
        sheet.Document.QuerySelectorAll("#sheet tbody tr").Length.ShouldBe(5);
        sheet.Document.QuerySelector("input[name='Input.Rows[0].Amount']")!.GetAttribute("value").ShouldBe("1260000");
        sheet.Document.QuerySelectorAll("#sheet td[data-label]").Length.ShouldBeGreaterThan(20);
        var before = await CountsAsync(app.Services, g);

        var done = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string> { ["Input.Rows[1].Amount"] = "315.000" });

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", done.Errors));
        done.Location.ShouldBe($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        (await CountsAsync(app.Services, g)).ShouldBe((before.Repayments + 5, before.Entries + 5, before.Sheets + 1));
        var shown = await pages.GetAsync(done.Location!);
        var flash = shown.Document.QuerySelector(".flash")!.TextContent;
        flash.ShouldContain("5 pembayaran");
        flash.ShouldContain("KW-");
        shown.Document.QuerySelectorAll("#posted li[data-receipt]").Length.ShouldBe(5);
        shown.Document.QuerySelector("#posted")!.TextContent.ShouldContain("315.000");
    }

    [Theory]
    [AllDatabases]
    public async Task Pressing_post_twice_on_a_slow_link_posts_the_sheet_once(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(await UserAsync(app.Services, g.Treasurer.PartnerId));
        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        sheet.Document.QuerySelector("input[name='Input.Key']")!.GetAttribute("value")!.ShouldStartWith("form-");
        var before = await CountsAsync(app.Services, g);

        // The same form sent twice, as a second press before the first answer arrives.
        var first = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string>());
        var second = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string>());

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", first.Errors));
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", second.Errors));
        second.Location.ShouldBe(first.Location);
        (await CountsAsync(app.Services, g)).ShouldBe((before.Repayments + 5, before.Entries + 5, before.Sheets + 1));

        // The old form sent once more with another amount (the back button) posts nothing and says why, with a new key.
        var changed = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string> { ["Input.Rows[0].Amount"] = "1000" });
        changed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        changed.Document.QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("sudah pernah dikirim");
        changed.Document.QuerySelector("input[name='Input.Key']")!.GetAttribute("value").ShouldNotBe(
            sheet.Document.QuerySelector("input[name='Input.Key']")!.GetAttribute("value"));
        (await CountsAsync(app.Services, g)).ShouldBe((before.Repayments + 5, before.Entries + 5, before.Sheets + 1));

        // A sheet opened afresh has a new key too.
        var again = await pages.GetAsync($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        again.Document.QuerySelector("input[name='Input.Key']")!.GetAttribute("value").ShouldNotBe(
            sheet.Document.QuerySelector("input[name='Input.Key']")!.GetAttribute("value"));
    }

    [Theory]
    [AllDatabases]
    public async Task A_bad_line_on_the_page_is_named_beside_that_member_and_nothing_is_posted(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(Demo.Officer);
        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection");
        var before = await CountsAsync(app.Services, g);

        var refused = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string>
        {
            ["Input.Rows[1].Amount"] = "1000,5",
            ["Input.Rows[3].Amount"] = "99999999",
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        string Error(int row) => refused.Document.QuerySelector($"span.field-error[data-valmsg-for='Input.Rows[{row}].Amount']")?.TextContent.Trim() ?? "";
        Error(1).ShouldContain("bulat");
        Error(3).ShouldContain("melebihi");
        Error(0).ShouldBeEmpty();
        (await CountsAsync(app.Services, g)).ShouldBe(before);
        refused.Document.QuerySelector("input[name='Input.Rows[1].Amount']")!.GetAttribute("value").ShouldBe("1000,5");

        var words = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string> { ["Input.Rows[4].Amount"] = "seratus" });
        words.Document.QuerySelector("span.field-error[data-valmsg-for='Input.Rows[4].Amount']")!.TextContent.ShouldContain("angka");
        (await CountsAsync(app.Services, g)).ShouldBe(before);

        var future = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string> { ["Input.PaidOn"] = Iso(Today.AddDays(2)) });
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        future.Document.QuerySelector("span.field-error[data-valmsg-for='Input.PaidOn']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        (await CountsAsync(app.Services, g)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task The_chair_is_refused_with_a_reason_and_another_group_s_treasurer_finds_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var other = await GroupAsync(app);
        var chair = await app.PagesAs(await UserAsync(app.Services, g.Chair.PartnerId));
        var otherTreasurer = await app.PagesAs(await UserAsync(app.Services, other.Treasurer.PartnerId));

        var refused = await chair.GetAsync($"/groups/{g.GroupId}/collection");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Document.QuerySelector("#refused")!.TextContent.ShouldContain("bendahara");
        (await chair.GetAsync($"/groups/{g.GroupId}/due")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await chair.GetAsync($"/groups/{g.GroupId}")).Document.QuerySelector("#collection-links").ShouldBeNull();
        (await otherTreasurer.GetAsync($"/groups/{g.GroupId}/collection")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherTreasurer.GetAsync($"/groups/{g.GroupId}/due")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherTreasurer.GetAsync($"/groups/{other.GroupId}/collection?month=2026-13")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task The_due_page_lists_the_late_member_first_and_the_partner_page_shows_the_on_time_record(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        foreach (var m in g.Members.Where(m => m != g.Members[3]))
        {
            await PayUpToDateAsync(officer, m.LoanId);
        }

        var pages = await app.PagesAs(Demo.Officer);
        var due = await pages.GetAsync($"/groups/{g.GroupId}/due?month={Month(Today)}");
        due.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = due.Document.QuerySelectorAll("#due tbody tr");
        rows.Length.ShouldBe(5);
        rows[0].GetAttribute("data-late").ShouldBe("true");
        rows[0].TextContent.ShouldContain(g.Members[3].Name);
        rows.Skip(1).ShouldAllBe(r => r.GetAttribute("data-late") == "false");
        due.Document.QuerySelector($"#month-nav a[href='?month={Month(Today.AddMonths(-1))}']").ShouldNotBeNull();

        var partner = await pages.GetAsync($"/partners/{g.Members[0].PartnerId}");
        partner.Document.QuerySelector("#on-time-streak")!.TextContent.ShouldContain("bulan berturut-turut");
        partner.Document.QuerySelectorAll("#on-time [data-status='OnTime']").Length.ShouldBeGreaterThanOrEqualTo(3);
        var late = await pages.GetAsync($"/partners/{g.Members[3].PartnerId}");
        late.Document.QuerySelectorAll("#on-time [data-status='Late']").Length.ShouldBeGreaterThanOrEqualTo(3);

        var (noLoan, _) = (await GroupScenario.PartnersAsync(app, 1))[0];
        (await pages.GetAsync($"/partners/{noLoan}")).Document.QuerySelector("#on-time").ShouldBeNull();
    }
}
