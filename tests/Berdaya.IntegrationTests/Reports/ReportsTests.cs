using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static Berdaya.IntegrationTests.Fund.FundScenario;

namespace Berdaya.IntegrationTests.Reports;

/// <summary>
/// The reports of a program no close has covered are counted live; after a close they read its totals and
/// must show the same figures. In the closes' collection, so no other test's close runs between the steps.
/// </summary>
[Collection(ReportScenario.Closes)]
public sealed class ReportsTests
{
    /// <summary>
    /// Capital 20,000,000 before the period; four loans (one per class by their age, no payments on the old
    /// ones); the newest pays its first installment (fee 20,000 + principal 333,333); a coaching grant of 1,000,000.
    /// </summary>
    internal static async Task<(FundScenario S, List<Guid> Loans)> PortfolioAsync(TestApp app)
    {
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 20_000_000m, Today.AddDays(-600));
        var loans = await s.LoansAsync((4_000_000m, Today), (2_000_000m, Today.AddDays(-120)), (2_000_000m, Today.AddDays(-250)), (2_000_000m, Today.AddDays(-500)));
        await (await s.Admin.PostAsJsonAsync($"/api/v1/loans/{loans[0]}/repayments", new { amount = 353_333m, paidOn = Iso(Today), channel = "Cash" }))
            .Json200(HttpStatusCode.Created);
        await s.MoveAsync("CoachingGrant", 1_000_000m, Today);
        return (s, loans);
    }

    [Theory]
    [AllDatabases]
    public async Task KPIs_of_a_known_portfolio_are_exact(string provider)
    {
        var app = await TestApp.For(provider);
        var (s, _) = await PortfolioAsync(app);

        var k = await s.GetAsync($"/api/v1/reports/kpis?from={Iso(Today.AddDays(-599))}&to={Iso(Today)}");
        var classes = k.GetProperty("byClass").EnumerateArray().ToDictionary(c => c.GetProperty("class").GetString()!, c => c.GetProperty("outstanding").GetDecimal());
        classes.ShouldBe(new Dictionary<string, decimal> { ["Current"] = 3_666_667m, ["Substandard"] = 2_000_000m, ["Doubtful"] = 2_000_000m, ["Loss"] = 2_000_000m });
        k.GetProperty("collectibilitySource").GetString().ShouldBe("live");
        k.GetProperty("collectibilityAsOf").GetString().ShouldBe(Iso(Today));

        // (3,666,667 + 0.75 × 2,000,000 + 0.25 × 2,000,000) ÷ 9,666,667 = 58.62%.
        k.GetProperty("collectibilityRate").GetDecimal().ShouldBe(58.62m);
        k.GetProperty("collectibilityScore").GetInt32().ShouldBe(2);

        // (10,000,000 loans + 1,000,000 grant) ÷ (20,000,000 opening + 20,000 fees + 333,333 principal) = 54.05%.
        k.GetProperty("fundsDisbursed").GetDecimal().ShouldBe(11_000_000m);
        k.GetProperty("fundsAvailable").GetDecimal().ShouldBe(20_353_333m);
        k.GetProperty("disbursementEffectiveness").GetDecimal().ShouldBe(54.05m);
        k.GetProperty("effectivenessScore").GetInt32().ShouldBe(0);

        // The page shows the same figures.
        var page = await (await app.PagesAs(Demo.Admin)).GetAsync($"/reports/kpis?programId={s.ProgramId}&from={Iso(Today.AddDays(-599))}&to={Iso(Today)}");
        page.Document.QuerySelector("#collectibility-rate")!.TextContent.ShouldBe("58,62%");
        page.Document.QuerySelector("#effectiveness-score")!.TextContent.ShouldBe("0");
        page.Document.QuerySelector("#collectibility-as-of")!.TextContent.ShouldStartWith($"Kolektibilitas pinjaman aktif per {ReportScenario.Shown(Today)}, dihitung langsung");

        // After a close the classes come from its totals: the same figures, said to be as of that close.
        await ReportScenario.CloseTodayAsync(app);
        var closed = await s.GetAsync($"/api/v1/reports/kpis?from={Iso(Today.AddDays(-599))}&to={Iso(Today)}");
        closed.GetProperty("collectibilitySource").GetString().ShouldBe("close");
        closed.GetProperty("collectibilityAsOf").GetString().ShouldBe(Iso(Today));
        foreach (var name in new[] { "byClass", "totalOutstanding", "collectibilityRate", "collectibilityScore", "effectivenessInputs", "disbursementEffectiveness" })
        {
            closed.GetProperty(name).GetRawText().ShouldBe(k.GetProperty(name).GetRawText(), name);
        }

        page = await (await app.PagesAs(Demo.Admin)).GetAsync($"/reports/kpis?programId={s.ProgramId}&from={Iso(Today.AddDays(-599))}&to={Iso(Today)}");
        page.Document.QuerySelector("#collectibility-rate")!.TextContent.ShouldBe("58,62%");
        page.Document.QuerySelector("#collectibility-as-of")!.TextContent.ShouldStartWith($"Posisi per tutup harian {ReportScenario.Shown(Today)}");
    }

    [Theory]
    [AllDatabases]
    public async Task The_portfolio_counts_loans_by_class_group_village_product_and_age(string provider)
    {
        var app = await TestApp.For(provider);
        var (s, _) = await PortfolioAsync(app);
        var p = await s.GetAsync("/api/v1/reports/portfolio");
        p.GetProperty("source").GetString().ShouldBe("live");
        p.GetProperty("asOf").GetString().ShouldBe(Iso(Today));
        p.GetProperty("activeCount").GetInt32().ShouldBe(4);
        p.GetProperty("activeOutstanding").GetDecimal().ShouldBe(9_666_667m);
        p.GetProperty("byClass").EnumerateArray().Select(c => (c.GetProperty("class").GetString(), c.GetProperty("count").GetInt32()))
            .ShouldBe([("Current", 1), ("Substandard", 1), ("Doubtful", 1), ("Loss", 1)]);
        var group = p.GetProperty("byGroup").EnumerateArray().Single();
        group.GetProperty("count").GetInt32().ShouldBe(4);
        group.GetProperty("name").GetString()!.ShouldStartWith("Kelompok Dana");
        var village = p.GetProperty("byVillage").EnumerateArray().Single();
        village.GetProperty("key").GetString().ShouldBe(TestData.Narimbang);
        village.GetProperty("name").GetString().ShouldBe("Narimbang");
        village.GetProperty("outstanding").GetDecimal().ShouldBe(9_666_667m);
        var product = p.GetProperty("byProduct").EnumerateArray().Single();
        product.GetProperty("key").GetString()!.ShouldEndWith(" v1");
        product.GetProperty("count").GetInt32().ShouldBe(4);
        var aging = p.GetProperty("aging").EnumerateArray().ToDictionary(a => a.GetProperty("bucket").GetString()!, a => a.GetProperty("count").GetInt32());
        aging.Keys.ShouldBe(["0", "1-30", "31-90", "91-180", "181-270", ">270"]);
        aging["0"].ShouldBe(1);
        aging["181-270"].ShouldBe(1);
        aging[">270"].ShouldBe(1);
        (aging["31-90"] + aging["91-180"]).ShouldBe(1);
        p.GetProperty("writtenOff").GetArrayLength().ShouldBe(0);

        var page = await (await app.PagesAs(Demo.Admin)).GetAsync($"/reports/portfolio?programId={s.ProgramId}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelectorAll("#by-class tbody tr").Length.ShouldBe(4);
        page.Document.QuerySelector("#by-village tbody td")!.TextContent.ShouldBe(TestData.Narimbang);
        page.Document.QuerySelector("#export").ShouldNotBeNull();
        page.Document.QuerySelector("#as-of")!.TextContent.ShouldStartWith($"Per {ReportScenario.Shown(Today)}, dihitung langsung");

        // The close's totals give every table the same rows as the live count.
        await ReportScenario.CloseTodayAsync(app);
        var closed = await s.GetAsync("/api/v1/reports/portfolio");
        closed.GetProperty("source").GetString().ShouldBe("close");
        closed.GetProperty("asOf").GetString().ShouldBe(Iso(Today));
        foreach (var property in p.EnumerateObject().Where(x => x.Name != "source"))
        {
            closed.GetProperty(property.Name).GetRawText().ShouldBe(property.Value.GetRawText(), property.Name);
        }

        page = await (await app.PagesAs(Demo.Admin)).GetAsync($"/reports/portfolio?programId={s.ProgramId}");
        page.Document.QuerySelectorAll("#by-class tbody tr").Length.ShouldBe(4);
        page.Document.QuerySelector("#by-village tbody td")!.TextContent.ShouldBe(TestData.Narimbang);
        page.Document.QuerySelector("#as-of")!.TextContent.ShouldStartWith($"Posisi per tutup harian {ReportScenario.Shown(Today)}");
    }

    [Theory]
    [AllDatabases]
    public async Task The_portfolio_workbook_opens_with_one_sheet_per_table_and_the_rows(string provider)
    {
        var app = await TestApp.For(provider);
        var (s, _) = await PortfolioAsync(app);
        var response = await s.Admin.GetAsync($"/api/v1/reports/portfolio.xlsx?programId={s.ProgramId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        stream.GetSheetNames().ShouldBe(["Kolektibilitas", "Kelompok", "Desa", "Produk", "Umur tunggakan", "Dihapus"]);
        var classes = stream.Query(useHeaderRow: true, sheetName: "Kolektibilitas").Cast<IDictionary<string, object>>().ToList();
        classes.Select(r => r["Kolektibilitas"]?.ToString()).ShouldBe(["Lancar", "Kurang Lancar", "Diragukan", "Macet", "Jumlah"]);
        Convert.ToDecimal(classes[^1]["Sisa pokok"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(9_666_667m);
        var villages = stream.Query(useHeaderRow: true, sheetName: "Desa").Cast<IDictionary<string, object>>().ToList();
        villages.Single()["Desa/kelurahan"].ShouldBe("Narimbang");
    }

    [Theory]
    [AllDatabases]
    public async Task The_evaluator_reads_the_reports_and_their_workbook_and_field_roles_read_neither(string provider)
    {
        var app = await TestApp.For(provider);
        var evaluator = await app.PagesAs(Demo.Evaluator);
        var page = await evaluator.GetAsync("/reports/portfolio");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#export").ShouldNotBeNull();
        (await evaluator.GetAsync("/reports/kpis")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var email in new[] { Demo.Facilitator, Demo.Chair })
        {
            var api = await app.ApiAs(email);
            (await api.GetAsync("/api/v1/reports/kpis")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            (await api.GetAsync("/api/v1/reports/portfolio")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }
    }
}
