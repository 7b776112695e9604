using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Admin;
using Berdaya.IntegrationTests.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Fund.FundScenario;

namespace Berdaya.IntegrationTests.Products;

public sealed class ProductsTests
{
    private static object Revision(string name, decimal rate, bool isActive = true) => new
    {
        name,
        regime = "Regime2023",
        method = "Effective",
        annualRatePercent = rate,
        maxPrincipal = 10_000_000m,
        maxTenorMonths = 36,
        graceMonths = 3,
        grace = "FeeOnly",
        dueDay = 10,
        isSharia = false,
        isActive,
    };

    [Theory]
    [AllDatabases]
    public async Task A_revision_makes_version_2_and_the_loans_of_version_1_keep_it(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 10_000_000m, Today.AddDays(-30));
        var loanId = (await s.LoansAsync((2_000_000m, Today.AddDays(-10))))[0];

        var v2 = await (await s.Admin.PostAsJsonAsync($"/api/v1/loan-products/{s.ProductId}/revisions", Revision("Pinjaman 2023", 3m))).Json200(HttpStatusCode.Created);
        v2.GetProperty("version").GetInt32().ShouldBe(2);
        v2.GetProperty("isCurrent").GetBoolean().ShouldBeTrue();
        v2.GetProperty("annualRatePercent").GetDecimal().ShouldBe(3m);
        var v2Id = v2.GetProperty("id").GetGuid();
        v2Id.ShouldNotBe(s.ProductId);

        var list = (await s.GetAsync("/api/v1/loan-products")).EnumerateArray().Single();
        list.GetProperty("current").GetProperty("id").GetGuid().ShouldBe(v2Id);
        var v1 = list.GetProperty("earlier").EnumerateArray().Single();
        v1.GetProperty("id").GetGuid().ShouldBe(s.ProductId);
        v1.GetProperty("version").GetInt32().ShouldBe(1);
        v1.GetProperty("isCurrent").GetBoolean().ShouldBeFalse();
        v1.GetProperty("annualRatePercent").GetDecimal().ShouldBe(6m);
        v1.GetProperty("loans").GetInt32().ShouldBe(1);

        await using (var scope = app.Scope(out var db))
        {
            var loan = await db.Loans.SingleAsync(l => l.Id == loanId);
            loan.ProductId.ShouldBe(s.ProductId);
            loan.AnnualRatePercent.ShouldBe(6m);
        }

        // Version 1 is history now: it cannot be revised again.
        await (await s.Admin.PostAsJsonAsync($"/api/v1/loan-products/{s.ProductId}/revisions", Revision("Lagi", 4m))).Problem(HttpStatusCode.Conflict);
        await (await s.Admin.PostAsJsonAsync($"/api/v1/loan-products/{Guid.NewGuid()}/revisions", Revision("Lagi", 4m))).Problem(HttpStatusCode.NotFound);
        await using (var scope = app.Scope(out var db))
        {
            (await db.LoanProducts.CountAsync(p => p.ProgramId == s.ProgramId)).ShouldBe(2);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_duplicate_code_or_bad_terms_are_refused_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var programId = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        var created = await (await admin.PostAsJsonAsync("/api/v1/loan-products", Product(programId, "pk-3"))).Json200(HttpStatusCode.Created);
        created.GetProperty("code").GetString().ShouldBe("PK-3");
        created.GetProperty("version").GetInt32().ShouldBe(1);

        await (await admin.PostAsJsonAsync("/api/v1/loan-products", Product(programId, "PK-3"))).Problem(HttpStatusCode.Conflict, "code");
        var bad = await (await admin.PostAsJsonAsync("/api/v1/loan-products", Product(programId, "PK-4", rate: -1, maxTenor: 0))).Problem(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("annualRatePercent", out _).ShouldBeTrue();
        bad.GetProperty("errors").TryGetProperty("maxTenorMonths", out _).ShouldBeTrue();
        await (await admin.PostAsJsonAsync("/api/v1/loan-products", Product(Guid.NewGuid(), "PK-5"))).Problem(HttpStatusCode.NotFound);

        // Another program may use the same code.
        var other = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        await (await admin.PostAsJsonAsync("/api/v1/loan-products", Product(other, "PK-3"))).Json200(HttpStatusCode.Created);

        await using var scope = app.Scope(out var db);
        (await db.LoanProducts.CountAsync(p => p.ProgramId == programId)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task An_officer_reads_the_products_of_the_program_but_cannot_create_or_revise(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        (await officer.GetAsync("/api/v1/loan-products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var s = await CreateAsync(app);
        (await officer.PostAsJsonAsync("/api/v1/loan-products", Product(s.ProgramId, "PK-OFF"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.PostAsJsonAsync($"/api/v1/loan-products/{s.ProductId}/revisions", Revision("x", 3m))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await officer.GetAsync($"/api/v1/loan-products?programId={s.ProgramId}")).Problem(HttpStatusCode.NotFound);
        foreach (var email in new[] { Demo.Viewer, Demo.Evaluator, Demo.Facilitator, Demo.Treasurer })
        {
            (await (await app.ApiAs(email)).GetAsync("/api/v1/loan-products")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }

        await using var scope = app.Scope(out var db);
        (await db.LoanProducts.CountAsync(p => p.ProgramId == s.ProgramId)).ShouldBe(1);

        var pages = await app.PagesAs(Demo.Officer);
        var list = await pages.GetAsync("/admin/products");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Document.QuerySelector("a[href^='/admin/products/new']").ShouldBeNull();
        var denied = await pages.GetAsync($"/admin/products/{s.ProductId}/revise");
        (denied.StatusCode == HttpStatusCode.Forbidden || (denied.Location ?? "").Contains("/denied", StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Theory]
    [AllDatabases]
    public async Task The_product_pages_create_and_revise_and_show_errors_beside_the_fields(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var programId = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        var pages = await app.PagesAs(Demo.Admin);
        var form = await pages.GetAsync($"/admin/products/new?programId={programId}");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await pages.SubmitAsync(form, "form.card", new Dictionary<string, string> { ["Input.Code"] = "", ["Input.Name"] = "Pinjaman Mikro", ["Input.DueDay"] = "40" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("[data-valmsg-for='Input.Code']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        refused.Document.QuerySelector("[data-valmsg-for='Input.DueDay']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        await using (var scope = app.Scope(out var db))
        {
            (await db.LoanProducts.CountAsync(p => p.ProgramId == programId)).ShouldBe(0);
        }

        var saved = await pages.SubmitAsync(form, "form.card", new Dictionary<string, string> { ["Input.Code"] = "MIKRO", ["Input.Name"] = "Pinjaman Mikro" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Guid id;
        await using (var scope = app.Scope(out var db))
        {
            id = await db.LoanProducts.Where(p => p.ProgramId == programId && p.Code == "MIKRO").Select(p => p.Id).SingleAsync();
        }

        var revise = await pages.GetAsync($"/admin/products/{id}/revise");
        revise.StatusCode.ShouldBe(HttpStatusCode.OK);
        // "2.5" in Indonesian is not 25 %: refused as unreadable; "2,5" is two and a half.
        var misread = await pages.SubmitAsync(revise, "form.card", new Dictionary<string, string> { ["Input.AnnualRatePercent"] = "2.5" });
        misread.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        misread.Document.QuerySelector("[data-valmsg-for='Input.AnnualRatePercent']")!.TextContent.ShouldContain("\"2.5\"");
        var revised = await pages.SubmitAsync(revise, "form.card", new Dictionary<string, string> { ["Input.AnnualRatePercent"] = "2,5" });
        revised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var scope = app.Scope(out var db))
        {
            (await db.LoanProducts.Where(p => p.ProgramId == programId && p.Code == "MIKRO").OrderByDescending(p => p.Version).Select(p => p.AnnualRatePercent).FirstAsync()).ShouldBe(2.5m);
        }

        var list = await pages.GetAsync($"/admin/products?programId={programId}");
        list.Document.QuerySelectorAll("#products tbody tr").Length.ShouldBe(1);
        list.Document.QuerySelector("#products tbody tr")!.TextContent.ShouldContain("v2");
        list.Document.QuerySelectorAll("#history tbody tr").Length.ShouldBe(2);
    }
}
