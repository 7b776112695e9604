using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Repayments;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Home;

/// <summary>The home page starts each role's day: its work list, whose counts open lists of exactly those records.</summary>
public sealed class HomePageTests
{
    private static int Count(IDocument home, string id) =>
        int.Parse(home.QuerySelector($"#{id} .work-count")!.TextContent.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static string Href(IDocument home, string id) => home.QuerySelector($"#{id} a")!.GetAttribute("href")!;

    [Theory]
    [AllDatabases]
    public async Task Staff_counts_open_lists_of_exactly_those_records_within_the_users_scope(string provider)
    {
        await using var app = await TestApp.Own(provider);

        // Five loans nobody paid, in a village outside the facilitator's; a proposal waiting for its surveys in hers.
        var outside = await CollectionData.GroupAsync(app, 5, TestData.OutsideFacilitator);
        var (_, proposalId, _) = await GroupScenario.SubmittedAsync(app);

        var officer = await app.PagesAs(Demo.Officer);
        var home = (await officer.GetAsync("/")).Document;
        Href(home, "loans-arrears").ShouldBe("/loans?arrears=true");
        var late = await officer.GetAsync(Href(home, "loans-arrears"));
        var lateLoans = late.Document.QuerySelectorAll("#loans tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-loan")!)).ToList();
        Count(home, "loans-arrears").ShouldBe(lateLoans.Count);
        outside.Members.Select(m => m.LoanId).ShouldBeSubsetOf(lateLoans);
        late.Document.QuerySelector("input[name=arrears]")!.HasAttribute("checked").ShouldBeTrue();

        Href(home, "proposals-survey").ShouldBe("/proposals?waiting=survey");
        var waiting = await officer.GetAsync(Href(home, "proposals-survey"));
        var listed = waiting.Document.QuerySelectorAll("#proposals tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        Count(home, "proposals-survey").ShouldBe(listed.Count);
        listed.ShouldContain($"/proposals/{proposalId}");
        waiting.Document.QuerySelector("#waiting")!.TextContent.ShouldContain("menunggu survei");
        home.QuerySelector("#proposals-decision").ShouldBeNull("no proposal of the demo or the test has every member surveyed and is undecided");

        // The facilitator counts only her villages: the demo's late members of Kecamatan Conggeang, not the outside group.
        var facilitator = await app.PagesAs(Demo.Facilitator);
        var hers = (await facilitator.GetAsync("/")).Document;
        var herLate = (await facilitator.GetAsync(Href(hers, "loans-arrears"))).Document.QuerySelectorAll("#loans tbody tr")
            .Select(r => Guid.Parse(r.GetAttribute("data-loan")!)).ToList();
        Count(hers, "loans-arrears").ShouldBe(herLate.Count);
        herLate.Count.ShouldBe(lateLoans.Count - 5);
        herLate.ShouldNotContain(outside.Members[0].LoanId);
        herLate.Count.ShouldBeGreaterThan(0, "the demo's Mekar Sari has members in arrears");
        hers.QuerySelector("#proposals-survey").ShouldBeNull("surveys are the program office's work");
        hers.QuerySelector("#report-portfolio").ShouldBeNull();
    }

    [Theory]
    [AllDatabases]
    public async Task Each_demo_role_lands_on_its_work(string provider)
    {
        var app = await TestApp.For(provider);
        Guid mekarSari, citraSari, chair;
        await using (app.Scope(out var db))
        {
            mekarSari = await db.Groups.Where(g => g.Name == "Mekar Sari").Select(g => g.Id).SingleAsync();
            citraSari = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
            chair = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
        }

        var month = CollectionData.Month(CollectionData.Today);

        // The present-day treasurer: this month's sheet, and who is late, as the due list counts them.
        var mekar = await app.PagesAs(Demo.MekarSariTreasurer);
        var home = (await mekar.GetAsync("/")).Document;
        Href(home, $"collection-{mekarSari:N}").ShouldBe($"/groups/{mekarSari}/collection?month={month}");
        Href(home, $"late-{mekarSari:N}").ShouldBe($"/groups/{mekarSari}/due?month={month}");
        var due = (await mekar.GetAsync(Href(home, $"late-{mekarSari:N}"))).Document;
        Count(home, $"late-{mekarSari:N}").ShouldBe(due.QuerySelectorAll("#due tr[data-late=true]").Length);
        home.QuerySelector($"#late-{mekarSari:N} .work-details")!.TextContent.ShouldContain("Ade Suherman");
        home.QuerySelector("#loans-next")!.TextContent.ShouldContain("Angsuran berikutnya");

        // Citra Sari repaid every loan in 2009: the treasurer's sheet is empty and nobody is late; the chair has no sheet.
        var treasurer = (await (await app.PagesAs(Demo.Treasurer)).GetAsync("/")).Document;
        treasurer.QuerySelector($"#collection-{citraSari:N}")!.TextContent.ShouldContain("Tidak ada anggota yang terlambat");
        treasurer.QuerySelector("#loans-next")!.TextContent.ShouldContain("Tidak ada angsuran berjalan");
        var chairHome = (await (await app.PagesAs(Demo.Chair)).GetAsync("/")).Document;
        chairHome.QuerySelectorAll("#work li[id^=collection-]").Length.ShouldBe(0);
        chairHome.QuerySelector("#my-page")!.GetAttribute("href").ShouldBe($"/partners/{chair}");
        chairHome.QuerySelector("#overview").ShouldBeNull();

        // Readers find the reports they may read; staff see the overview tiles; nothing relies on an inline style.
        var evaluator = (await (await app.PagesAs(Demo.Evaluator)).GetAsync("/")).Document;
        evaluator.QuerySelector("#report-portfolio")!.GetAttribute("href").ShouldBe("/reports/portfolio");
        evaluator.QuerySelector("#report-kpis")!.GetAttribute("href").ShouldBe("/reports/kpis");
        evaluator.QuerySelector("#report-fund").ShouldBeNull();
        evaluator.QuerySelector("#loans-arrears").ShouldBeNull();
        var viewer = (await (await app.PagesAs(Demo.Viewer)).GetAsync("/")).Document;
        viewer.QuerySelector("#report-fund")!.GetAttribute("href").ShouldBe("/fund");
        var officer = (await (await app.PagesAs(Demo.Officer)).GetAsync("/")).Document;
        officer.QuerySelector("#loans-arrears").ShouldNotBeNull();
        officer.QuerySelectorAll("#overview a.tile .tile-count").Length.ShouldBe(4);
        officer.QuerySelectorAll("[style]").Length.ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_member_sees_what_is_overdue_and_whom_to_pay_and_the_treasurer_who_is_late(string provider)
    {
        var app = await TestApp.For(provider);
        var g = await CollectionData.GroupAsync(app);
        var member = g.Members[3];
        var memberPages = await app.PagesAs(await CollectionData.UserAsync(app.Services, member.PartnerId));
        var treasurerPages = await app.PagesAs(await CollectionData.UserAsync(app.Services, g.Treasurer.PartnerId));

        // Three installments fell due unpaid: the member is told the arrears and the treasurer's name.
        var home = (await memberPages.GetAsync("/")).Document;
        home.QuerySelector("#loans-next a")!.GetAttribute("href").ShouldBe($"/loans/{member.LoanId}");
        home.QuerySelector("#loans-next")!.TextContent.ShouldContain("Tunggakan");
        home.QuerySelector("#loans-next")!.TextContent.ShouldContain(g.Treasurer.Name);
        home.QuerySelectorAll("#work li[id^=collection-]").Length.ShouldBe(0, "only the treasurer keeps the sheet");
        var sheetHome = (await treasurerPages.GetAsync("/")).Document;
        Count(sheetHome, $"late-{g.GroupId:N}").ShouldBe(5);

        var officer = await app.ApiAs(Demo.Officer);
        await CollectionData.PayUpToDateAsync(officer, member.LoanId);
        var next = (await CollectionData.ScheduleAsync(officer, member.LoanId)).First(i => i.Remaining > 0);

        home = (await memberPages.GetAsync("/")).Document;
        var shown = home.QuerySelector("#loans-next")!.TextContent;
        shown.ShouldContain($"Angsuran berikutnya: Rp {next.Remaining.ToString("#,0", CultureInfo.GetCultureInfo("id-ID"))}");
        shown.ShouldContain(next.DueDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")));
        shown.ShouldNotContain("Tunggakan");
        sheetHome = (await treasurerPages.GetAsync("/")).Document;
        Count(sheetHome, $"late-{g.GroupId:N}").ShouldBe(4);
        sheetHome.QuerySelector($"#late-{g.GroupId:N} .work-details")!.TextContent.ShouldNotContain(member.Name);
    }

    [Theory]
    [AllDatabases]
    public async Task The_menu_offers_each_reader_the_reports_they_may_read(string provider)
    {
        var app = await TestApp.For(provider);
        async Task<List<string?>> MenuAsync(string email) =>
            (await (await app.PagesAs(email)).GetAsync("/groups")).Document.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).ToList();

        var evaluator = await MenuAsync(Demo.Evaluator);
        evaluator.ShouldContain("/reports/portfolio");
        evaluator.ShouldContain("/reports/kpis");
        evaluator.ShouldNotContain("/fund");
        var viewer = await MenuAsync(Demo.Viewer);
        viewer.ShouldContain("/reports/portfolio");
        viewer.ShouldContain("/reports/kpis");
        viewer.ShouldContain("/fund");
        var facilitator = await MenuAsync(Demo.Facilitator);
        facilitator.ShouldNotContain("/reports/portfolio");
        facilitator.ShouldNotContain("/reports/kpis");
    }

    [Theory]
    [AllDatabases]
    public async Task A_refusal_page_offers_the_previous_page_of_this_site_and_home(string provider)
    {
        var app = await TestApp.For(provider);
        var facilitator = await app.PagesAs(Demo.Facilitator);

        async Task<IDocument> FromAsync(string url, string? referer, HttpStatusCode status)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (referer is not null)
            {
                request.Headers.Referrer = new Uri(referer);
            }

            var response = await facilitator.Http.SendAsync(request);
            response.StatusCode.ShouldBe(status, url);
            return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        }

        var denied = await FromAsync("/denied?ReturnUrl=%2Fadmin%2Fusers", "http://localhost/groups?q=citra", HttpStatusCode.OK);
        denied.QuerySelector("a#back")!.GetAttribute("href").ShouldBe("/groups?q=citra");
        denied.QuerySelector("a#home")!.GetAttribute("href").ShouldBe("/");

        var missing = await FromAsync($"/partners/{Guid.NewGuid()}", "http://localhost/partners", HttpStatusCode.NotFound);
        missing.QuerySelector("a#back")!.GetAttribute("href").ShouldBe("/partners");
        missing.QuerySelector("a#home").ShouldNotBeNull();

        // Another site, or no referrer at all: home only.
        var elsewhere = await FromAsync($"/partners/{Guid.NewGuid()}", "https://contoh.example/partners", HttpStatusCode.NotFound);
        elsewhere.QuerySelector("a#back").ShouldBeNull();
        elsewhere.QuerySelector("a#home").ShouldNotBeNull();
        var none = await FromAsync("/denied", null, HttpStatusCode.OK);
        none.QuerySelector("a#back").ShouldBeNull();
        none.QuerySelector("a#home").ShouldNotBeNull();
    }
}
