using System.Net;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>docs/domain.md, Schedules and rounding: the officer sees the schedule before deciding (the decision form links here).</summary>
public sealed class SimulatePageTests
{
    [Theory]
    [AllDatabases]
    public async Task The_simulation_shows_the_products_schedule_and_names_a_term_outside_the_product(string provider)
    {
        var app = await TestApp.For(provider);
        Guid product;
        await using (var scope = app.Scope(out var db))
        {
            product = await db.LoanProducts.Where(p => p.Code == "PK-2006" && p.IsCurrent).Select(p => p.Id).FirstAsync();
        }

        var officer = await app.PagesAs(Demo.Officer);
        var page = await officer.GetAsync($"/loans/simulate?Input.ProductId={product}&Input.Amount=5000000&Input.TenorMonths=24&Input.DisbursedOn=2006-02-03");
        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = page.Document.QuerySelectorAll("#preview-schedule tbody tr");
        rows.Length.ShouldBe(24);
        rows[0].TextContent.ShouldContain("5 Maret 2006");
        rows[0].TextContent.ShouldContain("Rp 25.000");
        rows[23].TextContent.ShouldContain("Rp 208.341");

        page = await officer.GetAsync($"/loans/simulate?Input.ProductId={product}&Input.Amount=15000000&Input.TenorMonths=48");
        page.Document.QuerySelector("#preview-schedule").ShouldBeNull();
        page.Errors.ShouldContain(e => e.Contains("Rp 10.000.000", StringComparison.Ordinal));
        page.Errors.ShouldContain(e => e.Contains("36", StringComparison.Ordinal));

        var decision = await officer.GetAsync("/proposals");
        decision.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.PagesAs(Demo.Chair)).Http.GetAsync("/loans/simulate")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
