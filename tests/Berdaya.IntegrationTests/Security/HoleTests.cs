using System.Net;
using System.Net.Http.Json;
using Berdaya.Data.Identity;
using Berdaya.Domain.Proposals;
using Berdaya.IntegrationTests.Admin;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Security;

/// <summary>The holes a role-by-endpoint matrix alone would miss: open records, ids in bodies, fields to ignore, files of other groups.</summary>
public sealed class HoleTests
{
    private static readonly string[] GroupTradeWrites =
        ["/api/v1/groups/{id:guid}/prices", "/api/v1/groups/{id:guid}/allocations", "/api/v1/groups/{id:guid}/supply-orders", "/api/v1/groups/{id:guid}/products",
            "/api/v1/groups/{id:guid}/variants"];

    [Theory]
    [AllDatabases]
    public async Task Readers_and_the_chair_cannot_write_to_an_open_proposal_of_their_scope(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var (groupId, proposalId, partners) = await GroupScenario.SubmittedAsync(app, 5);
        var open = d with { CitraSari = groupId, Proposal = proposalId, Member = partners[0].Id };
        var chairOfOpen = await GroupScenario.PartnerUserAsync(app, partners[0].Id);
        var failures = new List<string>();
        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer, chairOfOpen })
        {
            var api = await app.ApiAs(email);
            // A group's prices, products, variants, allocations and supply orders are the chair's to write (decision 0021); evaluators and viewers are checked by the matrix.
            foreach (var rule in AccessMatrix.Api.Where(r => r.Method != "GET" && (r.Url.Contains("{proposal}", StringComparison.Ordinal) || r.Url.Contains("{group}", StringComparison.Ordinal) || r.Pattern == "/api/v1/proposals/")
                         && !GroupTradeWrites.Any(w => r.Pattern.StartsWith(w, StringComparison.Ordinal))))
            {
                using var response = await api.SendAsync(MatrixCalls.Request(rule, open));
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{email} {rule.Key} -> {(int)response.StatusCode}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        await using var scope = app.Scope(out var db);
        var proposal = await db.Proposals.Include(p => p.Items).ThenInclude(i => i.Survey).SingleAsync(p => p.Id == proposalId);
        proposal.Status.ShouldBe(ProposalStatus.Submitted);
        proposal.Items.ShouldAllBe(i => i.Survey == null && i.Decision == null);
        (await db.Attachments.CountAsync(a => a.OwnerId == proposalId)).ShouldBe(0);
        (await db.Proposals.CountAsync(p => p.GroupId == groupId)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task A_role_that_may_not_attach_is_refused_before_the_file_is_checked(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, proposalId, _) = await GroupScenario.SubmittedAsync(app, 5);
        var tooLarge = new byte[6 * 1024 * 1024];
        "%PDF-1.4"u8.CopyTo(tooLarge);
        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer })
        {
            var api = await app.ApiAs(email);
            await (await api.PostAsync($"/api/v1/proposals/{proposalId}/attachments", Form("besar.pdf", tooLarge))).Problem(HttpStatusCode.Forbidden);
            await (await api.PostAsync($"/api/v1/proposals/{proposalId}/attachments", Form("foto.pdf", Png))).Problem(HttpStatusCode.Forbidden);
            await (await api.PostAsync($"/api/v1/proposals/{proposalId}/attachments", new MultipartFormDataContent())).Problem(HttpStatusCode.Forbidden);

            var pages = await app.PagesAs(email);
            var page = await pages.GetAsync($"/proposals/{proposalId}");
            page.Document.QuerySelector("input[type='file']").ShouldBeNull();
            using var form = Form("besar.pdf", tooLarge);
            form.Add(new StringContent(page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken");
            var posted = await pages.Http.PostAsync($"/proposals/{proposalId}?handler=Upload", form);
            posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        // The same file from an officer is refused for its size, naming the field.
        var officer = await app.ApiAs(Demo.Officer);
        await (await officer.PostAsync($"/api/v1/proposals/{proposalId}/attachments", Form("besar.pdf", tooLarge))).Problem(HttpStatusCode.RequestEntityTooLarge, "file");
        await using var scope = app.Scope(out var db);
        (await db.Attachments.CountAsync(a => a.OwnerId == proposalId)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_user_cannot_write_to_another_groups_proposal(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app, 5);
        var officer = await app.ApiAs(Demo.Officer);
        var created = await (await officer.PostAsJsonAsync("/api/v1/proposals", new { groupId, businessPlan = "Modal", items = GroupScenario.Items(partners) }))
            .Json200(HttpStatusCode.Created);
        var draft = created.GetProperty("id").GetGuid();

        // Citra Sari's treasurer may edit her own group's proposals, not this group's.
        var outsider = await app.ApiAs(Demo.Treasurer);
        await (await outsider.PutAsJsonAsync($"/api/v1/proposals/{draft}", new { businessPlan = "Diubah", items = GroupScenario.Items(partners, 1_000_000m) })).Problem(HttpStatusCode.NotFound);
        await (await outsider.PostAsync($"/api/v1/proposals/{draft}/submit", null)).Problem(HttpStatusCode.NotFound);
        await (await outsider.PostAsync($"/api/v1/proposals/{draft}/attachments", Form("a.pdf", MatrixCalls.Pdf))).Problem(HttpStatusCode.NotFound);
        await (await outsider.PostAsJsonAsync("/api/v1/proposals", new { groupId, items = GroupScenario.Items(partners) })).Problem(HttpStatusCode.NotFound);
        var outsiderPages = await app.PagesAs(Demo.Treasurer);
        (await outsiderPages.Http.GetAsync($"/proposals/{draft}/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsiderPages.Http.GetAsync($"/groups/{groupId}/proposals/new")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The group's own treasurer may (the control that shows the refusals above are about the group).
        var own = await app.ApiAs(await GroupScenario.PartnerUserAsync(app, partners[2].Id));
        var changed = await (await own.PutAsJsonAsync($"/api/v1/proposals/{draft}", new { businessPlan = "Diubah bendahara", items = GroupScenario.Items(partners, 2_000_000m) })).Json200();
        changed.GetProperty("requestedTotal").GetDecimal().ShouldBe(10_000_000m);
        await using var scope = app.Scope(out var db);
        var saved = await db.Proposals.SingleAsync(p => p.Id == draft);
        saved.BusinessPlan.ShouldBe("Diubah bendahara");
        saved.Status.ShouldBe(ProposalStatus.Draft);
        (await db.Attachments.CountAsync(a => a.OwnerId == draft)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_cannot_reach_outside_their_villages_through_an_id_in_the_body(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var (outsideGroup, outsidePartners) = await GroupScenario.GroupAsync(app, 5, TestData.OutsideFacilitator);
        var (ownGroup, ownPartners) = await GroupScenario.GroupAsync(app, 5);
        var facilitator = await app.ApiAs(Demo.Facilitator);

        await (await facilitator.PostAsJsonAsync("/api/v1/proposals", new { groupId = outsideGroup, items = GroupScenario.Items(outsidePartners) })).Problem(HttpStatusCode.NotFound);
        await (await facilitator.PostAsJsonAsync($"/api/v1/socializations/{d.Socialization}/attendees", new { partnerId = outsidePartners[0].Id, interested = true }))
            .Problem(HttpStatusCode.NotFound, "partnerId");

        // Partners out of scope are "not found" exactly like ids that do not exist.
        var members = ownPartners.Take(4).Append(outsidePartners[0]).ToList();
        var outside = await (await facilitator.PutAsJsonAsync($"/api/v1/groups/{ownGroup}/members", new { members = GroupScenario.Members(members) })).Problem(HttpStatusCode.BadRequest, "members[4].partnerId");
        var unknown = await (await facilitator.PutAsJsonAsync($"/api/v1/groups/{ownGroup}/members",
            new { members = GroupScenario.Members(ownPartners.Take(4).Append((Guid.NewGuid(), "x"))) })).Problem(HttpStatusCode.BadRequest, "members[4].partnerId");
        GroupScenario.Message(outside, "members[4].partnerId").ShouldBe(GroupScenario.Message(unknown, "members[4].partnerId"));
        await (await facilitator.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(TestData.Unique("Kelompok"), outsidePartners.Take(3))))
            .Problem(HttpStatusCode.BadRequest, "members[0].partnerId");

        await using (var scope = app.Scope(out var db))
        {
            (await db.GroupMemberships.CountAsync(m => m.GroupId == ownGroup && m.ActivePartnerId != null)).ShouldBe(5);
            (await db.GroupMemberships.CountAsync(m => m.PartnerId == outsidePartners[0].Id && m.GroupId != outsideGroup)).ShouldBe(0);
            (await db.Proposals.CountAsync(p => p.GroupId == outsideGroup)).ShouldBe(0);
            (await db.SocializationAttendees.CountAsync(a => a.PartnerId == outsidePartners[0].Id)).ShouldBe(0);
        }

        // A proposal item for someone outside the group is refused, whoever the person is.
        await (await facilitator.PostAsJsonAsync("/api/v1/proposals", new { groupId = ownGroup, items = GroupScenario.Items(ownPartners.Take(4).Append(outsidePartners[0])) }))
            .Problem(HttpStatusCode.BadRequest, "items[4].partnerId");
    }

    [Theory]
    [AllDatabases]
    public async Task A_program_id_in_a_body_outside_the_users_scope_is_not_found_or_ignored(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var admin = await app.ApiAs(Demo.Admin);
        var other = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        var (nik, sex, birth) = TestData.Person();
        var owner = TestData.Unique("Mitra");
        var partner = new
        {
            programId = other,
            ownerName = owner,
            nik,
            sex,
            birthDate = birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            villageCode = TestData.Narimbang,
            businessName = "Usaha " + owner,
            sector = "Makanan",
        };
        foreach (var email in new[] { Demo.Officer, Demo.Facilitator })
        {
            var api = await app.ApiAs(email);
            await (await api.PostAsJsonAsync("/api/v1/partners", partner)).Problem(HttpStatusCode.NotFound);
            await (await api.PostAsJsonAsync("/api/v1/socializations", new { programId = other, heldOn = "2026-01-05", villageCode = TestData.Narimbang, place = "Balai desa", topics = "Program" }))
                .Problem(HttpStatusCode.NotFound);
            await (await api.PostAsJsonAsync("/api/v1/groups", new { programId = other, name = TestData.Unique("Kelompok"), formedOn = "2026-01-10", villageCode = TestData.Narimbang, members = Array.Empty<object>() }))
                .Problem(HttpStatusCode.NotFound);
        }

        // Editing ignores a program id: a partner stays in the program it was registered in.
        var officer = await app.ApiAs(Demo.Officer);
        var mine = (await GroupScenario.PartnersAsync(app, 1))[0];
        var current = await (await officer.GetAsync($"/api/v1/partners/{mine.Id}")).Json200();
        var edit = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(current.GetRawText())!;
        edit["programId"] = other;
        edit["nik"] = "";
        edit["ownerName"] = mine.Name + " Baru";
        var edited = await (await officer.PutAsJsonAsync($"/api/v1/partners/{mine.Id}", edit)).Json200();
        edited.GetProperty("programId").GetGuid().ShouldBe(d.Program);

        // A facilitator naming another facilitator for a meeting still records it as their own.
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var (otherFacilitator, _) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "lain");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{otherFacilitator}/scope", new { programIds = new[] { d.Program }, villageCodes = new[] { TestData.Narimbang } })).Json200();
        var place = TestData.Unique("Balai");
        var meeting = await (await facilitator.PostAsJsonAsync("/api/v1/socializations",
            new { heldOn = "2026-01-05", villageCode = TestData.Narimbang, place, topics = "Program", facilitatorUserId = otherFacilitator })).Json200(HttpStatusCode.Created);
        var me = await (await facilitator.GetAsync("/api/v1/auth/me")).Json200();
        meeting.GetProperty("facilitatorUserId").GetString().ShouldBe(me.GetProperty("id").GetString());

        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.ProgramId == other)).ShouldBe(0);
        (await db.Socializations.CountAsync(s => s.ProgramId == other)).ShouldBe(0);
        (await db.Groups.CountAsync(g => g.ProgramId == other)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task An_attachment_is_found_only_through_its_own_proposal_by_users_who_see_that_proposal(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var (_, otherProposal, _) = await GroupScenario.SubmittedAsync(app, 5);
        var officer = await app.ApiAs(Demo.Officer);
        var uploaded = await (await officer.PostAsync($"/api/v1/proposals/{otherProposal}/attachments", Form("rahasia.pdf", MatrixCalls.Pdf))).Json200(HttpStatusCode.Created);
        var file = uploaded.GetProperty("id").GetGuid();

        (await officer.GetAsync($"/api/v1/proposals/{otherProposal}/attachments/{file}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.GetAsync($"/api/v1/proposals/{d.Proposal}/attachments/{file}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var email in new[] { Demo.Chair, Demo.Treasurer })
        {
            var api = await app.ApiAs(email);
            (await api.GetAsync($"/api/v1/proposals/{d.Proposal}/attachments/{d.Attachment}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await api.GetAsync($"/api/v1/proposals/{d.Proposal}/attachments/{file}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await api.GetAsync($"/api/v1/proposals/{otherProposal}/attachments/{file}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var pages = await app.PagesAs(email);
            (await pages.Http.GetAsync($"/proposals/{d.Proposal}/attachments/{file}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await pages.Http.GetAsync($"/proposals/{otherProposal}/attachments/{file}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_demoted_or_deactivated_user_loses_the_old_role_at_once(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.ProgramOfficer, "turun");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { programIds = new[] { d.Program } })).Json200();
        var api = await app.ApiAs(email);
        var pages = await app.PagesAs(email);
        var decide = AccessMatrix.Api.Single(r => r.Key == "POST /api/v1/proposals/{id:guid}/decisions");

        // As an officer the decision reaches the proposal (which is decided already: 409).
        (await api.SendAsync(MatrixCalls.Request(decide, d))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await pages.Http.GetAsync($"/proposals/{d.Proposal}/surveys/{d.Member}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Demoted to viewer: the token and the cookie issued before carry the old role, and must not work as it.
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { role = Roles.Viewer })).Json200();
        (await api.SendAsync(MatrixCalls.Request(decide, d))).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        var page = await pages.Http.GetAsync($"/proposals/{d.Proposal}/surveys/{d.Member}");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldMatch("/(login|denied)");

        // Logged in again, the user is a viewer; deactivated, nothing works any more.
        var viewer = await app.ApiAs(email);
        (await viewer.SendAsync(MatrixCalls.Request(decide, d))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { isActive = false })).Json200();
        (await viewer.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await viewer.GetAsync($"/api/v1/proposals/{d.Proposal}")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await pages.Http.GetAsync("/partners")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static MultipartFormDataContent Form(string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return form;
    }
}
