using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Markets;

/// <summary>
/// docs/domain.md, Placements and consignment (decision 0022): a placement started, goods delivered on consignment, sales and
/// returns reported, payments recorded; the outlet's balance with what it owes and since when, the late warning against the
/// terms; refusals by field with nothing written; scope; two payments racing for the same debt.
/// </summary>
public sealed class PlacementTests
{
    private static readonly DateOnly Today = BusinessCalendar.Today(TimeProvider.System);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(Guid Program, Guid Yogya)> ChannelAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        var yogya = await db.MarketChannels.Where(c => c.ProgramId == program && c.Name == "Supermarket Yogya").Select(c => c.Id).SingleAsync();
        return (program, yogya);
    }

    private static async Task<(int Placements, int Deliveries, int Reports, int Payments)> CountsAsync(TestApp app, Guid? placement = null)
    {
        await using var scope = app.Scope(out var db);
        return (await db.Placements.CountAsync(),
            await db.ConsignmentDeliveries.CountAsync(d => placement == null || d.PlacementId == placement),
            await db.SalesReports.CountAsync(r => placement == null || r.PlacementId == placement),
            await db.PlacementPayments.CountAsync(p => placement == null || p.PlacementId == placement));
    }

    /// <summary>A placement of a new partner of the demo program at a new outlet of Supermarket Yogya, started by the officer.</summary>
    private static async Task<(Guid Partner, Guid Placement, string Outlet)> StartAsync(TestApp app, HttpClient api, string terms, int? daysToPay, DateOnly startedOn,
        string village = TestData.Narimbang, decimal price = 10_000m)
    {
        var (_, yogya) = await ChannelAsync(app);
        var partner = (await GroupScenario.PartnersAsync(app, 1, village))[0].Id;
        var outlet = TestData.Unique("Yogya Uji");
        var created = await (await api.PostAsJsonAsync($"/api/v1/partners/{partner}/placements", new
        {
            channelId = yogya,
            outletName = outlet,
            products = "Emping original 1/4 kg",
            agreedPrice = price,
            terms,
            daysToPay,
            startedOn = Iso(startedOn),
        })).Json200(HttpStatusCode.Created);
        created.GetProperty("placement").GetProperty("outletName").GetString().ShouldBe(outlet);
        created.GetProperty("placement").GetProperty("daysToPay").ValueKind.ShouldBe(daysToPay is null ? JsonValueKind.Null : JsonValueKind.Number);
        return (partner, created.GetProperty("placement").GetProperty("id").GetGuid(), outlet);
    }

    private static async Task<JsonElement> DeliverAsync(HttpClient api, Guid placement, DateOnly on, int quantity, string product = "Emping original 1/4 kg") =>
        await (await api.PostAsJsonAsync($"/api/v1/placements/{placement}/deliveries",
            new { deliveredOn = Iso(on), lines = new object[] { new { product, quantity } } })).Json200(HttpStatusCode.Created);

    private static Guid LineOf(JsonElement detail, DateOnly deliveredOn) => detail.GetProperty("deliveries").EnumerateArray()
        .Single(d => d.GetProperty("deliveredOn").GetString() == Iso(deliveredOn)).GetProperty("lines")[0].GetProperty("id").GetGuid();

    private static JsonElement Balance(JsonElement detail) => detail.GetProperty("placement").GetProperty("balance");

    private static string Value(PageResult page, string selector) =>
        ((AngleSharp.Html.Dom.IHtmlInputElement)(page.Document.QuerySelector(selector) ?? throw new InvalidOperationException($"no {selector} in {page.Html}"))).Value;

    [Theory]
    [AllDatabases]
    public async Task Delivered_sold_returned_and_paid_move_the_balance_and_a_sale_unpaid_past_its_days_is_late(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer, "en");
        var (partner, placement, outlet) = await StartAsync(app, officer, "Consignment", 7, Today.AddDays(-40));

        var detail = await DeliverAsync(officer, placement, Today.AddDays(-40), 50);
        Balance(detail).GetProperty("delivered").GetInt32().ShouldBe(50);
        Balance(detail).GetProperty("onHand").GetInt32().ShouldBe(50);
        Balance(detail).GetProperty("owed").GetDecimal().ShouldBe(0m);
        Balance(detail).GetProperty("late").GetBoolean().ShouldBeFalse();
        var line = LineOf(detail, Today.AddDays(-40));

        // 20 sold and 5 back, reported 30 days ago: Rp 200.000 owed since then, due 7 days later, so late for 23 days.
        detail = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = line, reportedOn = Iso(Today.AddDays(-30)), sold = 20, returned = 5 })).Json200(HttpStatusCode.Created);
        var b = Balance(detail);
        b.GetProperty("sold").GetInt32().ShouldBe(20);
        b.GetProperty("returned").GetInt32().ShouldBe(5);
        b.GetProperty("onHand").GetInt32().ShouldBe(25);
        b.GetProperty("valueSold").GetDecimal().ShouldBe(200_000m);
        b.GetProperty("owed").GetDecimal().ShouldBe(200_000m);
        b.GetProperty("owedSince").GetString().ShouldBe(Iso(Today.AddDays(-30)));
        b.GetProperty("overdue").GetDecimal().ShouldBe(200_000m);
        b.GetProperty("overdueSince").GetString().ShouldBe(Iso(Today.AddDays(-23)));
        b.GetProperty("late").GetBoolean().ShouldBeTrue();
        detail.GetProperty("deliveries")[0].GetProperty("lines")[0].GetProperty("open").GetInt32().ShouldBe(25);

        // A part paid yesterday: less owed, still late; that payment itself came after the due day.
        detail = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments",
            new { paidOn = Iso(Today.AddDays(-1)), amount = 50_000m, note = "transfer" })).Json200(HttpStatusCode.Created);
        b = Balance(detail);
        b.GetProperty("paid").GetDecimal().ShouldBe(50_000m);
        b.GetProperty("owed").GetDecimal().ShouldBe(150_000m);
        b.GetProperty("owedSince").GetString().ShouldBe(Iso(Today.AddDays(-30)));
        b.GetProperty("overdue").GetDecimal().ShouldBe(150_000m);
        b.GetProperty("latePayments").GetInt32().ShouldBe(1);

        // The owed list of the program puts it with the late ones; the partner's page warns.
        var (program, _) = await ChannelAsync(app);
        var owed = await (await officer.GetAsync($"/api/v1/placements/owed?programId={program}")).Json200();
        var row = owed.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == placement);
        row.GetProperty("balance").GetProperty("owed").GetDecimal().ShouldBe(150_000m);
        row.GetProperty("balance").GetProperty("late").GetBoolean().ShouldBeTrue();
        owed.GetProperty("late").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var pages = await app.PagesAs(Demo.Officer);
        var partnerPage = await pages.GetAsync($"/partners/{partner}/placements");
        partnerPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        partnerPage.Document.QuerySelector("#placements-late").ShouldNotBeNull();
        partnerPage.Document.QuerySelector($"tr[data-outlet='{outlet}'] [data-late='true']").ShouldNotBeNull();

        // The rest paid today: nothing owed, nothing overdue, the late payment still on record.
        detail = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments",
            new { paidOn = Iso(Today), amount = 150_000m })).Json200(HttpStatusCode.Created);
        b = Balance(detail);
        b.GetProperty("owed").GetDecimal().ShouldBe(0m);
        b.GetProperty("owedSince").ValueKind.ShouldBe(JsonValueKind.Null);
        b.GetProperty("overdue").GetDecimal().ShouldBe(0m);
        b.GetProperty("latePayments").GetInt32().ShouldBe(2);
        detail.GetProperty("payments").GetArrayLength().ShouldBe(2);

        var received = await (await officer.GetAsync($"/api/v1/partners/{partner}/placements/payments")).Json200();
        received.EnumerateArray().Select(p => p.GetProperty("amount").GetDecimal()).ShouldBe([150_000m, 50_000m]);
        received[0].GetProperty("outletName").GetString().ShouldBe(outlet);
    }

    [Theory]
    [AllDatabases]
    public async Task A_sale_inside_its_days_is_owed_but_not_late_and_next_delivery_terms_fall_due_when_the_goods_come_again(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);

        var (_, within, _) = await StartAsync(app, officer, "Consignment", 30, Today.AddDays(-20));
        var line = LineOf(await DeliverAsync(officer, within, Today.AddDays(-20), 10), Today.AddDays(-20));
        var b = Balance(await (await officer.PostAsJsonAsync($"/api/v1/placements/{within}/reports",
            new { lineId = line, reportedOn = Iso(Today.AddDays(-10)), sold = 4 })).Json200(HttpStatusCode.Created));
        b.GetProperty("owed").GetDecimal().ShouldBe(40_000m);
        b.GetProperty("owedSince").GetString().ShouldBe(Iso(Today.AddDays(-10)));
        b.GetProperty("overdue").GetDecimal().ShouldBe(0m);
        b.GetProperty("late").GetBoolean().ShouldBeFalse();

        // Paid on the next delivery: not due while no goods came again, due (and late) once they did and the outlet did not pay.
        var (_, next, _) = await StartAsync(app, officer, "PaidOnNextDelivery", null, Today.AddDays(-20), price: 12_500m);
        var first = LineOf(await DeliverAsync(officer, next, Today.AddDays(-20), 10), Today.AddDays(-20));
        b = Balance(await (await officer.PostAsJsonAsync($"/api/v1/placements/{next}/reports",
            new { lineId = first, reportedOn = Iso(Today.AddDays(-15)), sold = 8, returned = 2 })).Json200(HttpStatusCode.Created));
        b.GetProperty("owed").GetDecimal().ShouldBe(100_000m);
        b.GetProperty("late").GetBoolean().ShouldBeFalse();
        b.GetProperty("onHand").GetInt32().ShouldBe(0);
        b = Balance(await DeliverAsync(officer, next, Today.AddDays(-5), 10));
        b.GetProperty("overdue").GetDecimal().ShouldBe(100_000m);
        b.GetProperty("overdueSince").GetString().ShouldBe(Iso(Today.AddDays(-5)));
        b.GetProperty("late").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_deliveries_reports_and_payments_are_refused_by_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer, "en");
        var (_, placement, _) = await StartAsync(app, officer, "Consignment", 14, Today.AddDays(-10));
        var line = LineOf(await DeliverAsync(officer, placement, Today.AddDays(-10), 30), Today.AddDays(-10));
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = line, reportedOn = Iso(Today.AddDays(-3)), sold = 10, returned = 2 })).Json200(HttpStatusCode.Created);
        var before = await CountsAsync(app, placement);

        foreach (var quantity in new[] { 0, -5 })
        {
            await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/deliveries",
                new { deliveredOn = Iso(Today), lines = new object[] { new { product = "Emping", quantity } } })).Problem(HttpStatusCode.BadRequest, "lines[0].quantity");
        }

        // Every bad line is named at once, the good one beside them is not saved either.
        var many = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/deliveries", new
        {
            deliveredOn = Iso(Today.AddDays(1)),
            lines = new object[] { new { product = "Emping", quantity = 5 }, new { product = "Emping pedas", quantity = 0 } },
        })).Problem(HttpStatusCode.BadRequest, "lines[1].quantity");
        many.GetProperty("errors").TryGetProperty("deliveredOn", out _).ShouldBeTrue(many.ToString());
        many.GetProperty("errors").TryGetProperty("lines[0].quantity", out _).ShouldBeFalse(many.ToString());

        // 12 of 30 already accounted: 10 sold and 9 back would be 31.
        var exceeds = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = line, reportedOn = Iso(Today), sold = 10, returned = 9 })).Problem(HttpStatusCode.BadRequest, "sold");
        exceeds.GetProperty("errors").GetProperty("sold")[0].GetString()!.ShouldContain("18");
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = line, reportedOn = Iso(Today), sold = -1 })).Problem(HttpStatusCode.BadRequest, "sold");
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = Guid.NewGuid(), reportedOn = Iso(Today), sold = 1 })).Problem(HttpStatusCode.BadRequest, "lineId");

        // Rp 100.000 owed: a payment of Rp 100.001 is refused and says how much is owed.
        var over = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments",
            new { paidOn = Iso(Today), amount = 100_001m })).Problem(HttpStatusCode.BadRequest, "amount");
        over.GetProperty("errors").GetProperty("amount")[0].GetString().ShouldBe("The payment is more than the outlet owes (Rp 100.000).");
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments",
            new { paidOn = Iso(Today), amount = 0m })).Problem(HttpStatusCode.BadRequest, "amount");
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments",
            new { paidOn = Iso(Today), amount = -10m })).Problem(HttpStatusCode.BadRequest, "amount");
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments",
            new { paidOn = Iso(Today), amount = 1_000.5m })).Problem(HttpStatusCode.BadRequest, "amount");

        (await CountsAsync(app, placement)).ShouldBe(before);
        var detail = await (await officer.GetAsync($"/api/v1/placements/{placement}")).Json200();
        Balance(detail).GetProperty("owed").GetDecimal().ShouldBe(100_000m);
        Balance(detail).GetProperty("delivered").GetInt32().ShouldBe(30);
    }

    [Theory]
    [AllDatabases]
    public async Task An_ended_placement_takes_no_more_goods_or_reports_but_still_takes_the_payment_owed(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer, "en");
        var (_, placement, _) = await StartAsync(app, officer, "Consignment", 14, Today.AddDays(-10));
        var line = LineOf(await DeliverAsync(officer, placement, Today.AddDays(-10), 10), Today.AddDays(-10));
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = line, reportedOn = Iso(Today.AddDays(-1)), sold = 4 })).Json200(HttpStatusCode.Created);

        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/end", new { endedOn = Iso(Today.AddDays(-11)) }))
            .Problem(HttpStatusCode.BadRequest, "reason");
        var ended = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/end", new { endedOn = Iso(Today), reason = "Toko tutup" })).Json200();
        ended.GetProperty("placement").GetProperty("endedOn").GetString().ShouldBe(Iso(Today));
        var before = await CountsAsync(app, placement);

        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/deliveries",
            new { deliveredOn = Iso(Today), lines = new object[] { new { product = "Emping", quantity = 5 } } })).Problem(HttpStatusCode.Conflict);
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = line, reportedOn = Iso(Today), sold = 1 })).Problem(HttpStatusCode.Conflict);
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/end", new { endedOn = Iso(Today), reason = "lagi" })).Problem(HttpStatusCode.Conflict);
        (await CountsAsync(app, placement)).ShouldBe(before);

        var paid = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments", new { paidOn = Iso(Today), amount = 40_000m }))
            .Json200(HttpStatusCode.Created);
        Balance(paid).GetProperty("owed").GetDecimal().ShouldBe(0m);
        Balance(paid).GetProperty("onHand").GetInt32().ShouldBe(6);
    }

    [Theory]
    [AllDatabases]
    public async Task A_bad_start_names_each_field_and_writes_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer, "en");
        var partner = (await GroupScenario.PartnersAsync(app, 1))[0].Id;
        var before = (await CountsAsync(app)).Placements;
        var problem = await (await officer.PostAsJsonAsync($"/api/v1/partners/{partner}/placements", new
        {
            channelId = Guid.NewGuid(),
            outletName = "",
            products = "Emping",
            agreedPrice = 0,
            terms = "Consignment",
            daysToPay = 400,
            startedOn = Iso(Today.AddDays(1)),
        })).Problem(HttpStatusCode.BadRequest, "channelId");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "outletName", "agreedPrice", "daysToPay", "startedOn" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue($"{field}: {problem}");
        }

        (await CountsAsync(app)).Placements.ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_reaches_only_their_own_placements_a_facilitator_only_their_villages_and_an_evaluator_only_counts(string provider)
    {
        var app = await TestApp.For(provider);
        var (program, _) = await ChannelAsync(app);
        var eti = await app.PartnerIdAsync("Eti Rohaeti");
        var iis = await app.PartnerIdAsync("Iis Suryani");
        Guid etiPlacement, iisPlacement;
        await using (var scope = app.Scope(out var db))
        {
            etiPlacement = await db.Placements.Where(p => p.PartnerId == eti && p.OutletName == "Yogya Sumedang").Select(p => p.Id).SingleAsync();
            iisPlacement = await db.Placements.Where(p => p.PartnerId == iis).Select(p => p.Id).FirstAsync();
        }

        var before = await CountsAsync(app);

        // The chair is Eti Rohaeti: her own placement is hers to read; Iis Suryani's is not found, read or written.
        var chair = await app.ApiAs(Demo.Chair);
        var own = await (await chair.GetAsync($"/api/v1/partners/{eti}/placements")).Json200();
        own.GetProperty("placements").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(etiPlacement);
        await (await chair.GetAsync($"/api/v1/partners/{iis}/placements")).Problem(HttpStatusCode.NotFound);
        await (await chair.GetAsync($"/api/v1/placements/{iisPlacement}")).Problem(HttpStatusCode.NotFound);
        await (await chair.PostAsJsonAsync($"/api/v1/placements/{iisPlacement}/payments", new { paidOn = Iso(Today), amount = 1_000m }))
            .Problem(HttpStatusCode.NotFound);
        await (await chair.PostAsJsonAsync($"/api/v1/placements/{iisPlacement}/deliveries",
            new { deliveredOn = Iso(Today), lines = new object[] { new { product = "Emping", quantity = 1 } } })).Problem(HttpStatusCode.NotFound);
        var chairPages = await app.PagesAs(Demo.Chair);
        (await chairPages.Http.GetAsync($"/placements/{iisPlacement}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await chair.GetAsync($"/api/v1/placements/owed?programId={program}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A facilitator keeps the villages of Kecamatan Conggeang: a partner in Jatinangor is not found.
        var officer = await app.ApiAs(Demo.Officer);
        var (_, outside, outsideOutlet) = await StartAsync(app, officer, "Cash", null, Today.AddDays(-5), TestData.OutsideFacilitator);
        var (_, inside, _) = await StartAsync(app, officer, "Cash", null, Today.AddDays(-5));
        before = await CountsAsync(app);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        (await facilitator.GetAsync($"/api/v1/placements/{inside}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await facilitator.GetAsync($"/api/v1/placements/{outside}")).Problem(HttpStatusCode.NotFound);
        await (await facilitator.PostAsJsonAsync($"/api/v1/placements/{outside}/deliveries",
            new { deliveredOn = Iso(Today), lines = new object[] { new { product = "Emping", quantity = 3 } } })).Problem(HttpStatusCode.NotFound);
        var owedByFacilitator = await (await facilitator.GetAsync($"/api/v1/placements/owed?programId={program}")).Json200();
        owedByFacilitator.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("outletName").GetString() == outsideOutlet).ShouldBeFalse();
        (await CountsAsync(app)).ShouldBe(before);

        // Evaluators and viewers count outlets that owe; they never see a placement, a name, a NIK or a phone.
        string nik, phone;
        await using (var scope = app.Scope(out var db))
        {
            var p = await db.Partners.SingleAsync(x => x.Id == eti);
            nik = p.Nik;
            phone = p.Phone ?? nik;
        }

        foreach (var reader in new[] { Demo.Evaluator, Demo.Viewer })
        {
            var api = await app.ApiAs(reader);
            var response = await api.GetAsync($"/api/v1/placements/owed?programId={program}");
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            using var json = JsonDocument.Parse(body);
            json.RootElement.GetProperty("rows").ValueKind.ShouldBe(JsonValueKind.Null);
            json.RootElement.GetProperty("owing").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
            body.ShouldNotContain("Eti Rohaeti");
            body.ShouldNotContain("Yogya Sumedang");
            body.ShouldNotContain(nik);
            body.ShouldNotContain(phone);
            await (await api.GetAsync($"/api/v1/placements/{etiPlacement}")).Problem(HttpStatusCode.Forbidden);
            await (await api.GetAsync($"/api/v1/partners/{eti}/placements")).Problem(HttpStatusCode.Forbidden);
            (await api.PostAsJsonAsync($"/api/v1/placements/{etiPlacement}/payments", new { paidOn = Iso(Today), amount = 1_000m }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

            var pages = await app.PagesAs(reader);
            var page = await pages.GetAsync("/placements/owed");
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Document.QuerySelector("#owed-counts").ShouldNotBeNull();
            page.Document.QuerySelector("#owed").ShouldBeNull();
            page.Html.ShouldNotContain("Eti Rohaeti");
            page.Html.ShouldNotContain(nik);
            page.Html.ShouldNotContain(phone);
        }

        (await CountsAsync(app)).ShouldBe(before);
    }

    [Theory]
    [AllDatabases]
    public async Task Payments_at_once_that_together_exceed_the_debt_end_in_one_payment_and_the_others_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var (_, placement, _) = await StartAsync(app, officer, "Consignment", 14, Today.AddDays(-10));
        var line = LineOf(await DeliverAsync(officer, placement, Today.AddDays(-10), 20), Today.AddDays(-10));
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = line, reportedOn = Iso(Today.AddDays(-2)), sold = 10 })).Json200(HttpStatusCode.Created);

        // Rp 100.000 owed; each racer pays Rp 60.000, so only one of them can be right. Each client has read the placement
        // once, so they all start warm and read the same balance before any of them saves.
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ApiAs(Demo.Officer)));
        foreach (var c in clients)
        {
            (await c.GetAsync($"/api/v1/placements/{placement}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var answers = await Task.WhenAll(clients.Select(c => Task.Run(() =>
            c.PostAsJsonAsync($"/api/v1/placements/{placement}/payments", new { paidOn = Iso(Today), amount = 60_000m }))));
        var codes = string.Join(",", answers.Select(a => a.StatusCode)) + string.Join("\n", await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync())));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1, codes);

        // Whether a loser meets the winner's save (409) or reads the balance after it (400) is the scheduler's choice; both
        // are right, and nothing else is.
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.Conflict
                                 || a.StatusCode == HttpStatusCode.BadRequest, codes);
        foreach (var lost in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            // A racer that read the balance before the winner saved lost the race (409); one that read it after is over the debt (400).
            var problem = await lost.Problem(lost.StatusCode == HttpStatusCode.Conflict ? HttpStatusCode.Conflict : HttpStatusCode.BadRequest,
                lost.StatusCode == HttpStatusCode.Conflict ? null : "amount");
            problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        await using (var scope = app.Scope(out var db))
        {
            var paid = await db.PlacementPayments.Where(p => p.PlacementId == placement).Select(p => p.Amount).ToListAsync();
            paid.ShouldBe([60_000m]);
        }

        // Told of the conflict, the loser pays what is left.
        var detail = await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/payments",
            new { paidOn = Iso(Today), amount = 40_000m })).Json200(HttpStatusCode.Created);
        Balance(detail).GetProperty("owed").GetDecimal().ShouldBe(0m);
    }

    [Theory]
    [AllDatabases]
    public async Task On_the_page_an_overpayment_is_refused_beside_the_amount_and_a_delivery_and_payment_change_the_balance(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var (_, placement, _) = await StartAsync(app, officer, "Consignment", 14, Today.AddDays(-10));
        var line = LineOf(await DeliverAsync(officer, placement, Today.AddDays(-10), 20), Today.AddDays(-10));
        await (await officer.PostAsJsonAsync($"/api/v1/placements/{placement}/reports",
            new { lineId = line, reportedOn = Iso(Today.AddDays(-2)), sold = 5 })).Json200(HttpStatusCode.Created);
        var before = await CountsAsync(app, placement);

        var pages = await app.PagesAs(Demo.Facilitator, "en");
        var page = await pages.GetAsync($"/placements/{placement}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#balance-owed")!.TextContent.ShouldContain("50.000");

        var refused = await pages.SubmitAsync(page, "#payment-form", new Dictionary<string, string> { ["Pay.Amount"] = "60000" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = refused.Document.QuerySelector("#Pay_Amount-error") ?? refused.Document.QuerySelector("[data-valmsg-for='Pay.Amount']");
        error.ShouldNotBeNull(refused.Html);
        error.TextContent.ShouldContain("more than the outlet owes");
        Value(refused, "#Pay_Amount").ShouldBe("60000");

        // The other forms start again as on a fresh page: today's date, the placement's product.
        Value(refused, "#Deliver_DeliveredOn").ShouldBe(Iso(Today));
        Value(refused, "#Deliver_Lines_0__Product").ShouldBe("Emping original 1/4 kg");
        Value(refused, "#Report_ReportedOn").ShouldBe(Iso(Today));

        // An amount that cannot be read and a date in the future: both named at once, as on every form (decision 0013).
        var unreadable = await pages.SubmitAsync(page, "#payment-form",
            new Dictionary<string, string> { ["Pay.Amount"] = "enam puluh ribu", ["Pay.PaidOn"] = Iso(Today.AddDays(3)) });
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unreadable.Document.QuerySelector("#Pay_Amount-error")!.TextContent.Trim().ShouldNotBeEmpty(unreadable.Html);
        unreadable.Document.QuerySelector("#Pay_PaidOn-error")!.TextContent.ShouldContain("between 2000 and today", Case.Insensitive, unreadable.Html);
        Value(unreadable, "#Pay_Amount").ShouldBe("enam puluh ribu");

        var badDelivery = await pages.SubmitAsync(page, "#delivery-form", new Dictionary<string, string> { ["Deliver.Lines[0].Quantity"] = "0" });
        badDelivery.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (badDelivery.Document.QuerySelector("#Deliver_Lines_0__Quantity-error") ?? badDelivery.Document.QuerySelector("[data-valmsg-for='Deliver.Lines[0].Quantity']"))
            .ShouldNotBeNull(badDelivery.Html);
        (await CountsAsync(app, placement)).ShouldBe(before);

        var delivered = await pages.SubmitAsync(page, "#delivery-form", new Dictionary<string, string> { ["Deliver.Lines[0].Quantity"] = "12" });
        delivered.StatusCode.ShouldBe(HttpStatusCode.Redirect, delivered.Html);
        var paid = await pages.SubmitAsync(await pages.GetAsync($"/placements/{placement}"), "#payment-form",
            new Dictionary<string, string> { ["Pay.Amount"] = "30000" });
        paid.StatusCode.ShouldBe(HttpStatusCode.Redirect, paid.Html);
        var after = await pages.GetAsync($"/placements/{placement}");
        after.Document.QuerySelector("#balance-delivered")!.TextContent.Trim().ShouldBe("32");
        after.Document.QuerySelector("#balance-onhand")!.TextContent.Trim().ShouldBe("27");
        after.Document.QuerySelector("#balance-owed")!.TextContent.ShouldContain("20.000");
    }
}
