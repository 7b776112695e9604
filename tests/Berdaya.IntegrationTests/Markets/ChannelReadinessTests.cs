using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Markets;

/// <summary>docs/domain.md, Market channels and Readiness (decision 0019): requirement sets, readiness with what is missing, the matrix, roles.</summary>
public sealed class ChannelReadinessTests
{
    private static readonly string[] PirtAndSni = ["pirt", "sni"];
    private static readonly string[] PirtOnly = ["pirt"];
    private static readonly string[] BarcodeOnly = ["barcode"];

    private static async Task<(Guid Program, Guid Group, Guid Yogya, Dictionary<string, Guid> Members)> DemoAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        var group = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
        var yogya = await db.MarketChannels.Where(c => c.ProgramId == program && c.Name == "Supermarket Yogya").Select(c => c.Id).SingleAsync();
        var members = await db.GroupMemberships.Where(m => m.GroupId == group).Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.OwnerName, p.Id })
            .ToDictionaryAsync(p => p.OwnerName, p => p.Id);
        return (program, group, yogya, members);
    }

    private static JsonElement ChannelOf(JsonElement readiness, Guid channel) =>
        readiness.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channelId").GetGuid() == channel);

    private static IEnumerable<string> Missing(JsonElement channel) => channel.GetProperty("items").EnumerateArray()
        .Where(i => i.GetProperty("state").GetString() == "Missing").Select(i => i.GetProperty("text").GetString()!);

    [Theory]
    [AllDatabases]
    public async Task Monthly_sales_are_the_cash_book_sales_of_the_last_three_full_months_and_other_lines_count_nothing(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var d = await DemoAsync(app);
        var on = BusinessCalendar.Today(TimeProvider.System);
        var to = new DateOnly(on.Year, on.Month, 1);
        var from = to.AddMonths(-Features.Markets.ReadinessQueries.SalesMonths);
        Guid seller, buyer;
        await using (var scope = app.Scope(out var db))
        {
            var withoutLines = await db.Partners.Where(p => p.ProgramId == d.Program && !db.CashLines.Any(l => l.PartnerId == p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            (seller, buyer) = (withoutLines[0], withoutLines[1]);
            var at = DateTimeOffset.UtcNow;
            db.CashLines.AddRange(
                CashLine.Record(d.Program, seller, from, CashCategory.Sales, 300_000m, null, "test", at),
                CashLine.Record(d.Program, seller, to.AddDays(-1), CashCategory.Sales, 600_001m, null, "test", at),
                CashLine.Record(d.Program, seller, from.AddDays(3), CashCategory.RawMaterial, 1_000_000m, null, "test", at),
                CashLine.Record(d.Program, seller, from.AddDays(-1), CashCategory.Sales, 9_000_000m, null, "test", at),
                CashLine.Record(d.Program, seller, to, CashCategory.Sales, 9_000_000m, null, "test", at),
                CashLine.Record(d.Program, buyer, from.AddDays(1), CashCategory.Packaging, 700_000m, null, "test", at));
            await db.SaveChangesAsync();
        }

        await using (var scope = app.Scope(out var db))
        {
            var queries = scope.ServiceProvider.GetRequiredService<Features.Markets.ReadinessQueries>();
            var some = await queries.FactsAsync(d.Program, [seller, buyer], on, true, CancellationToken.None);
            some[seller].MonthlySales.ShouldBe(300_000m);
            some[buyer].MonthlySales.ShouldBe(0m);

            // The whole program: each partner's sales as the lines read in memory say.
            var lines = await db.CashLines.Where(l => l.ProgramId == d.Program && l.Date >= from && l.Date < to).ToListAsync();
            var expected = lines.GroupBy(l => l.PartnerId)
                .ToDictionary(g => g.Key, g => decimal.Round(g.Where(l => l.Category == CashCategory.Sales).Sum(l => l.Amount) / 3, 0));
            var all = await queries.FactsAsync(d.Program, null, on, true, CancellationToken.None);
            all.Where(f => f.Value.MonthlySales is not null).ToDictionary(f => f.Key, f => f.Value.MonthlySales!.Value).ShouldBe(expected, ignoreOrder: true);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task The_latest_quarterly_report_of_the_last_two_quarters_is_read_for_the_volume(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var on = BusinessCalendar.Today(TimeProvider.System);
        var last = Domain.Fostering.Quarter.Of(on).Previous;
        await using var scope = app.Scope(out var db);
        var mekar = await db.Groups.Where(g => g.Name == "Mekar Sari").Select(g => g.Id).SingleAsync();
        var members = await db.GroupMemberships.Where(m => m.GroupId == mekar && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync();
        var reports = await db.QuarterlyReports.Where(r => members.Contains(r.PartnerId) && r.Current && r.QuarterIndex >= last.Index - 1).ToListAsync();
        var queries = scope.ServiceProvider.GetRequiredService<Features.Markets.ReadinessQueries>();
        var facts = await queries.FactsAsync(d.Program, null, on, true, CancellationToken.None);
        foreach (var member in members)
        {
            var latest = reports.Where(r => r.PartnerId == member).MaxBy(r => r.QuarterIndex).ShouldNotBeNull();
            var reported = facts[member].Reported.ShouldNotBeNull();
            reported.Quarter.ShouldBe(latest.Quarter.ToString());
            reported.MonthlyTurnover.ShouldBe(decimal.Round(latest.Turnover / 3, 0));
        }

        // The member who has not reported the last quarter is read on the one before; Citra Sari's 2006–2012 reports are too old.
        facts.Values.Count(f => f.Reported?.Quarter == last.Previous.ToString()).ShouldBe(1);
        foreach (var member in d.Members.Values)
        {
            (facts.GetValueOrDefault(member)?.Reported).ShouldBeNull();
        }
    }

    [Theory]
    [AllDatabases]
    public async Task The_officer_sees_who_is_ready_for_the_supermarket_and_what_exactly_is_missing(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);

        var yogya = await (await api.GetAsync($"/api/v1/market-channels/{d.Yogya}")).Json200();
        yogya.GetProperty("history").GetArrayLength().ShouldBe(2);
        var current = yogya.GetProperty("channel").GetProperty("current");
        current.GetProperty("effectiveFrom").GetString().ShouldBe("2010-01-01");
        current.GetProperty("legality").EnumerateArray().Select(x => x.GetString()).ShouldBe(["pirt", "halal", "barcode"]);
        current.GetProperty("payment").GetString().ShouldBe("PaidOnNextDelivery");

        var eti = await (await api.GetAsync($"/api/v1/partners/{d.Members["Eti Rohaeti"]}/readiness")).Json200();
        ChannelOf(eti, d.Yogya).GetProperty("state").GetString().ShouldBe("Met");

        var iis = ChannelOf(await (await api.GetAsync($"/api/v1/partners/{d.Members["Iis Suryani"]}/readiness")).Json200(), d.Yogya);
        iis.GetProperty("state").GetString().ShouldBe("Missing");
        // Her PIRT lapsed, and she declared less working capital than consignment paid on the next delivery needs.
        Missing(iis).ShouldContain(m => m.StartsWith("PIRT kedaluwarsa ", StringComparison.Ordinal));
        Missing(iis).ShouldContain("modal kerja Rp 4.000.000 dari Rp 5.000.000 yang diperlukan");

        var euis = ChannelOf(await (await api.GetAsync($"/api/v1/partners/{d.Members["Euis Komariah"]}/readiness")).Json200(), d.Yogya);
        Missing(euis).ShouldContain("belum ada Halal");
        Missing(euis).ShouldContain("tidak ada barcode");
        euis.GetProperty("nextStep").GetString()!.ShouldContain("PIRT");

        var matrix = await (await api.GetAsync($"/api/v1/market-readiness?programId={d.Program}&groupId={d.Group}&channelId={d.Yogya}&state=Met")).Json200();
        var counts = matrix.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("channelId").GetGuid() == d.Yogya);
        counts.GetProperty("met").GetInt32().ShouldBe(2);
        (counts.GetProperty("met").GetInt32() + counts.GetProperty("missing").GetInt32() + counts.GetProperty("unknown").GetInt32()).ShouldBe(d.Members.Count);
        matrix.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("ownerName").GetString()).ShouldBe(["Eti Rohaeti", "Nining Kurniasih"]);
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_requirements_are_refused_with_every_field_named_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        await using var scope = app.Scope(out var db);
        var before = await db.ChannelRequirements.CountAsync(r => r.ChannelId == d.Yogya);

        var unknown = await (await api.PostAsJsonAsync($"/api/v1/market-channels/{d.Yogya}/requirements",
            new { effectiveFrom = "2026-01-01", legality = PirtAndSni, payment = "Cash", minThicknessMm = -1 })).Problem(HttpStatusCode.BadRequest, "legality");
        unknown.GetProperty("errors").GetProperty("legality")[0].GetString()!.ShouldContain("sni");
        unknown.GetProperty("errors").TryGetProperty("minThicknessMm", out _).ShouldBeTrue();

        await (await api.PostAsJsonAsync($"/api/v1/market-channels/{d.Yogya}/requirements",
            new { effectiveFrom = "2009-06-01", legality = PirtOnly, payment = "Cash" })).Problem(HttpStatusCode.BadRequest, "effectiveFrom");
        (await db.ChannelRequirements.CountAsync(r => r.ChannelId == d.Yogya)).ShouldBe(before);

        await (await api.PostAsJsonAsync("/api/v1/market-channels", new { programId = d.Program, name = "Supermarket Yogya", kind = "ModernRetail" }))
            .Problem(HttpStatusCode.Conflict);
    }

    [Theory]
    [AllDatabases]
    public async Task A_new_set_replaces_the_old_from_its_date_and_a_declaration_changes_readiness(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var created = await (await officer.PostAsJsonAsync("/api/v1/market-channels",
            new { programId = d.Program, name = TestData.Unique("Toko uji"), kind = "SouvenirCentre" })).Json200(HttpStatusCode.Created);
        var channel = created.GetProperty("id").GetGuid();
        (await officer.PostAsJsonAsync($"/api/v1/market-channels/{channel}/requirements",
            new { effectiveFrom = "2020-01-01", legality = Array.Empty<string>(), payment = "Cash" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await officer.PostAsJsonAsync($"/api/v1/market-channels/{channel}/requirements",
            new { effectiveFrom = "2021-01-01", legality = BarcodeOnly, payment = "Consignment", paymentDays = 30 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var oom = d.Members["Oom Rohimah"];
        var before = ChannelOf(await (await officer.GetAsync($"/api/v1/partners/{oom}/readiness")).Json200(), channel);
        before.GetProperty("state").GetString().ShouldBe("Unknown");
        before.GetProperty("items")[0].GetProperty("text").GetString().ShouldBe("barcode belum dinyatakan");

        var facilitator = await app.ApiAs(Demo.Facilitator);
        var after = await (await facilitator.PutAsJsonAsync($"/api/v1/partners/{oom}/market-profile", new { hasBarcode = false, monthlyCapacity = 40, capacityUnit = "Kilogram" }))
            .Json200();
        ChannelOf(after, channel).GetProperty("state").GetString().ShouldBe("Missing");
        Missing(ChannelOf(after, channel)).ShouldBe(["tidak ada barcode"]);
        after.GetProperty("profile").GetProperty("declaredBy").GetString().ShouldBe("Facilitator");

        await (await facilitator.PutAsJsonAsync($"/api/v1/partners/{oom}/market-profile", new { monthlyCapacity = 40, capacityUnit = "Rupiah" }))
            .Problem(HttpStatusCode.BadRequest, "capacityUnit");
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_reads_only_their_own_readiness_and_an_evaluator_only_counts(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var chair = await app.ApiAs(Demo.Chair);
        (await chair.GetAsync($"/api/v1/partners/{d.Members["Eti Rohaeti"]}/readiness")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await chair.GetAsync($"/api/v1/partners/{d.Members["Iis Suryani"]}/readiness")).Problem(HttpStatusCode.NotFound);
        await (await chair.PutAsJsonAsync($"/api/v1/partners/{d.Members["Iis Suryani"]}/market-profile", new { hasBarcode = true })).Problem(HttpStatusCode.NotFound);
        (await chair.GetAsync($"/api/v1/market-readiness?programId={d.Program}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var evaluator = await app.ApiAs(Demo.Evaluator);
        var response = await evaluator.GetAsync($"/api/v1/market-readiness?programId={d.Program}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("rows").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("counts").GetArrayLength().ShouldBeGreaterThanOrEqualTo(4);
        body.ShouldNotContain("Eti Rohaeti");
        (await evaluator.GetAsync($"/api/v1/partners/{d.Members["Eti Rohaeti"]}/readiness")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [AllDatabases]
    public async Task The_matrix_and_partner_pages_show_states_and_missing_items(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var pages = await app.PagesAs(Demo.Officer);
        var matrix = await pages.Http.GetStringAsync($"/markets/readiness?programId={d.Program}&groupId={d.Group}&channelId={d.Yogya}&state=Missing");
        matrix.ShouldContain("Iis Suryani");
        matrix.ShouldContain("PIRT kedaluwarsa");
        var partner = await pages.Http.GetStringAsync($"/partners/{d.Members["Euis Komariah"]}/readiness");
        partner.ShouldContain("tidak ada barcode");
        partner.ShouldContain("Supermarket Yogya");
    }
}
