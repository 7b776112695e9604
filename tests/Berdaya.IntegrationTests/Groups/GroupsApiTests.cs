using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Socialization;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Groups;

public sealed class GroupsApiTests
{
    [Theory]
    [AllDatabases]
    public async Task Officer_forms_a_group_that_is_listed_with_its_officers_and_timeline(string provider)
    {
        var app = await TestApp.For(provider);
        var partners = await GroupScenario.PartnersAsync(app, 6);
        var api = await app.ApiAs(Demo.Officer);
        var name = TestData.Unique("Aaa Melati");

        var created = await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, partners))).Json200(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("members").GetArrayLength().ShouldBe(6);
        created.GetProperty("villageName").GetString()!.ShouldStartWith("Narimbang");

        var list = await (await api.GetAsync("/api/v1/groups?page=1")).Json200();
        var row = list.EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == id);
        row.GetProperty("members").GetInt32().ShouldBe(6);
        row.GetProperty("officers").GetArrayLength().ShouldBe(3);
        row.GetProperty("latestProposalStatus").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var detail = await (await api.GetAsync($"/api/v1/groups/{id}")).Json200();
        var chair = detail.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("role").GetString() == "Chair");
        chair.GetProperty("partnerId").GetGuid().ShouldBe(partners[0].Id);
        chair.GetProperty("phone").GetString()!.ShouldContain("•");

        var timeline = await (await api.GetAsync($"/api/v1/groups/{id}/timeline")).Json200();
        timeline.EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "group.formed" && e.GetProperty("approach").GetString() == "Enabling");

        await using var scope = app.Scope(out var db);
        var group = await db.Groups.Include(g => g.Members).SingleAsync(g => g.Id == id);
        group.Name.ShouldBe(name);
        group.ActiveMembers.Count().ShouldBe(6);
        group.RoleOf(partners[1].Id).ShouldBe(GroupRole.Secretary);
    }

    [Theory]
    [AllDatabases]
    public async Task A_group_without_a_chair_or_with_two_chairs_is_refused_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var partners = await GroupScenario.PartnersAsync(app, 5);
        var api = await app.ApiAs(Demo.Officer);
        var name = TestData.Unique("Tanpa Ketua");

        var noChair = partners.Select((p, i) => new { partnerId = p.Id, role = i == 0 ? "Member" : i == 1 ? "Secretary" : i == 2 ? "Treasurer" : "Member" }).ToArray();
        var problem = await (await api.PostAsJsonAsync("/api/v1/groups", new { name, formedOn = "2026-01-10", villageCode = TestData.Narimbang, members = noChair }))
            .Problem(HttpStatusCode.BadRequest, "chair");
        GroupScenario.Message(problem, "chair").ShouldContain("ketua");

        var twoChairs = partners.Select((p, i) => new { partnerId = p.Id, role = i < 2 ? "Chair" : i == 2 ? "Secretary" : i == 3 ? "Treasurer" : "Member" }).ToArray();
        problem = await (await api.PostAsJsonAsync("/api/v1/groups", new { name, formedOn = "2026-01-10", villageCode = TestData.Narimbang, members = twoChairs }))
            .Problem(HttpStatusCode.BadRequest, "chair");
        GroupScenario.Message(problem, "chair").ShouldContain("hanya boleh punya satu ketua");

        await using var scope = app.Scope(out var db);
        (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
        var ids = partners.Select(p => p.Id).ToList();
        (await db.GroupMemberships.CountAsync(m => ids.Contains(m.PartnerId))).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Too_few_or_too_many_members_are_refused_with_the_program_limits(string provider)
    {
        var app = await TestApp.For(provider);
        var partners = await GroupScenario.PartnersAsync(app, 21);
        var api = await app.ApiAs(Demo.Officer);
        var name = TestData.Unique("Ukuran");

        var few = await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, partners.Take(4)))).Problem(HttpStatusCode.BadRequest, "members");
        GroupScenario.Message(few, "members").ShouldContain("minimal 5");
        var many = await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, partners))).Problem(HttpStatusCode.BadRequest, "members");
        GroupScenario.Message(many, "members").ShouldContain("maksimal 20");

        await using var scope = app.Scope(out var db);
        (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_in_another_active_group_is_refused_naming_the_partner_and_the_group(string provider)
    {
        var app = await TestApp.For(provider);
        var (firstGroup, partners) = await GroupScenario.GroupAsync(app);
        var others = await GroupScenario.PartnersAsync(app, 4);
        var api = await app.ApiAs(Demo.Officer);
        string firstName;
        await using (var s = app.Scope(out var db0))
        {
            firstName = await db0.Groups.Where(g => g.Id == firstGroup).Select(g => g.Name).SingleAsync();
        }

        var name = TestData.Unique("Kedua");
        var members = others.Append(partners[3]).ToList();
        var problem = await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, members))).Problem(HttpStatusCode.Conflict, "members[4].partnerId");
        var message = GroupScenario.Message(problem, "members[4].partnerId");
        message.ShouldContain(partners[3].Name);
        message.ShouldContain(firstName);

        await using var scope = app.Scope(out var db);
        (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
        (await db.GroupMemberships.CountAsync(m => m.PartnerId == partners[3].Id)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task An_unknown_village_or_one_outside_the_facilitators_villages_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var partners = await GroupScenario.PartnersAsync(app, 5);
        var name = TestData.Unique("Desa");
        var officer = await app.ApiAs(Demo.Officer);
        await (await officer.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, partners, "99.99.99.9999"))).Problem(HttpStatusCode.BadRequest, "villageCode");

        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, partners, TestData.OutsideFacilitator))).Problem(HttpStatusCode.BadRequest, "villageCode");

        await using var scope = app.Scope(out var db);
        (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Facilitator_forms_a_group_in_their_village_and_is_its_facilitator(string provider)
    {
        var app = await TestApp.For(provider);
        var partners = await GroupScenario.PartnersAsync(app, 5);
        var api = await app.ApiAs(Demo.Facilitator);
        var created = await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(TestData.Unique("Pendamping"), partners))).Json200(HttpStatusCode.Created);
        created.GetProperty("facilitatorName").GetString()!.ShouldContain("Asep");
    }

    [Theory]
    [AllDatabases]
    public async Task The_officer_chooses_a_facilitator_user_whose_villages_hold_the_group(string provider)
    {
        var app = await TestApp.For(provider);
        var partners = await GroupScenario.PartnersAsync(app, 5);
        var api = await app.ApiAs(Demo.Officer);
        string facilitatorId, officerId;
        await using (var scope = app.Scope(out var db))
        {
            facilitatorId = await db.Users.Where(u => u.Email == Demo.Facilitator).Select(u => u.Id).SingleAsync();
            officerId = await db.Users.Where(u => u.Email == Demo.Officer).Select(u => u.Id).SingleAsync();
        }

        var name = TestData.Unique("Dipilih");
        object Body(string village, string facilitator) => new { name, formedOn = "2026-01-10", villageCode = village, facilitatorUserId = facilitator, members = GroupScenario.Members(partners) };
        await (await api.PostAsJsonAsync("/api/v1/groups", Body(TestData.Narimbang, officerId))).Problem(HttpStatusCode.BadRequest, "facilitatorUserId");
        await (await api.PostAsJsonAsync("/api/v1/groups", Body(TestData.OutsideFacilitator, facilitatorId))).Problem(HttpStatusCode.BadRequest, "villageCode");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
        }

        var created = await (await api.PostAsJsonAsync("/api/v1/groups", Body(TestData.Narimbang, facilitatorId))).Json200(HttpStatusCode.Created);
        created.GetProperty("facilitatorUserId").GetString().ShouldBe(facilitatorId);

        // Evaluators read groups but never see phone numbers (docs/domain.md, Roles and scope).
        var evaluator = await app.ApiAs(Demo.Evaluator);
        var seen = await (await evaluator.GetAsync($"/api/v1/groups/{created.GetProperty("id").GetGuid()}")).Json200();
        seen.GetProperty("members").EnumerateArray().ShouldAllBe(m => m.GetProperty("phone").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [AllDatabases]
    public async Task Out_of_scope_groups_answer_404_and_read_only_roles_may_not_write(string provider)
    {
        var app = await TestApp.For(provider);
        var (outside, outsiders) = await GroupScenario.GroupAsync(app, 5, TestData.OutsideFacilitator);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.GetAsync($"/api/v1/groups/{outside}")).Problem(HttpStatusCode.NotFound);
        await (await facilitator.GetAsync($"/api/v1/groups/{outside}/timeline")).Problem(HttpStatusCode.NotFound);
        await (await facilitator.PutAsJsonAsync($"/api/v1/groups/{outside}/members", new { members = GroupScenario.Members(outsiders) })).Problem(HttpStatusCode.NotFound);
        (await (await facilitator.GetAsync("/api/v1/groups")).Json200()).EnumerateArray().ShouldNotContain(g => g.GetProperty("id").GetGuid() == outside);

        var chair = await app.ApiAs(Demo.Chair);
        await (await chair.GetAsync($"/api/v1/groups/{outside}")).Problem(HttpStatusCode.NotFound);
        var own = await (await chair.GetAsync("/api/v1/groups")).Json200();
        own.EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["Citra Sari"]);

        var partners = await GroupScenario.PartnersAsync(app, 5);
        var name = TestData.Unique("Dilarang");
        foreach (var user in new[] { Demo.Evaluator, Demo.Viewer, Demo.Chair })
        {
            var api = await app.ApiAs(user);
            await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, partners))).Problem(HttpStatusCode.Forbidden);
        }

        await using var scope = app.Scope(out var db);
        (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Changing_members_closes_the_leavers_membership_so_they_may_join_another_group(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app, 6);
        var newcomer = await GroupScenario.PartnersAsync(app, 1);
        var api = await app.ApiAs(Demo.Officer);

        var members = partners.Take(5).Concat(newcomer).ToList();
        var detail = await (await api.PutAsJsonAsync($"/api/v1/groups/{groupId}/members", new { members = GroupScenario.Members(members) })).Json200();
        detail.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("partnerId").GetGuid()).ShouldBe(members.Select(m => m.Id), ignoreOrder: true);

        // A refused change writes nothing.
        await (await api.PutAsJsonAsync($"/api/v1/groups/{groupId}/members", new { members = GroupScenario.Members(members.Take(4)) })).Problem(HttpStatusCode.BadRequest, "members");

        await using (var scope = app.Scope(out var db))
        {
            var leaver = await db.GroupMemberships.SingleAsync(m => m.PartnerId == partners[5].Id);
            leaver.ActivePartnerId.ShouldBeNull();
            leaver.LeftOn.ShouldNotBeNull();
            (await db.GroupMemberships.CountAsync(m => m.GroupId == groupId && m.ActivePartnerId != null)).ShouldBe(6);
        }

        var others = await GroupScenario.PartnersAsync(app, 4);
        await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(TestData.Unique("Baru"), others.Append(partners[5])))).Json200(HttpStatusCode.Created);
    }

    [Theory]
    [AllDatabases]
    public async Task The_group_timeline_shows_the_socialization_its_members_attended(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app);
        var place = TestData.Unique("Balai desa");
        await using (var scope = app.Scope(out var db))
        {
            var programId = await db.Groups.Where(g => g.Id == groupId).Select(g => g.ProgramId).SingleAsync();
            var meeting = new SocializationEvent(programId, new DateOnly(2025, 12, 1), TestData.Narimbang, place, null, null, "Jasa administrasi 6% setahun");
            meeting.AddAttendee(partners[0].Name, null, TestData.Narimbang, true, partners[0].Id);
            meeting.AddAttendee(partners[1].Name, null, TestData.Narimbang, true, partners[1].Id);
            db.Socializations.Add(meeting);
            await db.SaveChangesAsync();
        }

        var api = await app.ApiAs(Demo.Facilitator);
        var timeline = (await (await api.GetAsync($"/api/v1/groups/{groupId}/timeline")).Json200()).EnumerateArray().ToList();
        timeline.Count.ShouldBe(2);
        timeline[0].GetProperty("kind").GetString().ShouldBe("socialization.attended");
        timeline[0].GetProperty("summary").GetString()!.ShouldContain(place);
        timeline[0].GetProperty("summary").GetString()!.ShouldContain(partners[1].Name);
        timeline[1].GetProperty("kind").GetString().ShouldBe("group.formed");
    }
}
