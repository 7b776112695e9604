using System.Globalization;
using System.Net;
using Berdaya.IntegrationTests.Close;
using Berdaya.IntegrationTests.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Security;
using MiniExcelLibs;

namespace Berdaya.IntegrationTests.Reports;

/// <summary>The evaluator and the viewer take the reports they read to Excel; the reports say which close they count, and the office can run it from there.</summary>
public sealed class ReportReadersTests
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    [Theory]
    [AllDatabases]
    public async Task The_evaluator_and_the_viewer_export_the_portfolio_and_the_KPIs_of_their_program_without_personal_data(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer })
        {
            var pages = await app.PagesAs(email);
            var kpiPage = await pages.GetAsync("/reports/kpis");
            var kpiLink = kpiPage.Document.QuerySelector("a#export")!.GetAttribute("href")!;
            kpiLink.ShouldStartWith($"/api/v1/reports/kpis.xlsx?programId={d.Program}");
            (await pages.GetAsync("/reports/portfolio")).Document.QuerySelector("a#export")!.GetAttribute("href")
                .ShouldBe($"/api/v1/reports/portfolio.xlsx?programId={d.Program}");

            var kpis = await pages.Http.GetAsync(kpiLink);
            kpis.StatusCode.ShouldBe(HttpStatusCode.OK, email);
            kpis.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            var bytes = await kpis.Content.ReadAsByteArrayAsync();
            using (var stream = new MemoryStream(bytes))
            {
                stream.GetSheetNames().ShouldBe(["Indikator", "Kolektibilitas", "Efektivitas"]);
                var classes = stream.Query(useHeaderRow: true, sheetName: "Kolektibilitas").Cast<IDictionary<string, object>>().ToList();
                classes.Select(r => r["Kolektibilitas"]?.ToString()).ShouldBe(["Lancar", "Kurang Lancar", "Diragukan", "Macet"]);
                var rows = stream.Query(useHeaderRow: true, sheetName: "Indikator").Cast<IDictionary<string, object>>().ToList();
                rows.Select(r => r["Uraian"]?.ToString()).ShouldContain("Tingkat kolektibilitas (%)");
            }

            var portfolio = await pages.Http.GetAsync($"/api/v1/reports/portfolio.xlsx?programId={d.Program}");
            portfolio.StatusCode.ShouldBe(HttpStatusCode.OK, email);
            var portfolioText = MatrixCalls.WorkbookText(await portfolio.Content.ReadAsByteArrayAsync());
            portfolioText.ShouldContain("Mekar Sari");
            foreach (var text in new[] { MatrixCalls.WorkbookText(bytes), portfolioText })
            {
                MatrixCalls.FullNik().IsMatch(text).ShouldBeFalse();
                MatrixCalls.FullPhone().IsMatch(text).ShouldBeFalse();
            }
        }
    }

    [Theory]
    [AllDatabases]
    public async Task An_export_is_scoped_to_the_readers_programs_and_refused_to_field_roles(string provider)
    {
        var app = await TestApp.For(provider);
        var other = await FundScenario.CreateAsync(app);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        (await evaluator.GetAsync($"/api/v1/reports/kpis.xlsx?programId={other.ProgramId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await evaluator.GetAsync($"/api/v1/reports/portfolio.xlsx?programId={other.ProgramId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Admin.GetAsync($"/api/v1/reports/kpis.xlsx?programId={other.ProgramId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var email in new[] { Demo.Facilitator, Demo.Treasurer })
        {
            (await (await app.ApiAs(email)).GetAsync("/api/v1/reports/kpis.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Reports_say_as_of_which_close_and_only_the_office_runs_the_close_from_there(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var today = CloseScenario.Today;
        var yesterday = today.AddDays(-1);
        await CloseScenario.CloseAsync(app, today, 1000);
        var shownDay = today.ToString("d MMMM yyyy", Indonesian);

        foreach (var email in new[] { Demo.Officer, Demo.Viewer, Demo.Evaluator })
        {
            var pages = await app.PagesAs(email);
            var portfolio = (await pages.GetAsync("/reports/portfolio")).Document;
            var asOf = portfolio.QuerySelector("#as-of")!.TextContent;
            asOf.ShouldStartWith($"Posisi per tutup harian {shownDay}, selesai ");
            asOf.ShouldContain(" WIB");
            (await pages.GetAsync("/reports/kpis")).Document.QuerySelector("#collectibility-as-of")!.TextContent
                .ShouldStartWith($"Posisi per tutup harian {shownDay}, selesai ");
            (portfolio.QuerySelector("#run-close") is not null).ShouldBe(email == Demo.Officer, email);
            if (email != Demo.Evaluator)
            {
                var fund = (await pages.GetAsync("/fund")).Document;
                fund.QuerySelector("#as-of")!.TextContent.ShouldStartWith($"Saldo per tutup harian {shownDay}, selesai ");
                (fund.QuerySelector("#run-close") is not null).ShouldBe(email == Demo.Officer, email);
            }
        }

        // The officer closes yesterday from the report: the form posts to the close's own handler, which starts it.
        var officer = await app.PagesAs(Demo.Officer);
        var page = await officer.GetAsync("/reports/portfolio");
        page.Document.QuerySelector("#run-close")!.GetAttribute("action").ShouldBe("/admin/daily-close");
        page.Document.QuerySelector("#run-close input[name=BusinessDate]")!.GetAttribute("value").ShouldBe(yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var started = await officer.SubmitAsync(page, "#run-close", new Dictionary<string, string>());
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", started.Errors));
        started.Location.ShouldBe("/admin/daily-close");

        var api = await app.ApiAs(Demo.Officer);
        var status = "";
        for (var i = 0; i < 120 && status != "Done"; i++)
        {
            await Task.Delay(500);
            var close = await (await api.GetAsync($"/api/v1/daily-closes/{yesterday:yyyy-MM-dd}")).Json200();
            status = close.GetProperty("status").ValueKind == System.Text.Json.JsonValueKind.String ? close.GetProperty("status").GetString()! : "";
        }

        status.ShouldBe("Done");
    }
}
