using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Common;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Markets;

/// <summary>
/// docs/domain.md, Group price agreements; decision 0021: a consignment price or a cash-book sale below the group's agreed
/// selling price (the lower of wholesale and retail in force) is allowed, kept with a flag and shown with a warning.
/// </summary>
public sealed class BelowAgreedTests
{
    private static string Today => BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Citra Sari agrees emping at Rp 90.000 wholesale and Rp 100.000 retail per kg from today.</summary>
    private static async Task<(Guid Group, Guid Product)> AgreeAsync(TestApp app)
    {
        Guid group, product, eti;
        await using (var scope = app.Scope(out var db))
        {
            group = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
            product = await db.GroupProducts.Where(p => p.GroupId == group && p.Name == "Emping melinjo").Select(p => p.Id).SingleAsync();
            eti = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
        }

        var api = await app.ApiAs(Demo.Treasurer, "en");
        (await api.PostAsJsonAsync($"/api/v1/groups/{group}/prices", new
        {
            meetingOn = Today,
            effectiveFrom = Today,
            present = new[] { eti },
            lines = new object[]
            {
                new { productId = product, unit = "kg", kind = "Wholesale", price = 90_000 },
                new { productId = product, unit = "kg", kind = "Retail", price = 100_000 },
            },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (group, product);
    }

    [Theory]
    [AllDatabases]
    public async Task A_placement_price_below_the_agreed_selling_price_is_kept_with_a_warning(string provider)
    {
        // Its own app: the agreement of today would change the price history other market tests read.
        await using var app = await TestApp.Own(provider);
        var (_, product) = await AgreeAsync(app);
        var eti = await app.PartnerIdAsync("Eti Rohaeti");
        Guid channel;
        await using (var scope = app.Scope(out var db))
        {
            channel = await db.MarketChannels.Where(c => c.Name == "Supermarket Yogya").Select(c => c.Id).FirstAsync();
        }

        var chair = await app.ApiAs(Demo.Chair, "en");
        object Start(string outlet, decimal price, Guid? productId, string? unit) => new
        {
            channelId = channel,
            outletName = outlet,
            products = "Emping original 1 kg",
            agreedPrice = price,
            terms = "Consignment",
            startedOn = Today,
            productId,
            unit,
        };

        // A product without its unit, or one that is not the group's, is refused beside the field.
        await (await chair.PostAsJsonAsync($"/api/v1/partners/{eti}/placements", Start("Toko A", 80_000, product, null))).Problem(HttpStatusCode.BadRequest, "unit");
        await (await chair.PostAsJsonAsync($"/api/v1/partners/{eti}/placements", Start("Toko A", 80_000, Guid.CreateVersion7(), "kg")))
            .Problem(HttpStatusCode.BadRequest, "productId");

        // Rp 85.000 is above neither price agreed (90.000 wholesale): allowed, with the warning.
        var low = await (await chair.PostAsJsonAsync($"/api/v1/partners/{eti}/placements", Start("Toko Bawah", 85_000, product, "KG")))
            .Json200(HttpStatusCode.Created);
        var placement = low.GetProperty("placement");
        placement.GetProperty("belowAgreed").GetBoolean().ShouldBeTrue(low.ToString());
        placement.GetProperty("groupPrice").GetDecimal().ShouldBe(90_000m);

        // At the wholesale price: no warning, though below the retail price.
        var fair = await (await chair.PostAsJsonAsync($"/api/v1/partners/{eti}/placements", Start("Toko Pas", 90_000, product, "kg")))
            .Json200(HttpStatusCode.Created);
        fair.GetProperty("placement").GetProperty("belowAgreed").GetBoolean().ShouldBeFalse();

        // Without a product nothing is compared.
        var free = await (await chair.PostAsJsonAsync($"/api/v1/partners/{eti}/placements", Start("Toko Bebas", 1_000, null, null)))
            .Json200(HttpStatusCode.Created);
        free.GetProperty("placement").GetProperty("belowAgreed").GetBoolean().ShouldBeFalse();

        var pages = await app.PagesAs(Demo.Chair);
        var page = await pages.GetAsync($"/placements/{placement.GetProperty("id").GetGuid()}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#placement-below-agreed")!.TextContent.ShouldContain("90.000");
        (await pages.GetAsync($"/placements/{fair.GetProperty("placement").GetProperty("id").GetGuid()}")).Document
            .QuerySelector("#placement-below-agreed").ShouldBeNull();
    }

    [Theory]
    [AllDatabases]
    public async Task A_cash_book_sale_below_the_agreed_price_is_saved_with_a_warning_and_bad_product_fields_are_named(string provider)
    {
        // Its own app: the agreement of today would change the price history other market tests read.
        await using var app = await TestApp.Own(provider);
        var (_, product) = await AgreeAsync(app);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        int before;
        await using (var scope = app.Scope(out var db))
        {
            before = await db.CashLines.CountAsync(l => l.PartnerId == euis);
        }

        var api = await app.ApiAs(Demo.Treasurer, "en");
        var bad = await (await api.PostAsJsonAsync($"/api/v1/partners/{euis}/cash-book/days", new
        {
            date = Today,
            rows = new object[]
            {
                new { category = "RawMaterial", amount = 10_000, productId = product, quantity = 1, unit = "kg" },
                new { category = "Sales", amount = 10_000, productId = Guid.CreateVersion7(), quantity = 0, unit = "" },
            },
        })).Problem(HttpStatusCode.BadRequest, "rows[0].productId");
        var errors = bad.GetProperty("errors");
        errors.TryGetProperty("rows[1].productId", out _).ShouldBeTrue(bad.ToString());
        errors.TryGetProperty("rows[1].quantity", out _).ShouldBeTrue(bad.ToString());
        errors.TryGetProperty("rows[1].unit", out _).ShouldBeTrue(bad.ToString());

        // 2 kg for Rp 170.000 is below 2 × Rp 90.000; 1 kg for Rp 95.000 is not; a sale naming no product is not compared.
        (await api.PostAsJsonAsync($"/api/v1/partners/{euis}/cash-book/days", new
        {
            date = Today,
            rows = new object[]
            {
                new { category = "Sales", amount = 170_000, note = "Emping ke warung", productId = product, quantity = 2, unit = "kg" },
                new { category = "Sales", amount = 95_000, productId = product, quantity = 1, unit = "kg" },
                new { category = "Sales", amount = 5_000, note = "Sisa" },
            },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var month = await (await api.GetAsync($"/api/v1/partners/{euis}/cash-book?month={Today[..7]}")).Json200();
        var lines = month.GetProperty("lines").EnumerateArray().ToList();
        var low = lines.Single(l => l.GetProperty("amount").GetDecimal() == 170_000m);
        low.GetProperty("belowAgreed").GetBoolean().ShouldBeTrue();
        low.GetProperty("agreedPrice").GetDecimal().ShouldBe(90_000m);
        low.GetProperty("product").GetString().ShouldBe("Emping melinjo");
        lines.Single(l => l.GetProperty("amount").GetDecimal() == 95_000m).GetProperty("belowAgreed").GetBoolean().ShouldBeFalse();
        lines.Single(l => l.GetProperty("amount").GetDecimal() == 5_000m).GetProperty("belowAgreed").GetBoolean().ShouldBeFalse();
        await using (var scope = app.Scope(out var db))
        {
            (await db.CashLines.CountAsync(l => l.PartnerId == euis)).ShouldBe(before + 3);
        }

        var pages = await app.PagesAs(Demo.Treasurer);
        var book = await pages.GetAsync($"/partners/{euis}/cashbook?month={Today[..7]}");
        book.Document.QuerySelector($"[data-below='{low.GetProperty("id").GetGuid()}']")!.TextContent.ShouldContain("90.000");
    }

    [Theory]
    [AllDatabases]
    public async Task The_day_form_folds_the_product_of_a_sale_and_keeps_it_when_refused(string provider)
    {
        // Its own app: the agreement of today would change the price history other market tests read.
        await using var app = await TestApp.Own(provider);
        var (_, product) = await AgreeAsync(app);
        var euis = await app.PartnerIdAsync("Euis Komariah");
        var pages = await app.PagesAs(Demo.Treasurer);
        var warned = (await pages.GetAsync($"/partners/{euis}/cashbook?month={Today[..7]}")).Document.QuerySelectorAll("[data-below]").Length;
        var form = await pages.GetAsync($"/partners/{euis}/cashbook/day");
        var fold = form.Document.QuerySelector("[data-product-fold='0']")!;
        fold.HasAttribute("open").ShouldBeFalse();
        form.Document.QuerySelectorAll("[data-product-fold]").Length.ShouldBe(1);

        var refused = await pages.SubmitAsync(form, "#cashbook-day-form", new Dictionary<string, string>
        {
            ["Input.Date"] = Today,
            ["Input.Rows[0].Amount"] = "50000",
            ["Input.Rows[0].ProductId"] = product.ToString(),
            ["Input.Rows[0].Unit"] = "kg",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("[data-product-fold='0']")!.HasAttribute("open").ShouldBeTrue();
        refused.Document.QuerySelector("#Input_Rows_0__Quantity-error")!.TextContent.Trim().ShouldNotBeEmpty();

        var saved = await pages.SubmitAsync(refused, "#cashbook-day-form", new Dictionary<string, string> { ["Input.Rows[0].Quantity"] = "1" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var book = await pages.GetAsync(saved.Location!);
        book.Document.QuerySelectorAll("[data-below]").Length.ShouldBe(warned + 1);
    }
}
