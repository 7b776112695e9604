using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Markets;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Markets;

/// <summary>docs/domain.md, Group price agreements, Product variants, Supply orders between members: who records, what is refused, nothing half-written.</summary>
// One at a time: both change Citra Sari's allocations and orders, and GroupMarketsTests counts them.
[Collection("Citra Sari trade")]
public sealed class GroupMarketsTests
{
    private static async Task<(Guid Group, Guid Product, Guid Opak)> GroupAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        var group = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
        var opak = await db.Groups.Where(g => g.Name == "Opak Conggeang").Select(g => g.Id).SingleAsync();
        var product = await db.GroupProducts.Where(p => p.GroupId == group && p.Name == "Emping melinjo").Select(p => p.Id).SingleAsync();
        return (group, product, opak);
    }

    private static async Task<Guid> VariantAsync(TestApp app, string flavour, string size)
    {
        await using var scope = app.Scope(out var db);
        return await db.ProductVariants.Where(v => v.Flavour == flavour && v.Size == size && v.Stage == ProcessingStage.ReadyToEat).Select(v => v.Id).SingleAsync();
    }

    private static async Task<(int Agreements, int Orders, int Allocations)> CountsAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        return (await db.PriceAgreements.CountAsync(), await db.SupplyOrders.CountAsync(), await db.VariantAllocations.CountAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task The_demo_history_shows_the_2012_price_in_force_and_each_change_on_the_chart(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _, _) = await GroupAsync(app);
        var api = await app.ApiAs(Demo.Evaluator);
        var prices = await (await api.GetAsync($"/api/v1/groups/{group}/prices?on=2011-01-01")).Json200();
        var wholesale = prices.GetProperty("current").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "Wholesale");
        wholesale.GetProperty("price").GetDecimal().ShouldBe(36_000m);
        prices.GetProperty("history").GetArrayLength().ShouldBeGreaterThanOrEqualTo(4);
        prices.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "Wholesale").GetProperty("points")
            .EnumerateArray().Take(4).Select(p => p.GetProperty("price").GetDecimal()).ShouldBe([28_000m, 32_000m, 36_000m, 40_000m]);
    }

    [Theory]
    [AllDatabases]
    public async Task The_treasurer_records_a_new_agreement_and_bad_ones_are_refused_each_by_its_field(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, product, opak) = await GroupAsync(app);
        var eti = await app.PartnerIdAsync("Eti Rohaeti");
        var titin = await app.PartnerIdAsync("Titin Suhartini");
        var before = await CountsAsync(app);
        var api = await app.ApiAs(Demo.Treasurer, "en");

        var problem = await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/prices", new
        {
            meetingOn = "2011-01-10",
            effectiveFrom = "2011-02-01",
            present = Array.Empty<Guid>(),
            lines = new object[] { new { productId = product, unit = "kg", kind = "Wholesale", price = 0 } },
        })).Problem(HttpStatusCode.BadRequest, "present");
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("lines[0].price", out _).ShouldBeTrue(problem.ToString());
        errors.GetProperty("effectiveFrom")[0].GetString()!.ShouldContain("2012-02-01");

        // A member of another group is not one who can agree Citra Sari's prices.
        await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/prices", new
        {
            meetingOn = "2024-01-10",
            effectiveFrom = "2024-02-01",
            present = new[] { titin },
            lines = new object[] { new { productId = product, unit = "kg", kind = "Retail", price = 60_000 } },
        })).Problem(HttpStatusCode.BadRequest, "present");
        (await CountsAsync(app)).ShouldBe(before);

        var today = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await api.PostAsJsonAsync($"/api/v1/groups/{group}/prices", new
        {
            meetingOn = today,
            effectiveFrom = today,
            present = new[] { eti },
            lines = new object[] { new { productId = product, unit = "kg", kind = "Wholesale", price = 90_000 } },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var prices = await (await api.GetAsync($"/api/v1/groups/{group}/prices")).Json200();
        prices.GetProperty("current").GetProperty("lines")[0].GetProperty("price").GetDecimal().ShouldBe(90_000m);
        prices.GetProperty("current").GetProperty("present").EnumerateArray().Select(p => p.GetString()).ShouldBe(["Eti Rohaeti"]);

        // Out of scope: the treasurer cannot reach another group; an evaluator may never record.
        await (await api.GetAsync($"/api/v1/groups/{opak}/prices")).Problem(HttpStatusCode.NotFound);
        await (await api.PostAsJsonAsync($"/api/v1/groups/{opak}/prices", new { })).Problem(HttpStatusCode.NotFound);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        (await evaluator.PostAsJsonAsync($"/api/v1/groups/{group}/prices", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [AllDatabases]
    public async Task A_member_orders_from_another_who_delivers_no_more_than_ordered_and_is_paid(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _, _) = await GroupAsync(app);
        var eti = await app.PartnerIdAsync("Eti Rohaeti");
        var iis = await app.PartnerIdAsync("Iis Suryani");
        var titin = await app.PartnerIdAsync("Titin Suhartini");
        var variant = await VariantAsync(app, "Keju", "besar");
        var before = await CountsAsync(app);
        var chair = await app.ApiAs(Demo.Chair, "en");
        object Order(Guid seller, decimal quantity, decimal? price = null) =>
            new { sellerId = seller, variantId = variant, quantity, unit = "kg", price, deliverBy = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), label = "Buyer" };

        await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/supply-orders", Order(eti, 5))).Problem(HttpStatusCode.BadRequest, "sellerId");
        await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/supply-orders", Order(titin, 5))).Problem(HttpStatusCode.BadRequest, "sellerId");
        await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/supply-orders", Order(iis, 0))).Problem(HttpStatusCode.BadRequest, "quantity");
        (await CountsAsync(app)).Orders.ShouldBe(before.Orders);

        // A price below the agreed one is allowed and carries a warning.
        var order = await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/supply-orders", Order(iis, 10, 1_000))).Json200(HttpStatusCode.Created);
        order.GetProperty("buyer").GetString().ShouldBe("Eti Rohaeti");
        order.GetProperty("belowAgreed").GetBoolean().ShouldBeTrue();
        order.GetProperty("agreedPrice").ValueKind.ShouldBe(JsonValueKind.Number);
        var id = order.GetProperty("id").GetGuid();

        var treasurer = await app.ApiAs(Demo.Treasurer, "en");
        var list = await (await treasurer.GetAsync($"/api/v1/groups/{group}/supply-orders")).Json200();
        list.GetProperty("orders").EnumerateArray().Any(o => o.GetProperty("id").GetGuid() == id && o.GetProperty("mayDeliver").GetBoolean()).ShouldBeTrue();

        // The buyer does not record the delivery; the seller may not deliver more than ordered.
        await (await chair.PostAsJsonAsync($"/api/v1/supply-orders/{id}/delivery", new { quantity = 10, deliveredOn = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }))
            .Problem(HttpStatusCode.Forbidden);
        await (await treasurer.PostAsJsonAsync($"/api/v1/supply-orders/{id}/delivery", new { quantity = 11, deliveredOn = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }))
            .Problem(HttpStatusCode.BadRequest, "quantity");
        (await (await treasurer.PostAsJsonAsync($"/api/v1/supply-orders/{id}/delivery", new { quantity = 8, deliveredOn = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }))
            .Json200()).GetProperty("status").GetString().ShouldBe("Delivered");
        var paid = await (await chair.PostAsJsonAsync($"/api/v1/supply-orders/{id}/payment", new { paidOn = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })).Json200();
        paid.GetProperty("status").GetString().ShouldBe("Paid");
        paid.GetProperty("paidAmount").GetDecimal().ShouldBe(8_000m);
        await (await chair.PostAsJsonAsync($"/api/v1/supply-orders/{id}/cancellation", new { reason = "terlambat" })).Problem(HttpStatusCode.Conflict);

        var sales = await (await treasurer.GetAsync($"/api/v1/partners/{iis}/supply-sales")).Json200();
        sales.GetProperty("sold").EnumerateArray().Any(o => o.GetProperty("id").GetGuid() == id).ShouldBeTrue();

        // Evaluators see counts, never the orders.
        var evaluator = await app.ApiAs(Demo.Evaluator);
        var counted = await (await evaluator.GetAsync($"/api/v1/groups/{group}/supply-orders")).Json200();
        counted.GetProperty("months").GetArrayLength().ShouldBeGreaterThan(0);
        counted.GetProperty("orders").GetArrayLength().ShouldBe(0);
        await (await evaluator.GetAsync($"/api/v1/supply-orders/{id}")).Problem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [AllDatabases]
    public async Task A_variant_is_not_given_beyond_its_limit_and_two_at_once_for_the_last_place_get_one_409(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _, _) = await GroupAsync(app);
        var variant = await VariantAsync(app, "Original", "sedang");
        var names = new[] { "Eti Rohaeti", "Nining Kurniasih", "Yayah Rokayah", "Dedeh Sumiati" };
        var ids = new List<Guid>();
        foreach (var n in names)
        {
            ids.Add(await app.PartnerIdAsync(n));
        }

        var api = await app.ApiAs(Demo.Treasurer, "en");
        // Oom already makes it (limit 3): one more, then two at once for the last place.
        (await api.PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = variant, partnerId = ids[0] })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = variant, partnerId = ids[0] })).Problem(HttpStatusCode.Conflict);
        var racers = await Task.WhenAll(
            (await app.ApiAs(Demo.Treasurer)).PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = variant, partnerId = ids[1] }),
            (await app.ApiAs(Demo.Chair)).PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = variant, partnerId = ids[2] }));
        var codes = racers.Select(r => r.StatusCode).ToList();
        codes.Count(c => c == HttpStatusCode.Created).ShouldBe(1, string.Join(",", codes));
        codes.Count(c => c is HttpStatusCode.Conflict or HttpStatusCode.BadRequest).ShouldBe(1, string.Join(",", codes));
        await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = variant, partnerId = ids[3] })).Problem(HttpStatusCode.BadRequest, "variantId");

        var products = await (await api.GetAsync($"/api/v1/groups/{group}/products")).Json200();
        var makers = products.GetProperty("products")[0].GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("id").GetGuid() == variant)
            .GetProperty("makers");
        makers.GetArrayLength().ShouldBe(3);

        // Giving a place back frees it.
        var first = makers.EnumerateArray().First(m => m.GetProperty("partnerId").GetGuid() == ids[0]).GetProperty("allocationId").GetGuid();
        (await api.DeleteAsync($"/api/v1/groups/{group}/allocations/{first}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await api.PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = variant, partnerId = ids[3] })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
