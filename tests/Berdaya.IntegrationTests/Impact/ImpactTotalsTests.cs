using System.Text.Json;
using Berdaya.Domain.Impact;
using Berdaya.Features.Impact;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Impact;

/// <summary>
/// Decision 0030: the nightly impact job keeps every cohort's counts, and the dashboard reads them with the day they were counted;
/// what the job kept is what the live reading gives, and what it cannot keep (a facilitator's villages, two cohort filters at once)
/// is still counted live.
/// </summary>
public sealed class ImpactTotalsTests
{
    private static string Figures(JsonElement view)
    {
        // Everything but the day counted, in a stable form.
        var all = view.EnumerateObject().Where(p => p.Name != "asOf").Select(p => $"{p.Name}={p.Value.GetRawText()}");
        return string.Join(";", all);
    }

    [Theory]
    [AllDatabases]
    public async Task The_job_keeps_each_cohort_as_the_live_reading_counts_it_and_the_dashboard_says_as_of_when(string provider)
    {
        // Its own app: once the program's counts are kept, every reading of the office comes from them.
        var app = await TestApp.Own(provider);
        Guid program, group;
        string village;
        await using (var scope = app.Scope(out var db))
        {
            group = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
            program = await db.Groups.Where(g => g.Id == group).Select(g => g.ProgramId).SingleAsync();
            village = await db.Groups.Where(g => g.Id == group).Select(g => g.VillageCode).SingleAsync();
        }

        var officer = await app.ApiAs(Demo.Officer);
        var cohorts = new[]
        {
            "", "&cohortYear=2006", $"&village={village}", $"&groupId={group}", "&sector=" + Uri.EscapeDataString("Makanan ringan (emping/opak)"), "&cohortYear=1991",
        };
        var live = new Dictionary<string, JsonElement>();
        foreach (var c in cohorts)
        {
            live[c] = await (await officer.GetAsync($"/api/v1/impact?programId={program}{c}")).Json200();
            live[c].GetProperty("asOf").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        live[""].GetProperty("partners").GetInt32().ShouldBeGreaterThan(10);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        int kept;
        await using (var scope = app.Scope(out _))
        {
            kept = await scope.ServiceProvider.GetRequiredService<ImpactTotalsJob>().CountAsync(program, today, CancellationToken.None);
        }

        await using (var scope = app.Scope(out var db))
        {
            (await db.ImpactTotals.CountAsync(t => t.ProgramId == program)).ShouldBe(kept);
            (await db.ImpactTotals.CountAsync(t => t.ProgramId == program && t.Dimension == ImpactDimension.Group && t.Key == group.ToString())).ShouldBe(1);
        }

        foreach (var c in cohorts)
        {
            var read = await (await officer.GetAsync($"/api/v1/impact?programId={program}{c}")).Json200();
            read.GetProperty("asOf").GetString().ShouldBe(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c);
            Figures(read).ShouldBe(Figures(live[c]), c);
        }

        // Counted again, the rows are replaced, not added to.
        await using (var scope = app.Scope(out var db))
        {
            (await scope.ServiceProvider.GetRequiredService<ImpactTotalsJob>().CountAsync(program, today, CancellationToken.None)).ShouldBe(kept);
            (await db.ImpactTotals.CountAsync(t => t.ProgramId == program)).ShouldBe(kept);
        }

        // Two filters at once, and a facilitator's villages, are counted live.
        var both = await (await officer.GetAsync($"/api/v1/impact?programId={program}&cohortYear=2006&groupId={group}")).Json200();
        both.GetProperty("asOf").ValueKind.ShouldBe(JsonValueKind.Null);
        both.GetProperty("partners").GetInt32().ShouldBe(10);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        (await (await facilitator.GetAsync($"/api/v1/impact?programId={program}")).Json200()).GetProperty("asOf").ValueKind.ShouldBe(JsonValueKind.Null);

        // The page says when the figures were counted.
        var pages = await app.PagesAs(Demo.Officer);
        var page = await pages.GetAsync($"/impact?programId={program}");
        page.Document.QuerySelector("#impact-asof")!.TextContent.ShouldContain("Dihitung per");
    }
}
