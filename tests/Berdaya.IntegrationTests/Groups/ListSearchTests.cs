using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Groups;

/// <summary>The groups and proposals lists found by a part of the group's name, within the user's scope, paged.</summary>
public sealed class ListSearchTests
{
    /// <summary>A group named "<paramref name="name"/>" with a draft proposal, in <paramref name="village"/>.</summary>
    private static async Task<Guid> GroupWithProposalAsync(TestApp app, string name, string village)
    {
        var partners = await GroupScenario.PartnersAsync(app, 5, village);
        var api = await app.ApiAs(Demo.Officer);
        var group = (await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, partners, village)))
            .Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await api.PostAsJsonAsync("/api/v1/proposals", new { groupId = group, businessPlan = "Modal", items = GroupScenario.Items(partners) }))
            .Json200(HttpStatusCode.Created);
        return group;
    }

    [Theory]
    [AllDatabases]
    public async Task Groups_and_proposals_are_found_by_part_of_the_group_name_within_the_scope(string provider)
    {
        var app = await TestApp.For(provider);
        var mark = Guid.NewGuid().ToString("N")[..8];
        var inside = await GroupWithProposalAsync(app, $"Mawar {mark} Narimbang", TestData.Narimbang);
        var outside = await GroupWithProposalAsync(app, $"Melati {mark} Luar", TestData.OutsideFacilitator);

        var facilitator = await app.PagesAs(Demo.Facilitator);
        var groups = await facilitator.GetAsync($"/groups?q={mark.ToUpperInvariant()}");
        groups.StatusCode.ShouldBe(HttpStatusCode.OK);
        groups.Document.QuerySelector("#group-search input[name='q']")!.GetAttribute("value").ShouldBe(mark.ToUpperInvariant());
        Links(groups, "/groups/").ShouldBe([$"/groups/{inside}"]);

        var proposals = await facilitator.GetAsync($"/proposals?q={mark}");
        proposals.StatusCode.ShouldBe(HttpStatusCode.OK);
        proposals.Document.QuerySelectorAll("#proposals tbody tr").Length.ShouldBe(1);
        proposals.Html.ShouldContain($"Mawar {mark}");
        proposals.Html.ShouldNotContain($"Melati {mark}");

        var officer = await app.PagesAs(Demo.Officer);
        Links(await officer.GetAsync($"/groups?q={mark}"), "/groups/").ShouldBe([$"/groups/{inside}", $"/groups/{outside}"], ignoreOrder: true);
        (await officer.GetAsync($"/proposals?q=melati+{mark}&status=Draft")).Document.QuerySelectorAll("#proposals tbody tr").Length.ShouldBe(1);

        // A pattern character is a letter, not a wildcard; an overlong text is cut, never an error.
        var none = await facilitator.GetAsync("/groups?q=%25");
        none.StatusCode.ShouldBe(HttpStatusCode.OK);
        none.Document.QuerySelectorAll("table tbody tr").Length.ShouldBe(0);
        (await facilitator.GetAsync("/proposals?q=" + new string('a', 5000))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var api = await app.ApiAs(Demo.Facilitator);
        var listed = await (await api.GetAsync($"/api/v1/groups?q={mark}")).Json200();
        listed.EnumerateArray().Select(g => g.GetProperty("id").GetGuid()).ShouldBe([inside]);
    }

    [Fact]
    public async Task The_proposals_list_is_paged_and_its_links_keep_the_search()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var mark = Guid.NewGuid().ToString("N")[..8];
        var village = await GroupScenario.QuietVillageAsync(app);
        var partners = await GroupScenario.PartnersAsync(app, 5, village);
        var api = await app.ApiAs(Demo.Officer);
        var group = (await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody($"Kenanga {mark}", partners, village)))
            .Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await using (var scope = app.Scope(out var db))
        {
            // More proposals than a page holds; only their count matters here.
            var programId = db.Groups.Where(g => g.Id == group).Select(g => g.ProgramId).Single();
            for (var i = 0; i < 51; i++)
            {
                db.Proposals.Add(new Berdaya.Domain.Proposals.Proposal(programId, group, "Modal", "uji", DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        var officer = await app.PagesAs(Demo.Officer);
        var first = await officer.GetAsync($"/proposals?q={mark}");
        first.Document.QuerySelectorAll("#proposals tbody tr").Length.ShouldBe(50);
        var next = first.Document.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        next.ShouldContain($"q={mark}");
        var second = await officer.GetAsync(next);
        second.Document.QuerySelectorAll("#proposals tbody tr").Length.ShouldBe(1);
        second.Document.QuerySelector("a[rel='next']").ShouldBeNull();
    }

    private static List<string> Links(PageResult page, string prefix) =>
        page.Document.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
