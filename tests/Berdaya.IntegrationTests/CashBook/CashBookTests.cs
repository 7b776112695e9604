using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Berdaya.Domain.Common;
using Berdaya.Features.CashBook;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.CashBook;

/// <summary>docs/domain.md, Cash book: who keeps a partner's book, a day's lines all or none, reversal, the month's summary, the needs it shows.</summary>
public sealed class CashBookTests
{
    private static async Task<int> LinesAsync(TestApp app, Guid partnerId)
    {
        await using var scope = app.Scope(out var db);
        return await db.CashLines.CountAsync(l => l.PartnerId == partnerId);
    }

    private static object Day(string date, params object[] rows) => new { date, rows };

    private static object Row(string category, decimal? amount, string? note = null) => new { category, amount, note };

    [Theory]
    [AllDatabases]
    public async Task The_treasurer_records_a_members_day_and_the_month_sums_it(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var api = await app.ApiAs(Demo.Treasurer);
        var created = await (await api.PostAsJsonAsync($"/api/v1/partners/{euis}/cash-book/days", Day("2024-03-12",
            Row("Sales", 500_000m, "Emping ke Borma"), Row("RawMaterial", 200_000m, "Melinjo 25 kg"), new { category = "Packaging" },
            Row("Household", 50_000m, "Belanja dapur")))).Json200(HttpStatusCode.Created);
        created.GetProperty("month").GetString().ShouldBe("2024-03");

        var month = await (await api.GetAsync($"/api/v1/partners/{euis}/cash-book?month=2024-03")).Json200();
        var s = month.GetProperty("summary");
        s.GetProperty("sales").GetDecimal().ShouldBe(500_000m);
        s.GetProperty("costs").GetDecimal().ShouldBe(200_000m);
        s.GetProperty("profit").GetDecimal().ShouldBe(300_000m);
        s.GetProperty("household").GetDecimal().ShouldBe(50_000m);
        s.GetProperty("lines").GetInt32().ShouldBe(3);
        month.GetProperty("lines").GetArrayLength().ShouldBe(3);
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_lines_are_refused_each_by_its_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var before = await LinesAsync(app, euis);
        var api = await app.ApiAs(Demo.Facilitator, "en");
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var problem = await (await api.PostAsJsonAsync($"/api/v1/partners/{euis}/cash-book/days", Day(future,
            Row("Sales", 0m), Row("RawMaterial", -5_000m), Row("Packaging", 1_500.5m), Row("Sales", 100_000m, "benar"))))
            .Problem(HttpStatusCode.BadRequest, "date");
        var errors = problem.GetProperty("errors");
        errors.GetProperty("date")[0].GetString().ShouldBe("Date cannot be in the future.");
        foreach (var field in new[] { "rows[0].amount", "rows[1].amount", "rows[2].amount" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        }

        errors.TryGetProperty("rows[3].amount", out _).ShouldBeFalse();
        await (await api.PostAsJsonAsync($"/api/v1/partners/{euis}/cash-book/days", Day("2024-03-13", new { note = " " })))
            .Problem(HttpStatusCode.BadRequest, "rows");
        await (await api.PostAsJsonAsync($"/api/v1/partners/{euis}/cash-book/days", Day("2024-03-13", Row("Sales", Domain.Common.Rupiah.Max + 1))))
            .Problem(HttpStatusCode.BadRequest, "rows[0].amount");
        (await LinesAsync(app, euis)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task Another_partners_book_is_not_found_and_personal_money_is_closed_to_evaluators_and_viewers(string provider)
    {
        var app = await TestApp.For(provider);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var eti = await app.PartnerIdAsync("Eti Rohaeti");
        var titin = await app.PartnerIdAsync("Titin Suhartini");
        var before = await LinesAsync(app, euis);

        // The chair is a partner of the same group, not its treasurer: Euis's book is not hers.
        var chair = await app.ApiAs(Demo.Chair);
        await (await chair.GetAsync($"/api/v1/partners/{euis}/cash-book")).Problem(HttpStatusCode.NotFound);
        await (await chair.PostAsJsonAsync($"/api/v1/partners/{euis}/cash-book/days", Day("2024-03-14", Row("Sales", 10_000m))))
            .Problem(HttpStatusCode.NotFound);
        (await (await chair.GetAsync($"/api/v1/partners/{eti}/cash-book?month=2007-03")).Json200())
            .GetProperty("summary").GetProperty("sales").GetDecimal().ShouldBeGreaterThan(0m);

        // The treasurer keeps her own group's books, not another group's.
        var treasurer = await app.ApiAs(Demo.Treasurer);
        await (await treasurer.GetAsync($"/api/v1/partners/{titin}/cash-book")).Problem(HttpStatusCode.NotFound);

        foreach (var reader in new[] { Demo.Evaluator, Demo.Viewer })
        {
            var api = await app.ApiAs(reader);
            await (await api.GetAsync($"/api/v1/partners/{euis}/cash-book")).Problem(HttpStatusCode.Forbidden);
            (await api.PostAsJsonAsync($"/api/v1/partners/{euis}/cash-book/days", Day("2024-03-14", Row("Sales", 10_000m)))).StatusCode
                .ShouldBe(HttpStatusCode.Forbidden);
        }

        await (await treasurer.GetAsync($"/api/v1/partners/{euis}/cash-book?month=2024-13")).Problem(HttpStatusCode.BadRequest, "month");
        (await LinesAsync(app, euis)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task A_mistaken_line_is_reversed_once_with_a_reason_and_the_month_recomputes(string provider)
    {
        var app = await TestApp.For(provider);
        var nining = await app.PartnerIdAsync("Nining Kurniasih");
        var api = await app.ApiAs(Demo.Officer, "en");
        await (await api.PostAsJsonAsync($"/api/v1/partners/{nining}/cash-book/days", Day("2024-05-02", Row("Wages", 75_000m, "Upah"))))
            .Json200(HttpStatusCode.Created);
        var month = await (await api.GetAsync($"/api/v1/partners/{nining}/cash-book?month=2024-05")).Json200();
        var line = month.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("amount").GetDecimal() == 75_000m).GetProperty("id").GetGuid();

        await (await api.PostAsJsonAsync($"/api/v1/partners/{nining}/cash-book/lines/{line}/reversal", new { reason = " " }))
            .Problem(HttpStatusCode.BadRequest, "reason");
        var counter = await (await api.PostAsJsonAsync($"/api/v1/partners/{nining}/cash-book/lines/{line}/reversal", new { reason = "Salah ketik" }))
            .Json200(HttpStatusCode.Created);
        counter.GetProperty("amount").GetDecimal().ShouldBe(-75_000m);
        await (await api.PostAsJsonAsync($"/api/v1/partners/{nining}/cash-book/lines/{line}/reversal", new { reason = "Lagi" }))
            .Problem(HttpStatusCode.Conflict);
        await (await api.PostAsJsonAsync($"/api/v1/partners/{nining}/cash-book/lines/{counter.GetProperty("id").GetGuid()}/reversal", new { reason = "Lagi" }))
            .Problem(HttpStatusCode.Conflict);

        month = await (await api.GetAsync($"/api/v1/partners/{nining}/cash-book?month=2024-05")).Json200();
        month.GetProperty("summary").GetProperty("wages").GetDecimal().ShouldBe(0m);
        var lines = month.GetProperty("lines").EnumerateArray().ToList();
        lines.Count.ShouldBe(2);
        lines.Single(l => l.GetProperty("id").GetGuid() == line).GetProperty("reversed").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [AllDatabases]
    public async Task The_day_form_shows_every_error_beside_its_row_saves_nothing_then_saves_the_day(string provider)
    {
        var app = await TestApp.For(provider);
        var cucu = await app.PartnerIdAsync("Cucu Sukmawati");
        var before = await LinesAsync(app, cucu);
        var pages = await app.PagesAs(Demo.Facilitator);
        var form = await pages.GetAsync($"/partners/{cucu}/cashbook/day");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await pages.SubmitAsync(form, "#cashbook-day-form", new Dictionary<string, string>
        {
            ["Input.Date"] = "2024-06-03",
            ["Input.Rows[0].Amount"] = "0",
            ["Input.Rows[1].Amount"] = "150000",
            ["Input.Rows[2].Amount"] = "-1",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("#Input_Rows_0__Amount-error")!.TextContent.Trim().ShouldNotBeEmpty();
        refused.Document.QuerySelector("#Input_Rows_2__Amount-error")!.TextContent.Trim().ShouldNotBeEmpty();
        refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Rows_1__Amount")!.Value.ShouldBe("150000");
        (await LinesAsync(app, cucu)).ShouldBe(before);

        var saved = await pages.SubmitAsync(refused, "#cashbook-day-form", new Dictionary<string, string>
        {
            ["Input.Rows[0].Amount"] = "400000",
            ["Input.Rows[2].Amount"] = "",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Location.ShouldBe($"/partners/{cucu}/cashbook?month=2024-06");
        var book = await pages.GetAsync(saved.Location!);
        book.Document.QuerySelector("#sum-sales")!.TextContent.ShouldBe("Rp 400.000");
        book.Document.QuerySelector("#sum-costs")!.TextContent.ShouldBe("Rp 150.000");
        book.Document.QuerySelector("#sum-profit")!.TextContent.ShouldBe("Rp 250.000");
        (await LinesAsync(app, cucu)).ShouldBe(before + 2);
    }

    [Theory]
    [AllDatabases]
    public async Task No_lines_for_60_days_and_household_above_half_the_sales_are_finance_needs(string provider)
    {
        var app = await TestApp.For(provider);
        var lilis = await app.PartnerIdAsync("Lilis Suryati");
        var euisKept = await app.PartnerIdAsync("Rina Marlina");
        var officer = await app.ApiAs(Demo.Officer);
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await officer.PostAsJsonAsync($"/api/v1/partners/{lilis}/cash-book/days", Day(today, Row("Sales", 100_000m), Row("Household", 80_000m))))
            .Json200(HttpStatusCode.Created);

        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
        await using var scope = app.Scope(out var db);
        var source = scope.ServiceProvider.GetServices<INeedSource>().OfType<CashBookNeeds>().Single();
        var nining = await db.Partners.Where(p => p.OwnerName == "Yayah Rokayah").Select(p => p.Id).SingleAsync();
        var ids = new[] { lilis, euisKept, nining };
        var needs = await source.NeedsAsync(db.Partners.Where(p => ids.Contains(p.Id)).Select(p => p.Id), null, CancellationToken.None);
        needs.ShouldAllBe(n => n.Kind == NeedKind.Finance);
        needs.Where(n => n.PartnerId == nining).Select(n => n.Reason).ShouldBe(["Tidak ada catatan kas"]);
        needs.Single(n => n.PartnerId == lilis).Reason.ShouldContain("rumah tangga");
        needs.ShouldNotContain(n => n.PartnerId == euisKept);
        (await source.NeedsAsync(db.Partners.Where(p => ids.Contains(p.Id)).Select(p => p.Id), NeedKind.Legality, CancellationToken.None)).ShouldBeEmpty();
    }
}
