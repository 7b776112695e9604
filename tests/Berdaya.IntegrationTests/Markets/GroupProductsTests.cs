using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Berdaya.Domain.Markets;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Markets;

/// <summary>
/// docs/domain.md, Product variants; decision 0021: a group's products and variants are created and edited by its chair or
/// treasurer (or staff), every field bounded and named when wrong, a stale edit is 409, a variant in use is retired, not deleted.
/// </summary>
// One at a time: both change Citra Sari's allocations and orders, and GroupMarketsTests counts them.
[Collection("Citra Sari trade")]
public sealed class GroupProductsTests
{
    private static async Task<(Guid Group, Guid Opak)> GroupsAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        return (await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync(),
            await db.Groups.Where(g => g.Name == "Opak Conggeang").Select(g => g.Id).SingleAsync());
    }

    private static async Task<(int Products, int Variants)> CountsAsync(TestApp app, Guid group)
    {
        await using var scope = app.Scope(out var db);
        return (await db.GroupProducts.CountAsync(p => p.GroupId == group), await db.ProductVariants.CountAsync(v => v.GroupId == group));
    }

    [Theory]
    [AllDatabases]
    public async Task The_chair_adds_a_product_and_its_variants_and_bad_fields_are_named_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, opak) = await GroupsAsync(app);
        var before = await CountsAsync(app, group);
        var chair = await app.ApiAs(Demo.Chair, "en");

        await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/products", new { name = "" })).Problem(HttpStatusCode.BadRequest, "name");
        await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/products", new { name = new string('x', GroupProduct.NameMax + 1) }))
            .Problem(HttpStatusCode.BadRequest, "name");
        // The demo's product under another case is the same name.
        var dup = await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/products", new { name = "EMPING MELINJO" })).Problem(HttpStatusCode.BadRequest, "name");
        dup.GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("already");
        (await CountsAsync(app, group)).ShouldBe(before);

        var product = await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/products", new { name = "Keripik singkong " + Guid.NewGuid().ToString("N")[..6] })).Json200(HttpStatusCode.Created);
        var productId = product.GetProperty("id").GetGuid();

        var bad = await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/products/{productId}/variants",
            new { flavour = "", size = new string('s', ProductVariant.TextMax + 1), maxMakers = 0 })).Problem(HttpStatusCode.BadRequest, "flavour");
        var errors = bad.GetProperty("errors");
        errors.TryGetProperty("size", out _).ShouldBeTrue(bad.ToString());
        errors.TryGetProperty("stage", out _).ShouldBeTrue(bad.ToString());
        errors.GetProperty("maxMakers")[0].GetString()!.ShouldContain("100");

        var variant = await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/products/{productId}/variants",
            new { flavour = "Balado", size = "kecil", stage = "ReadyToEat", packaging = "Plastik 250 g", label = "Citra Sari", maxMakers = 2 }))
            .Json200(HttpStatusCode.Created);
        variant.GetProperty("maxMakers").GetInt32().ShouldBe(2);
        await (await chair.PostAsJsonAsync($"/api/v1/groups/{group}/products/{productId}/variants",
            new { flavour = "balado", size = "KECIL", stage = "ReadyToEat" })).Problem(HttpStatusCode.BadRequest, "flavour");

        var after = await CountsAsync(app, group);
        after.Products.ShouldBe(before.Products + 1);
        after.Variants.ShouldBe(before.Variants + 1);
        await using (var scope = app.Scope(out var db))
        {
            (await db.AuditEntries.CountAsync(a => a.EntityId == productId.ToString())).ShouldBeGreaterThan(0);
            var variantId = variant.GetProperty("id").GetGuid();
            (await db.Timeline.Where(t => t.GroupId == group && t.SubjectId == variantId && t.Kind == "variant.added").Select(t => t.Approach).SingleAsync())
                .ShouldBe(Domain.Common.FivePApproach.Protecting);
            (await db.Timeline.CountAsync(t => t.SubjectId == productId && t.Kind == "groupproduct.added")).ShouldBe(1);
        }

        var listed = await (await chair.GetAsync($"/api/v1/groups/{group}/products")).Json200();
        listed.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == productId)
            .GetProperty("variants")[0].GetProperty("flavour").GetString().ShouldBe("Balado");

        // Another group is not found; an evaluator never writes; a member who is neither chair nor treasurer is not a partner user here.
        await (await chair.PostAsJsonAsync($"/api/v1/groups/{opak}/products", new { name = "Opak" })).Problem(HttpStatusCode.NotFound);
        (await (await app.ApiAs(Demo.Evaluator)).PostAsJsonAsync($"/api/v1/groups/{group}/products", new { name = "Opak" })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await CountsAsync(app, group)).Products.ShouldBe(after.Products);
    }

    /// <summary>A product and variant of this test's own (the app is shared: the demo's stay as other tests expect them), made by two members.</summary>
    private static async Task<(Guid Product, Guid Variant, Guid Eti)> OwnVariantAsync(TestApp app, Guid group, System.Net.Http.HttpClient api, string name)
    {
        var product = (await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/products", new { name })).Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var variant = (await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/products/{product}/variants",
            new { flavour = "Bawang", size = "sedang", stage = "ReadyToEat", maxMakers = 3 })).Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Guid eti;
        Guid iis;
        await using (var scope = app.Scope(out var db))
        {
            eti = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
            iis = await db.Partners.Where(p => p.OwnerName == "Iis Suryani").Select(p => p.Id).SingleAsync();
        }

        (await api.PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = variant, partnerId = iis })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await api.PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = variant, partnerId = eti })).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (product, variant, eti);
    }

    [Theory]
    [AllDatabases]
    public async Task An_edit_from_a_stale_version_is_409_and_the_limit_stays_above_the_members_who_make_it(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _) = await GroupsAsync(app);
        var api = await app.ApiAs(Demo.Treasurer, "en");
        var (productId, variantId, _) = await OwnVariantAsync(app, group, api, "Kerupuk " + Guid.NewGuid().ToString("N")[..6]);
        Guid version;
        await using (var scope = app.Scope(out var db))
        {
            version = await db.ProductVariants.Where(x => x.Id == variantId).Select(x => x.Version).SingleAsync();
        }

        object Edit(Guid? ver, int? max, string packaging = "Plastik 0,10 mm") =>
            new { flavour = "Bawang", size = "sedang", stage = "ReadyToEat", packaging, maxMakers = max, version = ver };

        // Two members make it: a limit of one is refused beside the limit.
        var below = await (await api.PutAsJsonAsync($"/api/v1/groups/{group}/variants/{variantId}", Edit(version, 1))).Problem(HttpStatusCode.BadRequest, "maxMakers");
        below.GetProperty("errors").GetProperty("maxMakers")[0].GetString()!.ShouldContain("2");

        var saved = await (await api.PutAsJsonAsync($"/api/v1/groups/{group}/variants/{variantId}", Edit(version, 2, "Standing pouch"))).Json200();
        saved.GetProperty("packaging").GetString().ShouldBe("Standing pouch");
        saved.GetProperty("version").GetGuid().ShouldNotBe(version);

        // The chair's page was opened at the old version: her save is a conflict and changes nothing.
        var chair = await app.ApiAs(Demo.Chair, "en");
        await (await chair.PutAsJsonAsync($"/api/v1/groups/{group}/variants/{variantId}", Edit(version, null, "Kardus"))).Problem(HttpStatusCode.Conflict);
        await using (var scope = app.Scope(out var db))
        {
            (await db.ProductVariants.Where(x => x.Id == variantId).Select(x => x.Packaging).SingleAsync()).ShouldBe("Standing pouch");
        }

        // Renaming a product: the same; and not to a name the group already has.
        var product = (await (await api.GetAsync($"/api/v1/groups/{group}/products")).Json200()).GetProperty("products").EnumerateArray()
            .Single(p => p.GetProperty("id").GetGuid() == productId);
        var pver = product.GetProperty("version").GetGuid();
        await (await api.PutAsJsonAsync($"/api/v1/groups/{group}/products/{productId}", new { name = "emping melinjo", version = pver }))
            .Problem(HttpStatusCode.BadRequest, "name");
        var newName = "Kerupuk kulit " + Guid.NewGuid().ToString("N")[..6];
        var renamed = await (await api.PutAsJsonAsync($"/api/v1/groups/{group}/products/{productId}", new { name = newName, version = pver })).Json200();
        renamed.GetProperty("name").GetString().ShouldBe(newName);
        await (await chair.PutAsJsonAsync($"/api/v1/groups/{group}/products/{productId}", new { name = "Kerupuk", version = pver })).Problem(HttpStatusCode.Conflict);
    }

    [Theory]
    [AllDatabases]
    public async Task A_variant_in_use_is_not_deleted_but_retired_and_then_given_and_ordered_no_more(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _) = await GroupsAsync(app);
        var api = await app.ApiAs(Demo.Treasurer, "en");
        var (productId, used, eti) = await OwnVariantAsync(app, group, api, "Keripik " + Guid.NewGuid().ToString("N")[..6]);
        Guid version;
        Guid free;
        await using (var scope = app.Scope(out var db))
        {
            version = await db.ProductVariants.Where(x => x.Id == used).Select(x => x.Version).SingleAsync();
            free = await db.Partners.Where(p => p.OwnerName == "Nining Kurniasih").Select(p => p.Id).SingleAsync();
        }

        await (await api.DeleteAsync($"/api/v1/groups/{group}/variants/{used}")).Problem(HttpStatusCode.Conflict);
        var retired = await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/variants/{used}/retirement", new { version })).Json200();
        retired.GetProperty("retiredOn").GetString().ShouldNotBeNull();
        await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/variants/{used}/retirement", new { version })).Problem(HttpStatusCode.Conflict);

        // A retired variant is given to no one new and ordered by no one.
        await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = used, partnerId = free })).Problem(HttpStatusCode.BadRequest, "variantId");
        var deliverBy = Domain.Common.BusinessCalendar.Today(TimeProvider.System).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await (await app.ApiAs(Demo.Chair, "en")).PostAsJsonAsync($"/api/v1/groups/{group}/supply-orders",
                new { sellerId = free, variantId = used, quantity = 1, unit = "kg", price = 40_000, deliverBy, label = "Buyer" }))
            .Problem(HttpStatusCode.BadRequest, "variantId");

        var restored = await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/variants/{used}/restoration",
            new { version = retired.GetProperty("version").GetGuid() })).Json200();
        restored.GetProperty("retiredOn").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await api.PostAsJsonAsync($"/api/v1/groups/{group}/allocations", new { variantId = used, partnerId = free })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // A variant nothing names yet is deleted.
        var fresh = await (await api.PostAsJsonAsync($"/api/v1/groups/{group}/products/{productId}/variants",
            new { flavour = "Jahe", size = "kecil", stage = "HalfProcessed" })).Json200(HttpStatusCode.Created);
        (await api.DeleteAsync($"/api/v1/groups/{group}/variants/{fresh.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await using (var scope = app.Scope(out var db))
        {
            (await db.ProductVariants.AnyAsync(v => v.Id == fresh.GetProperty("id").GetGuid())).ShouldBeFalse();
            (await db.VariantAllocations.AnyAsync(a => a.VariantId == used && a.PartnerId == eti)).ShouldBeTrue();
        }
    }

    [Theory]
    [AllDatabases]
    public async Task On_the_pages_a_bad_variant_is_refused_beside_its_field_and_a_good_one_is_listed(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _) = await GroupsAsync(app);
        var rengginang = "Rengginang " + Guid.NewGuid().ToString("N")[..6];
        var pages = await app.PagesAs(Demo.Chair);
        var list = await pages.GetAsync($"/groups/{group}/products");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var added = await pages.SubmitAsync(list, "#product-form", new Dictionary<string, string> { ["AddProduct.Name"] = rengginang });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var form = await pages.GetAsync(added.Location!);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await pages.SubmitAsync(form, "#variant-form", new Dictionary<string, string>
        {
            ["Input.Flavour"] = "Terasi",
            ["Input.Size"] = "",
            ["Input.MaxMakers"] = "101",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("#Input_Size-error")!.TextContent.Trim().ShouldNotBeEmpty();
        refused.Document.QuerySelector("#Input_MaxMakers-error")!.TextContent.Trim().ShouldNotBeEmpty();
        refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Flavour")!.Value.ShouldBe("Terasi");

        var saved = await pages.SubmitAsync(refused, "#variant-form", new Dictionary<string, string>
        {
            ["Input.Size"] = "bulat",
            ["Input.MaxMakers"] = "4",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await pages.GetAsync($"/groups/{group}/products");
        after.Document.Body!.TextContent.ShouldContain(rengginang);
        after.Document.Body!.TextContent.ShouldContain("Terasi bulat");

        // Evaluators read the list but may not open the editing pages.
        var evaluator = await app.PagesAs(Demo.Evaluator);
        (await evaluator.GetAsync($"/groups/{group}/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var variantLink = after.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h!.Contains("/variants/", StringComparison.Ordinal)
            && !h.EndsWith("/new", StringComparison.Ordinal));
        (await evaluator.GetAsync(variantLink!)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
