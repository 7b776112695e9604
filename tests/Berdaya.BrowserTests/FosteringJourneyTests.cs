using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// Quarterly reports, declines and impact on a phone (docs/domain.md, Quarterly reports and Impact; decision 0024): the Mekar Sari
/// treasurer reports the quarter just ended for the member who has not (Yuyun Yuningsih, a running loan), starting from the
/// cash book's sales, is told beside the field what is wrong, then corrects the report with a reason; the officer reads the
/// declines of 2007-Q3 (Iis Suryani, visited) and of the quarter just ended (Rina Marlina, visit open), and the charts of the
/// impact page, the home page and a Citra Sari member's page.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class FosteringJourneyTests(BrowserApp app)
{
    private async Task<(Guid Yuyun, Guid Eti, Quarter Last)> DemoAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var yuyun = await db.Partners.Where(p => p.OwnerName == "Yuyun Yuningsih").Select(p => p.Id).SingleAsync();
        var eti = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
        return (yuyun, eti, Quarter.Of(today).Previous);
    }

    private async Task<int> ReportsOfAsync(Guid partner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.QuarterlyReports.CountAsync(r => r.PartnerId == partner);
    }

    /// <summary>The partner's latest reported quarter: the demo's 2012-Q4, or a later one a test in this suite entered.</summary>
    private async Task<Quarter> LatestReportOfAsync(Guid partner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return Quarter.FromIndex(await db.QuarterlyReports.Where(r => r.PartnerId == partner).MaxAsync(r => r.QuarterIndex));
    }

    /// <summary>A server-drawn chart: a visible svg named by its title, with something drawn, within the phone's width.</summary>
    private static async Task ChartShouldShowAsync(ILocator section, string title)
    {
        var svg = section.Locator("svg.chart");
        await Assertions.Expect(svg).ToBeVisibleAsync();
        await Assertions.Expect(svg.Locator("title")).ToHaveTextAsync(title);
        await Assertions.Expect(svg).ToHaveAttributeAsync("role", "img");
        (await svg.Locator("polyline, rect[fill]:not([fill='none']), line").CountAsync()).ShouldBeGreaterThan(0, title);
        var box = await svg.BoundingBoxAsync();
        box.ShouldNotBeNull();
        box.Width.ShouldBeGreaterThan(200, title);
        box.Height.ShouldBeGreaterThan(50, title);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(PhonePage.Width, title);
    }

    /// <summary>The table behind a chart, folded under it: opened, its rows show rupiah figures.</summary>
    private static async Task FiguresShouldShowAsync(ILocator section, Regex firstCell, int rowsAtLeast)
    {
        var fold = section.Locator("details.fold");
        await Assertions.Expect(fold.Locator("table")).ToBeHiddenAsync();
        await fold.Locator("summary").ClickAsync();
        await Assertions.Expect(fold.Locator("table")).ToBeVisibleAsync();
        var rows = fold.Locator("tbody tr");
        (await rows.CountAsync()).ShouldBeGreaterThanOrEqualTo(rowsAtLeast);
        await Assertions.Expect(rows.First.Locator("td").First).ToHaveTextAsync(firstCell);
        await Assertions.Expect(rows.Last.Locator("td.num").First).ToHaveTextAsync(new Regex(@"^Rp\s?[1-9][0-9.]*$"));
    }

    [Fact]
    public async Task The_treasurer_reports_a_members_missing_quarter_from_the_cash_book_and_corrects_it_with_a_reason_on_a_phone()
    {
        var (yuyun, _, last) = await DemoAsync();

        // Yuyun's cash book of the quarter just ended: Rp 10.800.000 of sales over its three months.
        var treasurerApi = await app.ApiAsync(Demo.MekarSariTreasurer);
        for (var month = 0; month < 3; month++)
        {
            var day = last.First.AddMonths(month).AddDays(9);
            (await treasurerApi.PostAsJsonAsync($"/api/v1/partners/{yuyun}/cash-book/days", new
            {
                date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                rows = new object[] { new { category = "Sales", amount = 3_600_000, note = "Keripik singkong ke warung" } },
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var before = await ReportsOfAsync(yuyun);
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.MekarSariTreasurer);
        await page.VisitAsync($"/partners/{yuyun}");
        await page.ClickAndLoadAsync("#partner-reports");
        new Uri(page.Url).AbsolutePath.ShouldBe($"/partners/{yuyun}/reports");
        await page.ShouldShowAsync("h1", "Laporan triwulan");
        await Assertions.Expect(page.Locator("#report-next")).ToHaveAttributeAsync("data-late", "true");
        await page.ShouldShowAsync("#report-next", $"Laporan triwulan {last} belum masuk");

        // The quarter just ended is offered, with the cash book's sales as the turnover and the last report's people.
        await Assertions.Expect(page.Locator("#Input_Quarter")).ToHaveValueAsync(last.ToString());
        await page.ShouldShowAsync("#Input_Turnover-hint", $"Buku kas mencatat penjualan Rp 10.800.000 pada {last}");
        await Assertions.Expect(page.Locator("#Input_Turnover")).ToHaveValueAsync(new Regex(@"^10\.?800\.?000$"));
        await Assertions.Expect(page.Locator("#Input_PaidEmployees")).ToHaveValueAsync("3");
        await Assertions.Expect(page.Locator("#Input_FamilyEmployees")).ToHaveValueAsync("1");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-01-form");

        // Negative assets: refused beside the field, with the reason, and nothing kept.
        await page.FillAsync("#Input_Assets", "-15.000.000");
        await page.FillAsync("#Input_ProductionVolume", "850");
        await page.FillAsync("#Input_ProductionUnit", "kg");
        await page.ClickAndLoadAsync("#report-save");
        (await page.FieldErrorsAsync()).ShouldBe([("Input.Assets", "Jumlah tidak boleh negatif.")]);
        await Assertions.Expect(page.Locator("span.field-error[data-valmsg-for='Input.Assets']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_ProductionVolume")).ToHaveValueAsync("850");
        (await ReportsOfAsync(yuyun)).ShouldBe(before);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-02-refused");

        await page.FillAsync("#Input_Assets", "15.000.000");
        await page.ClickAndLoadAsync("#report-save");
        await page.ShouldShowAsync(".flash", $"Laporan triwulan {last} tersimpan (versi 1)");
        await page.ShouldShowAsync("#report-next", $"Laporan triwulan {last} sudah masuk");
        var row = page.Locator($"#report-list tr[data-quarter='{last}']");
        await Assertions.Expect(row).ToContainTextAsync("Rp 15.000.000");
        await Assertions.Expect(row).ToContainTextAsync("Rp 10.800.000");
        await Assertions.Expect(row).ToContainTextAsync("3 + 1");
        await Assertions.Expect(page.Locator("#Input_Turnover-hint")).ToHaveCountAsync(0);
        (await ReportsOfAsync(yuyun)).ShouldBe(before + 1);
        await page.ShouldFitThePhoneAsync();

        // The same quarter again without a reason: refused beside the reason, which unfolds; nothing kept.
        await page.FillAsync("#Input_Turnover", "11.200.000");
        await page.ClickAndLoadAsync("#report-save");
        (await page.FieldErrorsAsync()).ShouldBe([("Input.Reason", $"Triwulan {last} sudah dilaporkan; untuk mengoreksi, isi alasan koreksi.")]);
        await Assertions.Expect(page.Locator("span.field-error[data-valmsg-for='Input.Reason']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_Reason")).ToBeVisibleAsync();
        (await ReportsOfAsync(yuyun)).ShouldBe(before + 1);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-03-reason");

        await page.FillAsync("#Input_Reason", "Satu nota penjualan bulan terakhir tertinggal");
        await page.ClickAndLoadAsync("#report-save");
        await page.ShouldShowAsync(".flash", $"Laporan triwulan {last} tersimpan (versi 2)");
        await Assertions.Expect(row).ToContainTextAsync("Rp 11.200.000");
        await Assertions.Expect(page.Locator("#report-list tbody tr")).ToHaveCountAsync(4);
        await row.Locator("a", new LocatorLocatorOptions { HasText = "2 (lihat riwayat)" }).ClickAndLoadAsync();
        await page.ShouldShowAsync("#report-versions h2", $"Riwayat laporan {last}");
        await Assertions.Expect(page.Locator("#report-versions li[data-version='2']")).ToContainTextAsync("Satu nota penjualan bulan terakhir tertinggal");
        await Assertions.Expect(page.Locator("#report-versions li[data-version='2']")).ToContainTextAsync("omset Rp 11.200.000");
        await Assertions.Expect(page.Locator("#report-versions li[data-version='1']")).ToContainTextAsync("omset Rp 10.800.000");
        (await ReportsOfAsync(yuyun)).ShouldBe(before + 2);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-04-history");
    }

    [Fact]
    public async Task A_partner_enters_her_own_quarterly_report_on_her_phone()
    {
        var (_, eti, last) = await DemoAsync();
        var before = await ReportsOfAsync(eti);
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Chair);
        await page.VisitAsync($"/partners/{eti}");
        await page.ClickAndLoadAsync("#partner-reports");
        new Uri(page.Url).AbsolutePath.ShouldBe($"/partners/{eti}/reports");

        // Eti has been independent since 2013: her report is welcome, never late.
        await Assertions.Expect(page.Locator("#report-next")).ToHaveAttributeAsync("data-late", "false");
        await page.ShouldShowAsync("#report-next", $"Mitra sudah mandiri: laporan triwulan {last} tidak wajib lagi");
        await Assertions.Expect(page.Locator("#Input_Quarter")).ToHaveValueAsync(last.ToString());

        // An employee count left empty is named beside its field; nothing is kept.
        await page.FillAsync("#Input_Assets", "48.000.000");
        await page.FillAsync("#Input_Turnover", "21.500.000");
        await page.FillAsync("#Input_PaidEmployees", "");
        await page.ClickAndLoadAsync("#report-save");
        (await page.FieldErrorsAsync()).Select(e => e.Field).ShouldBe(["Input.PaidEmployees"]);
        (await ReportsOfAsync(eti)).ShouldBe(before);

        await page.FillAsync("#Input_PaidEmployees", "4");
        await page.ClickAndLoadAsync("#report-save");
        await page.ShouldShowAsync(".flash", $"Laporan triwulan {last} tersimpan (versi 1)");
        var row = page.Locator($"#report-list tr[data-quarter='{last}']");
        await Assertions.Expect(row).ToContainTextAsync("Rp 48.000.000");
        await Assertions.Expect(row).ToContainTextAsync("Rp 21.500.000");
        (await ReportsOfAsync(eti)).ShouldBe(before + 1);
        await page.ShouldFitThePhoneAsync();
    }

    [Fact]
    public async Task An_officer_reads_the_declines_and_their_visits_and_the_portfolio_and_partner_charts_on_a_phone()
    {
        var (_, eti, last) = await DemoAsync();
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);

        // 2007-Q3: Iis Suryani's turnover fell when the melinjo ran out; the visit was done.
        await page.VisitAsync("/fostering/declines?quarter=2007-Q3");
        await page.ShouldShowAsync("h1", "Penurunan triwulan");
        await page.ShouldShowAsync("#declines-summary", "2007-Q3");
        var iis = page.Row("#declines", "Iis Suryani");
        await Assertions.Expect(iis).ToHaveCountAsync(1);
        await Assertions.Expect(iis).ToContainTextAsync(new Regex("Omset −[3-4][0-9]"));
        await Assertions.Expect(iis).ToContainTextAsync("dibanding 2007-Q2 (triwulan sebelumnya)");
        await Assertions.Expect(iis.Locator("a[href^='/followups/'] .badge")).ToHaveTextAsync("Selesai");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-05-declines-2007");

        // The quarter just ended: Rina Marlina's turnover fell, her visit still open.
        await page.VisitAsync("/fostering/declines");
        await Assertions.Expect(page.Locator("#Quarter")).ToHaveValueAsync(last.ToString());
        await page.ShouldShowAsync("#declines-summary", last.ToString());
        var rina = page.Row("#declines", "Rina Marlina");
        await Assertions.Expect(rina).ToHaveCountAsync(1);
        await Assertions.Expect(rina).ToContainTextAsync("Omset −30%");
        await Assertions.Expect(rina).ToContainTextAsync($"dibanding {last.Previous} (triwulan sebelumnya)");
        await Assertions.Expect(rina.Locator("a[href^='/followups/'] .badge")).ToHaveTextAsync("Terbuka");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-06-declines-now");

        // The home page: the portfolio by class, month by month.
        await page.VisitAsync("/");
        var classes = page.Locator("#class-chart");
        await ChartShouldShowAsync(classes, "Sisa pokok per kolektibilitas di akhir bulan");
        // The demo's month ends, closed at its start since Citra Sari's first loans; the month in progress, once closed, says so.
        await FiguresShouldShowAsync(classes, new Regex(@"^[0-9]{1,2} \w+ [0-9]{4}( \(bulan berjalan, tutup harian terakhir\))?$"), 60);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-08-home");

        // A Citra Sari member: her assets and turnover from the survey to the last report.
        await page.VisitAsync($"/partners/{eti}");
        var figures = page.Locator("#partner-figures");
        await ChartShouldShowAsync(figures, "Aset dan omzet triwulan dari survei awal sampai laporan terakhir");
        await FiguresShouldShowAsync(figures, new Regex("^Survei$"), 27);
        // The demo's last report, 2012-Q4, is there; the last row is her latest report (a later one if she entered it herself).
        await Assertions.Expect(figures.Locator("tbody tr td:first-child", new() { HasTextRegex = new Regex("^2012-Q4$") })).ToHaveCountAsync(1);
        await Assertions.Expect(figures.Locator("tbody tr").Last.Locator("td").First).ToHaveTextAsync((await LatestReportOfAsync(eti)).ToString());
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-09-partner");
    }

    [Fact]
    public async Task An_officer_reads_the_cohorts_growth_on_the_impact_page_on_a_phone()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);

        // The cohort's growth drawn, and the same figures in the tables under it.
        await page.VisitAsync("/impact");
        await page.ShouldShowAsync("h1", "Dampak");
        await ChartShouldShowAsync(page.Locator("#impact-chart"), "Pertumbuhan sejak survei awal: kuartil bawah, median, kuartil atas");
        var turnover = page.Locator("#impact-growth tr[data-figure='impact.turnover'] td.num");
        await Assertions.Expect(turnover).ToHaveCountAsync(4);
        await Assertions.Expect(turnover.Nth(1)).ToHaveTextAsync(new Regex(@"^-?[0-9.]+,[0-9]%$"));
        await Assertions.Expect(turnover.Nth(3)).ToHaveTextAsync(new Regex("^[1-9][0-9]*$"));
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("fostering-07-impact");
    }
}
