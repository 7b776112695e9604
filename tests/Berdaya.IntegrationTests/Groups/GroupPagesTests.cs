using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Groups;

public sealed class GroupPagesTests
{
    /// <summary>The form values that tick the partners' rows with their roles (chair, secretary, treasurer, members).</summary>
    private static Dictionary<string, string> Rows(IDocument page, IEnumerable<(Guid Id, string Name)> partners, string[]? roles = null)
    {
        var values = new Dictionary<string, string>();
        var i = 0;
        foreach (var p in partners)
        {
            var hidden = page.QuerySelector($"input[name$='.PartnerId'][value='{p.Id}']") ?? throw new InvalidOperationException($"no row for {p.Name}");
            var prefix = hidden.GetAttribute("name")![..^".PartnerId".Length];
            values[prefix + ".Selected"] = "true";
            values[prefix + ".Role"] = roles?[i] ?? (i < 3 ? GroupScenario.Roles[i] : "Member");
            i++;
        }

        return values;
    }

    [Theory]
    [AllDatabases]
    public async Task Facilitator_forms_a_group_on_the_page_and_sees_members_officers_and_timeline(string provider)
    {
        var app = await TestApp.For(provider);
        var village = await GroupScenario.QuietVillageAsync(app);
        var partners = await GroupScenario.PartnersAsync(app, 5, village);
        var pages = await app.PagesAs(Demo.Facilitator);
        var form = await pages.GetAsync($"/groups/new?village={village}");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var name = TestData.Unique("Aaa Mawar");
        var values = Rows(form.Document, partners);
        values["Input.Name"] = name;
        values["Input.FormedOn"] = "2026-02-01";
        values["Input.VillageCode"] = village;

        var saved = await pages.SubmitAsync(form, "#group-form", values);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", saved.Errors));
        var page = await pages.GetAsync(saved.Location!);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe(name);
        var members = page.Document.QuerySelector("#members")!;
        members.TextContent.ShouldContain("Ketua");
        members.TextContent.ShouldContain("Bendahara");
        members.TextContent.ShouldContain("•");
        members.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain($"/partners/{partners[0].Id}");
        var timeline = page.Document.QuerySelector("#timeline")!.TextContent;
        timeline.ShouldContain("Pemungkinan");
        timeline.ShouldContain("Kelompok dibentuk");

        var list = await pages.GetAsync("/groups");
        list.Html.ShouldContain(name);
    }

    [Theory]
    [AllDatabases]
    public async Task The_page_shows_officer_and_other_group_refusals_beside_the_fields_and_writes_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var village = await GroupScenario.QuietVillageAsync(app);
        var taken = await GroupScenario.PartnersAsync(app, 5, village);
        var partners = await GroupScenario.PartnersAsync(app, 5, village);
        var pages = await app.PagesAs(Demo.Officer);
        var name = TestData.Unique("Salah");

        var form = await pages.GetAsync($"/groups/new?village={village}");
        var values = Rows(form.Document, partners, ["Chair", "Chair", "Secretary", "Treasurer", "Member"]);
        values["Input.Name"] = name;
        values["Input.VillageCode"] = village;
        var refused = await pages.SubmitAsync(form, "#group-form", values);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldContain("Kelompok hanya boleh punya satu ketua.");

        // A partner still free when the form was opened joins another group before it is saved.
        form = await pages.GetAsync($"/groups/new?village={village}");
        var api = await app.ApiAs(Demo.Officer);
        var otherGroup = (await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(TestData.Unique("Kelompok"), taken, village)))
            .Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        values = Rows(form.Document, partners.Take(4).Append(taken[0]));
        values["Input.Name"] = name;
        values["Input.VillageCode"] = village;
        refused = await pages.SubmitAsync(form, "#group-form", values);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldContain(e => e.Contains(taken[0].Name) && e.Contains("kelompok"));

        await using var scope = app.Scope(out var db);
        (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
        (await db.GroupMemberships.CountAsync(m => m.PartnerId == taken[0].Id && m.GroupId == otherGroup)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task Partners_active_in_another_group_are_not_offered_on_the_new_group_and_members_pages(string provider)
    {
        var app = await TestApp.For(provider);
        var village = await GroupScenario.QuietVillageAsync(app);
        var (otherGroup, taken) = await GroupScenario.GroupAsync(app, 5, village);
        var (groupId, members) = await GroupScenario.GroupAsync(app, 5, village);
        var free = await GroupScenario.PartnersAsync(app, 2, village);
        var pages = await app.PagesAs(Demo.Facilitator);

        var form = await pages.GetAsync($"/groups/new?village={village}");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var offered = Offered(form.Document);
        offered.ShouldNotContain(id => taken.Concat(members).Any(t => t.Id == id));
        free.Select(p => p.Id).ShouldBeSubsetOf(offered);
        form.Html.ShouldNotContain(taken[0].Name);
        form.Html.ShouldNotContain(members[0].Name);

        var edit = await pages.GetAsync($"/groups/{groupId}/members");
        edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        var offeredThere = Offered(edit.Document);
        members.Concat(free).Select(p => p.Id).ShouldBeSubsetOf(offeredThere);
        offeredThere.ShouldNotContain(id => taken.Any(t => t.Id == id));
        edit.Html.ShouldNotContain(taken[0].Name);

        await using var scope = app.Scope(out var db);
        (await db.GroupMemberships.CountAsync(m => m.GroupId == otherGroup && m.ActivePartnerId != null)).ShouldBe(5);
    }

    private static List<Guid> Offered(IDocument page) =>
        page.QuerySelectorAll("input[name$='.PartnerId']").Select(i => Guid.Parse(i.GetAttribute("value")!)).ToList();

    [Theory]
    [AllDatabases]
    public async Task Officer_changes_membership_on_the_members_page(string provider)
    {
        var app = await TestApp.For(provider);
        var village = await GroupScenario.QuietVillageAsync(app);
        var (groupId, partners) = await GroupScenario.GroupAsync(app, 5, village);
        var newcomer = await GroupScenario.PartnersAsync(app, 1, village);
        var pages = await app.PagesAs(Demo.Officer);
        var form = await pages.GetAsync($"/groups/{groupId}/members");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);

        var values = Rows(form.Document, partners.Take(4).Concat(newcomer));
        var leaving = form.Document.QuerySelector($"input[name$='.PartnerId'][value='{partners[4].Id}']")!.GetAttribute("name")!.Replace(".PartnerId", ".Selected", StringComparison.Ordinal);
        var content = values.Where(kv => kv.Key != leaving).ToDictionary();
        var form2 = form.Document.QuerySelector($"input[name='{leaving}']")!;
        form2.RemoveAttribute("checked");
        var saved = await pages.SubmitAsync(form, "#members-form", content);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", saved.Errors));

        await using var scope = app.Scope(out var db);
        var active = await db.GroupMemberships.Where(m => m.GroupId == groupId && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync();
        active.ShouldBe(partners.Take(4).Concat(newcomer).Select(p => p.Id), ignoreOrder: true);
    }

    [Theory]
    [AllDatabases]
    public async Task Group_pages_answer_404_outside_the_scope_and_403_to_read_only_roles(string provider)
    {
        var app = await TestApp.For(provider);
        var (outside, _) = await GroupScenario.GroupAsync(app, 5, TestData.OutsideFacilitator);
        Guid citra;
        await using (var scope = app.Scope(out var db))
        {
            citra = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
        }

        var facilitator = await app.PagesAs(Demo.Facilitator);
        (await facilitator.GetAsync($"/groups/{outside}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await facilitator.GetAsync($"/groups/{outside}/members")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await facilitator.GetAsync("/groups")).Html.ShouldContain("Citra Sari");

        var chair = await app.PagesAs(Demo.Chair);
        var own = await chair.GetAsync($"/groups/{citra}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Document.QuerySelector("#members")!.TextContent.ShouldContain("Eti Rohaeti");
        // The page shows the latest year of the story; the socialization of 2005 is a tap away.
        own.Document.QuerySelector("#timeline-years")!.TextContent.ShouldContain("2005");
        own.Document.QuerySelector("#timeline")!.TextContent.ShouldNotContain("Sosialisasi");
        (await chair.GetAsync($"/groups/{citra}?year=2005")).Document.QuerySelector("#timeline")!.TextContent.ShouldContain("Sosialisasi");
        (await chair.GetAsync($"/groups/{outside}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await chair.GetAsync("/groups")).Html.ShouldNotContain("Opak Conggeang");
        (await chair.GetAsync("/groups/new")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var evaluator = await app.PagesAs(Demo.Evaluator);
        (await evaluator.GetAsync("/groups/new")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await evaluator.GetAsync($"/groups/{citra}/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
