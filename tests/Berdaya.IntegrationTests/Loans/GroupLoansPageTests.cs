using System.Net;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>docs/domain.md, Arrears and collectibility: days past due and the class are shown live on the group page.</summary>
public sealed class GroupLoansPageTests
{
    [Theory]
    [AllDatabases]
    public async Task The_group_page_shows_each_members_loan_with_its_class_today(string provider)
    {
        var app = await TestApp.For(provider);
        Guid mekar;
        await using (var scope = app.Scope(out var db))
        {
            mekar = await db.Groups.Where(g => g.Name == "Mekar Sari").Select(g => g.Id).SingleAsync();
        }

        var page = await (await app.PagesAs(Demo.Officer)).GetAsync($"/groups/{mekar}");
        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = page.Document.QuerySelectorAll("#group-loans tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(6);
        rows.Single(r => r.Contains("Ade Suherman", StringComparison.Ordinal)).ShouldContain("Macet");
        rows.Single(r => r.Contains("Heni Herawati", StringComparison.Ordinal)).ShouldContain("Diragukan");
        rows.Single(r => r.Contains("Agus Salim", StringComparison.Ordinal)).ShouldContain("Kurang Lancar");
        rows.Count(r => r.Contains("Lancar", StringComparison.Ordinal) && !r.Contains("Kurang", StringComparison.Ordinal)).ShouldBe(3);

        // The chair of Citra Sari sees only her own loan on her group's page.
        var citra = await (await app.PagesAs(Demo.Chair)).GetAsync("/groups/" + (await CitraSariAsync(app)));
        citra.Document.QuerySelectorAll("#group-loans tbody tr").Length.ShouldBe(1);
    }

    private static async Task<Guid> CitraSariAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        return await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
    }
}
