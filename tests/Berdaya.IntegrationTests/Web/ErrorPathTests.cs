using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Admin;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Web;

/// <summary>
/// The one error path (decision 0011), shown with the loan products: a refused page is shown again with a
/// 400, its message beside the field or above the form and what was typed kept; the API answers the same
/// refusal as ProblemDetails (400 for a field, 409 for a conflict).
/// </summary>
public sealed class ErrorPathTests
{
    private static object Product(string code, int dueDay = 10) => new
    {
        code,
        name = "Pinjaman Mikro",
        regime = "Regime2023",
        method = "Effective",
        annualRatePercent = 6m,
        maxPrincipal = 10_000_000m,
        maxTenorMonths = 36,
        graceMonths = 0,
        grace = "FeeOnly",
        dueDay,
        isSharia = false,
    };

    [Theory]
    [AllDatabases]
    public async Task A_field_error_is_shown_beside_the_field_with_the_input_kept_and_the_API_names_the_field(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var programId = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        var pages = await app.PagesAs(Demo.Admin);
        var form = await pages.GetAsync($"/admin/products/new?programId={programId}");

        var refused = await pages.SubmitAsync(form, "form.card", new Dictionary<string, string> { ["Input.Code"] = "bad code!", ["Input.Name"] = "Pinjaman Khusus" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("[data-valmsg-for='Input.Code']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        refused.Document.QuerySelector("input[name='Input.Code']")!.GetAttribute("value").ShouldBe("bad code!");
        refused.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value").ShouldBe("Pinjaman Khusus");
        var api = await (await admin.PostAsJsonAsync("/api/v1/loan-products", Merge(programId, Product("bad code!"))))
            .Problem(HttpStatusCode.BadRequest, "code");
        api.GetProperty("code").GetString().ShouldBe("products.code.format");
        await using var scope = app.Scope(out var db);
        (await db.LoanProducts.CountAsync(x => x.ProgramId == programId)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_rule_about_the_record_is_shown_above_the_form_and_the_API_answers_409(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var programId = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        var v1 = (await (await admin.PostAsJsonAsync("/api/v1/loan-products", Merge(programId, Product("MIKRO")))).Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var pages = await app.PagesAs(Demo.Admin);
        var form = await pages.GetAsync($"/admin/products/{v1}/revise");
        (await admin.PostAsJsonAsync($"/api/v1/loan-products/{v1}/revisions", Product("MIKRO"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Version 1 is no longer the current one: the rule is about the record, not a field.
        var refused = await pages.SubmitAsync(form, "form.card", new Dictionary<string, string> { ["Input.AnnualRatePercent"] = "4" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector(".validation-summary-errors li").ShouldNotBeNull(refused.Html);
        refused.Document.QuerySelector(".validation-summary-errors li")!.TextContent.ShouldBe("Hanya versi terbaru produk yang dapat direvisi.");
        refused.Document.QuerySelector("input[name='Input.AnnualRatePercent']")!.GetAttribute("value").ShouldBe("4");
        var api = await (await admin.PostAsJsonAsync($"/api/v1/loan-products/{v1}/revisions", Product("MIKRO"))).Problem(HttpStatusCode.Conflict);
        api.GetProperty("code").GetString().ShouldBe("product.notcurrent");
    }

    [Theory]
    [AllDatabases]
    public async Task A_conflict_on_a_field_is_shown_beside_it_on_the_page_and_answers_409_in_the_API(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var programId = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        (await admin.PostAsJsonAsync("/api/v1/loan-products", Merge(programId, Product("MIKRO")))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var pages = await app.PagesAs(Demo.Admin);
        var form = await pages.GetAsync($"/admin/products/new?programId={programId}");

        var refused = await pages.SubmitAsync(form, "form.card", new Dictionary<string, string> { ["Input.Code"] = "mikro", ["Input.Name"] = "Pinjaman Kedua" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("[data-valmsg-for='Input.Code']")!.TextContent.Trim().ShouldBe("Kode produk sudah dipakai di program ini.");
        refused.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value").ShouldBe("Pinjaman Kedua");
        var api = await (await admin.PostAsJsonAsync("/api/v1/loan-products", Merge(programId, Product("MIKRO")))).Problem(HttpStatusCode.Conflict, "code");
        api.GetProperty("code").GetString().ShouldBe("product.code.taken");
        await using var scope = app.Scope(out var db);
        (await db.LoanProducts.CountAsync(x => x.ProgramId == programId)).ShouldBe(1);
    }

    private static Dictionary<string, object?> Merge(Guid programId, object product)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToElement(product).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        body["programId"] = programId;
        return body;
    }
}
