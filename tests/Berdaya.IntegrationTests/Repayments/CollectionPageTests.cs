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
    public async Task The_treasurer_enters_what_was_paid_reviews_the_total_and_only_the_confirmation_posts(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(await UserAsync(app.Services, g.Treasurer.PartnerId));

        var group = await pages.GetAsync($"/groups/{g.GroupId}");
        group.Document.QuerySelector($"#collection-links a[href='/groups/{g.GroupId}/collection']").ShouldNotBeNull();
        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        sheet.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = sheet.Document.QuerySelectorAll("#sheet tbody tr");
        rows.Length.ShouldBe(5);

        // Every row starts empty, with what is due beside it and a "paid in full" tick that knows the amount.
        for (var i = 0; i < 5; i++)
        {
            sheet.Document.QuerySelector($"input[name='Input.Rows[{i}].Amount']")!.GetAttribute("value").ShouldBeNullOrEmpty();
            sheet.Document.QuerySelector($"input[name='Input.Rows[{i}].Full']")!.HasAttribute("checked").ShouldBeFalse();
        }

        rows[0].GetAttribute("data-total-due").ShouldBe("1260000");
        sheet.Document.QuerySelector("input[name='Input.Rows[0].Full']")!.GetAttribute("data-due").ShouldBe("1260000");
        rows[0].QuerySelector("td[data-total-due]")!.TextContent.ShouldContain("1.260.000");
        sheet.Document.QuerySelectorAll("#sheet td[data-label]").Length.ShouldBeGreaterThan(20);
        var before = await CountsAsync(app.Services, g);

        // One member paid in full (the tick, with no script to write the amount), one only this month's installment, three nothing yet.
        var review = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string>
        {
            ["Input.Rows[0].Full"] = "true",
            ["Input.Rows[1].Amount"] = "315.000",
        });

        review.StatusCode.ShouldBe(HttpStatusCode.OK, string.Join("; ", review.Errors));
        (await CountsAsync(app.Services, g)).ShouldBe(before);
        var reviewed = review.Document.QuerySelectorAll("#review-table tbody tr");
        reviewed.Length.ShouldBe(2);
        string NameOf(int row) => rows[row].QuerySelector("td a")!.TextContent.Trim();
        reviewed[0].TextContent.ShouldContain(NameOf(0));
        reviewed[1].TextContent.ShouldContain(NameOf(1));
        reviewed[0].GetAttribute("data-short").ShouldBe("false");
        reviewed[1].GetAttribute("data-short").ShouldBe("true");
        reviewed[1].TextContent.ShouldContain("Kurang");
        review.Document.QuerySelector("#review-total")!.GetAttribute("data-total").ShouldBe("1575000");
        review.Document.QuerySelector("#review-total")!.TextContent.ShouldContain("1.575.000");
        review.Document.QuerySelector("#review-empty")!.TextContent.ShouldContain(NameOf(4));
        review.Document.QuerySelector("#confirm-post")!.TextContent.ShouldContain("1.575.000");
        review.Document.QuerySelector("#edit-sheet")!.GetAttribute("formaction")!.ShouldContain("handler=Edit");
        review.Document.QuerySelector("#collection-form").ShouldBeNull();

        var done = await pages.SubmitAsync(review, "#confirm-form", new Dictionary<string, string>());

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", done.Errors));
        done.Location.ShouldBe($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        (await CountsAsync(app.Services, g)).ShouldBe((before.Repayments + 2, before.Entries + 2, before.Sheets + 1));
        var shown = await pages.GetAsync(done.Location!);
        var flash = shown.Document.QuerySelector(".flash")!.TextContent;
        flash.ShouldContain("2 pembayaran");
        flash.ShouldContain("KW-");
        shown.Document.QuerySelectorAll("#posted li[data-receipt]").Length.ShouldBe(2);
        shown.Document.QuerySelector("#posted")!.TextContent.ShouldContain("315.000");
        shown.Document.QuerySelector("#posted li[data-receipt] a")!.GetAttribute("href")!.ShouldContain("/receipt");
    }

    [Theory]
    [AllDatabases]
    public async Task A_sheet_with_no_amount_posts_nothing_and_says_so(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(Demo.Officer);
        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection");
        var before = await CountsAsync(app.Services, g);

        var refused = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string>());

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("[data-valmsg-for='Input.Lines']")!.TextContent.ShouldContain("setidaknya satu anggota");
        refused.Document.QuerySelector("#review").ShouldBeNull();
        (await CountsAsync(app.Services, g)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task Change_from_the_review_returns_to_the_sheet_with_what_was_entered(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(Demo.Officer);
        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        var review = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string> { ["Input.Rows[2].Amount"] = "100.000" });
        var before = await CountsAsync(app.Services, g);

        var form = review.Document.QuerySelector("#confirm-form")!;
        var fields = form.QuerySelectorAll("input[name]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        var back = await pages.Http.PostAsync(review.Document.QuerySelector("#edit-sheet")!.GetAttribute("formaction"), new FormUrlEncodedContent(fields));
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await back.Content.ReadAsStringAsync());

        back.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.QuerySelector("#collection-form").ShouldNotBeNull();
        html.QuerySelector("input[name='Input.Rows[2].Amount']")!.GetAttribute("value").ShouldBe("100000");
        html.QuerySelector("input[name='Input.Rows[1].Amount']")!.GetAttribute("value").ShouldBeNullOrEmpty();
        (await CountsAsync(app.Services, g)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task The_blank_sheet_for_paper_lists_each_member_with_what_is_due_and_empty_columns(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(await UserAsync(app.Services, g.Treasurer.PartnerId));
        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        var link = sheet.Document.QuerySelector("#print-link")!.GetAttribute("href")!;
        link.ShouldBe($"/groups/{g.GroupId}/collection/print?month={Month(Today)}");

        var paper = await pages.GetAsync(link);

        paper.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = paper.Document.QuerySelectorAll("#print-table tbody tr");
        rows.Length.ShouldBe(5);
        foreach (var m in g.Members)
        {
            paper.Document.QuerySelector("#print-table")!.TextContent.ShouldContain(m.Name);
        }

        rows[0].GetAttribute("data-total-due").ShouldBe("1260000");
        rows[0].TextContent.ShouldContain("Rp 1.260.000");
        rows.ShouldAllBe(r => r.QuerySelector("td.paid-cell")!.TextContent.Trim() == "" && r.QuerySelector("td.sign-cell")!.TextContent.Trim() == "");
        paper.Document.QuerySelector("#print-table thead")!.TextContent.ShouldContain("Tanda tangan");
        paper.Document.QuerySelector("#print-group")!.TextContent.ShouldBe(g.Name);

        var chair = await app.PagesAs(await UserAsync(app.Services, g.Chair.PartnerId));
        (await chair.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [AllDatabases]
    public async Task The_total_row_names_itself_once(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(Demo.Officer);

        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection");

        var label = sheet.Document.QuerySelector("#sheet-total td.total-label")!;
        label.TextContent.Trim().ShouldBe("Jumlah");
        label.HasAttribute("data-label").ShouldBeFalse();
        sheet.Document.QuerySelectorAll("#sheet-total td[data-label='Jumlah']").Length.ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Pressing_confirm_twice_on_a_slow_link_posts_the_sheet_once(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await GroupAsync(app);
        var pages = await app.PagesAs(await UserAsync(app.Services, g.Treasurer.PartnerId));
        var sheet = await pages.GetAsync($"/groups/{g.GroupId}/collection?month={Month(Today)}");
        sheet.Document.QuerySelector("input[name='Input.Key']")!.GetAttribute("value")!.ShouldStartWith("form-");
        var all = Enumerable.Range(0, 5).ToDictionary(i => $"Input.Rows[{i}].Full", _ => "true");
        var review = await pages.SubmitAsync(sheet, "#collection-form", all);
        review.Document.QuerySelector("#confirm-form input[name='Input.Key']")!.GetAttribute("value")
            .ShouldBe(sheet.Document.QuerySelector("input[name='Input.Key']")!.GetAttribute("value"));
        var before = await CountsAsync(app.Services, g);

        // The same confirmation sent twice, as a second press before the first answer arrives.
        var first = await pages.SubmitAsync(review, "#confirm-form", new Dictionary<string, string>());
        var second = await pages.SubmitAsync(review, "#confirm-form", new Dictionary<string, string>());

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", first.Errors));
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", second.Errors));
        second.Location.ShouldBe(first.Location);
        (await CountsAsync(app.Services, g)).ShouldBe((before.Repayments + 5, before.Entries + 5, before.Sheets + 1));

        // The old confirmation sent once more with another amount (the back button) posts nothing and says why, with a new key.
        var changed = await pages.SubmitAsync(review, "#confirm-form", new Dictionary<string, string> { ["Input.Rows[0].Amount"] = "1000" });
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

        // The review checks every line as posting would, before anything is confirmed.
        var refused = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string>
        {
            ["Input.Rows[0].Amount"] = "100000",
            ["Input.Rows[1].Amount"] = "1000,5",
            ["Input.Rows[3].Amount"] = "99999999",
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("#review").ShouldBeNull();
        string Error(int row) => refused.Document.QuerySelector($"span.field-error[data-valmsg-for='Input.Rows[{row}].Amount']")?.TextContent.Trim() ?? "";
        Error(1).ShouldContain("bulat");
        Error(3).ShouldContain("melebihi");
        Error(0).ShouldBeEmpty();
        (await CountsAsync(app.Services, g)).ShouldBe(before);
        refused.Document.QuerySelector("input[name='Input.Rows[1].Amount']")!.GetAttribute("value").ShouldBe("1000,5");

        var words = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string> { ["Input.Rows[4].Amount"] = "seratus" });
        words.Document.QuerySelector("span.field-error[data-valmsg-for='Input.Rows[4].Amount']")!.TextContent.ShouldContain("angka");
        (await CountsAsync(app.Services, g)).ShouldBe(before);

        var future = await pages.SubmitAsync(sheet, "#collection-form", new Dictionary<string, string>
        {
            ["Input.PaidOn"] = Iso(Today.AddDays(2)),
            ["Input.Rows[0].Full"] = "true",
        });
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
