using System.Globalization;
using System.IO.Compression;
using System.Text;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Reports;
using Berdaya.IntegrationTests.Close;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Fund.FundScenario;

namespace Berdaya.IntegrationTests.Home;

/// <summary>
/// The home page's portfolio by class (decision 0009): on a new demo with the daily close enabled, the month ends the close kept from
/// Citra Sari's first loans of 2006 to last month, each computed by the close itself, the last 24 drawn and every one in the table.
/// </summary>
public sealed class ClassHistoryTests
{
    private static bool IsMonthEnd(DateOnly d) => d.AddDays(1).Day == 1;

    [Theory]
    [AllDatabases]
    public async Task A_new_demo_shows_every_month_end_with_loans_since_2006_computed_by_the_close(string provider)
    {
        // The scheduler stays off: the demo's start closes its month ends itself; yesterday is closed below.
        await using var app = await TestApp.Own(provider, new Dictionary<string, string?> { ["DailyClose:Enabled"] = "true" });
        Guid program;
        List<DateOnly> closed;
        await using (var scope = app.Scope(out var db))
        {
            program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
            closed = (await db.PortfolioTotals.Where(t => t.ProgramId == program && t.Dimension == PortfolioDimension.Total)
                .Select(t => t.BusinessDate).ToListAsync()).Order().ToList();

            closed.ShouldAllBe(d => IsMonthEnd(d));
            closed[0].ShouldBe(new DateOnly(2006, 2, 28), "Citra Sari's loans were paid out on 3 February 2006");
            closed.Count(d => d.Year < 2010).ShouldBe(36, "a month end for each month Citra Sari's loans ran, February 2006 to January 2009");
            closed.ShouldNotContain(new DateOnly(2015, 6, 30), "no loan was on the books");
            var lastMonthEnd = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
            closed[^1].ShouldBe(lastMonthEnd);
            closed.Count(d => d > lastMonthEnd.AddYears(-2)).ShouldBe(24, "the present-day groups have had loans for more than two years");

            // Each month end as the close's month-end snapshot has it: the same code wrote both.
            foreach (var end in new[] { new DateOnly(2006, 11, 30), new DateOnly(2007, 3, 31), new DateOnly(Today.Year, Today.Month, 1).AddMonths(-6).AddDays(-1), lastMonthEnd })
            {
                var snapshot = (await db.LoanMonthEnds.Where(m => m.ProgramId == program && m.MonthEnd == end && m.Status == LoanStatus.Active)
                    .Select(m => new { m.Class, m.PrincipalOutstanding }).ToListAsync()).GroupBy(m => m.Class)
                    .ToDictionary(g => ((int)g.Key).ToString(CultureInfo.InvariantCulture), g => g.Sum(m => m.PrincipalOutstanding));
                var totals = (await db.PortfolioTotals.Where(t => t.ProgramId == program && t.BusinessDate == end && t.Dimension == PortfolioDimension.Class)
                    .Select(t => new { t.Key, t.Outstanding }).ToListAsync()).Where(t => t.Outstanding != 0).ToDictionary(t => t.Key, t => t.Outstanding);
                totals.OrderBy(t => t.Key).ToList().ShouldBe(snapshot.Where(s => s.Value != 0).OrderBy(s => s.Key).ToList(), end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                snapshot.ShouldNotBeEmpty(end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        var officer = await app.PagesAs(Demo.Officer);
        var home = await officer.GetAsync("/");
        var section = home.Document.QuerySelector("#class-chart")!;
        section.QuerySelector("h2")!.TextContent.ShouldBe("Sisa pokok per kolektibilitas di akhir bulan");
        var id = CultureInfo.GetCultureInfo("id-ID");
        string Date(DateOnly d) => d.ToString("d MMM yyyy", id);
        var caption = section.QuerySelector("#class-chart-caption")!.TextContent;
        caption.ShouldContain($"{Date(closed[^24])} sampai {Date(closed[^1])} (24 akhir bulan terakhir)");
        // The legend's squares are 10 wide; a bar has a rect per class it holds, all at its x.
        var bars = section.QuerySelectorAll("svg.chart > rect").Where(r => r.GetAttribute("width") != "10").Select(r => r.GetAttribute("x")).Distinct().Count();
        bars.ShouldBe(24, "the last 24 month ends");
        var rows = section.QuerySelectorAll("#class-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        rows.ShouldBe(closed.AsEnumerable().Reverse().Select(Date).ToList(), "every month end, newest first");

        // The month in progress, once yesterday is closed, heads the table and says what it is; the chart stays month ends.
        var yesterday = Today.AddDays(-1);
        if (!IsMonthEnd(yesterday))
        {
            await CloseScenario.CloseAsync(app, yesterday);
            section = (await officer.GetAsync("/")).Document.QuerySelector("#class-chart")!;
            section.QuerySelector("#class-table tbody tr td")!.TextContent.ShouldBe($"{Date(yesterday)} (bulan berjalan, tutup harian terakhir)");
            section.QuerySelectorAll("#class-table tbody tr").Length.ShouldBe(closed.Count + 1);
            section.QuerySelector("#class-chart-caption")!.TextContent.ShouldContain($"sampai {Date(closed[^1])}");
        }

        // The page stays light: well under 100 KB compressed.
        var html = (await officer.GetAsync("/")).Html;
        using var gz = new MemoryStream();
        await using (var zip = new GZipStream(gz, CompressionLevel.Optimal, leaveOpen: true))
        {
            await zip.WriteAsync(Encoding.UTF8.GetBytes(html));
        }

        TestContext.Current.SendDiagnosticMessage($"home page: {html.Length} characters, {gz.Length} bytes gzipped, {closed.Count} month ends");
        gz.Length.ShouldBeLessThan(100_000);
    }
}
