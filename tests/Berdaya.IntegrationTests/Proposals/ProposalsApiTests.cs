using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Proposals;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Proposals;

public sealed class ProposalsApiTests
{
    [Theory]
    [AllDatabases]
    public async Task Full_path_from_group_formation_to_the_approved_list(string provider)
    {
        var app = await TestApp.For(provider);
        var partners = await GroupScenario.PartnersAsync(app, 5);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var group = await (await facilitator.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(TestData.Unique("Jalur Penuh"), partners))).Json200(HttpStatusCode.Created);
        var groupId = group.GetProperty("id").GetGuid();

        // The secretary (a partner user) drafts and submits for the group.
        var secretary = await app.ApiAs(await GroupScenario.PartnerUserAsync(app, partners[1].Id));
        var draft = await (await secretary.PostAsJsonAsync("/api/v1/proposals", new { groupId, businessPlan = "Modal bahan baku", items = GroupScenario.Items(partners.Take(4), 4_000_000m) }))
            .Json200(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        draft.GetProperty("requestedTotal").GetDecimal().ShouldBe(16_000_000m);
        var edited = await (await secretary.PutAsJsonAsync($"/api/v1/proposals/{id}", new { businessPlan = "Modal bahan baku dan kemasan", items = GroupScenario.Items(partners, 4_000_000m) })).Json200();
        edited.GetProperty("items").GetArrayLength().ShouldBe(5);
        (await (await secretary.PostAsync($"/api/v1/proposals/{id}/submit", null)).Json200()).GetProperty("status").GetString().ShouldBe("Submitted");

        var officer = await app.ApiAs(Demo.Officer);
        var first = await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(partners[0].Id, 3_000_000m))).Json200(HttpStatusCode.Created);
        first.GetProperty("status").GetString().ShouldBe("UnderSurvey");
        foreach (var p in partners.Skip(1))
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(p.Id, 4_000_000m))).Json200(HttpStatusCode.Created);
        }

        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = partners[0].Id, approve = true, amount = 3_000_000m })).Json200();
        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = partners[1].Id, approve = false, reason = "Usaha belum berjalan" })).Json200();
        (await (await officer.GetAsync($"/api/v1/proposals/{id}/approved")).Json200()).GetArrayLength().ShouldBe(0);
        foreach (var p in partners.Skip(2))
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = p.Id, approve = true, amount = 3_500_000m })).Json200();
        }

        var decided = await (await officer.GetAsync($"/api/v1/proposals/{id}")).Json200();
        decided.GetProperty("status").GetString().ShouldBe("Decided");
        decided.GetProperty("approvedTotal").GetDecimal().ShouldBe(13_500_000m);
        decided.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).ShouldBe(["Draft", "Submitted", "UnderSurvey", "Decided"]);

        var approved = (await (await officer.GetAsync($"/api/v1/proposals/{id}/approved")).Json200()).EnumerateArray().ToList();
        approved.Count.ShouldBe(4);
        approved.ShouldContain(a => a.GetProperty("partnerId").GetGuid() == partners[0].Id && a.GetProperty("amount").GetDecimal() == 3_000_000m
                                    && a.GetProperty("ownerName").GetString() == partners[0].Name);
        approved.ShouldNotContain(a => a.GetProperty("partnerId").GetGuid() == partners[1].Id);

        var kinds = (await (await facilitator.GetAsync($"/api/v1/groups/{groupId}/timeline")).Json200()).EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        kinds.ShouldContain("proposal.submitted");
        kinds.Count(k => k == "survey.recorded").ShouldBe(5);
        kinds.Last().ShouldBe("proposal.decided");
        (await (await officer.GetAsync("/api/v1/proposals?status=Decided")).Json200()).EnumerateArray().ShouldContain(p => p.GetProperty("id").GetGuid() == id);
        (await (await officer.GetAsync("/api/v1/proposals?status=Draft")).Json200()).EnumerateArray().ShouldNotContain(p => p.GetProperty("id").GetGuid() == id);

        await using var scope = app.Scope(out var db);
        var stored = await db.Proposals.Include(p => p.History).SingleAsync(p => p.Id == id);
        stored.Status.ShouldBe(ProposalStatus.Decided);
        stored.History.ShouldAllBe(h => h.ChangedBy.Length > 0);
        (await db.Timeline.CountAsync(t => t.GroupId == groupId && t.Kind == "survey.recorded" && t.PartnerId != null)).ShouldBe(5);
    }

    [Theory]
    [AllDatabases]
    public async Task A_proposal_with_no_members_cannot_be_submitted(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, _) = await GroupScenario.GroupAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var draft = await (await api.PostAsJsonAsync("/api/v1/proposals", new { groupId, businessPlan = "Rencana", items = Array.Empty<object>() })).Json200(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();

        await (await api.PostAsync($"/api/v1/proposals/{id}/submit", null)).Problem(HttpStatusCode.BadRequest, "items");

        await using var scope = app.Scope(out var db);
        (await db.Proposals.SingleAsync(p => p.Id == id)).Status.ShouldBe(ProposalStatus.Draft);
    }

    [Theory]
    [AllDatabases]
    public async Task Zero_negative_or_fractional_amounts_and_partners_outside_the_group_are_refused_by_row(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app);
        var stranger = await GroupScenario.PartnersAsync(app, 1);
        var api = await app.ApiAs(Demo.Officer);
        var items = new object[]
        {
            new { partnerId = partners[0].Id, amount = 0m, purpose = "Bahan" },
            new { partnerId = partners[1].Id, amount = -5m, purpose = "Bahan" },
            new { partnerId = partners[2].Id, amount = 1_000_000.5m, purpose = "Bahan" },
            new { partnerId = stranger[0].Id, amount = 1_000_000m, purpose = "Bahan" },
        };
        var problem = await (await api.PostAsJsonAsync("/api/v1/proposals", new { groupId, items })).Problem(HttpStatusCode.BadRequest, "items[0].amount");
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("items[1].amount", out _).ShouldBeTrue();
        errors.TryGetProperty("items[2].amount", out _).ShouldBeTrue();
        errors.TryGetProperty("items[3].partnerId", out _).ShouldBeTrue();

        await using var scope = app.Scope(out var db);
        (await db.Proposals.CountAsync(p => p.GroupId == groupId)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task One_open_proposal_per_group_and_a_submitted_one_is_no_longer_editable(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, id, partners) = await GroupScenario.SubmittedAsync(app);
        var api = await app.ApiAs(Demo.Officer);

        var open = await (await api.PostAsJsonAsync("/api/v1/proposals", new { groupId, items = GroupScenario.Items(partners) })).Problem(HttpStatusCode.Conflict, "groupId");
        GroupScenario.Message(open, "groupId").ShouldContain("Diajukan");
        var edit = await (await api.PutAsJsonAsync($"/api/v1/proposals/{id}", new { businessPlan = "Ubah", items = GroupScenario.Items(partners, 1m) })).Problem(HttpStatusCode.Conflict);
        edit.GetProperty("detail").GetString()!.ShouldContain("Diajukan");
        await (await api.PostAsync($"/api/v1/proposals/{id}/submit", null)).Problem(HttpStatusCode.Conflict);

        await using var scope = app.Scope(out var db);
        (await db.Proposals.CountAsync(p => p.GroupId == groupId)).ShouldBe(1);
        (await db.ProposalItems.Where(i => i.ProposalId == id).Select(i => i.RequestedAmount).ToListAsync()).ShouldAllBe(a => a == 3_000_000m);
    }

    [Theory]
    [AllDatabases]
    public async Task The_officer_returns_a_submitted_proposal_with_a_reason(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, id, _) = await GroupScenario.SubmittedAsync(app);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync($"/api/v1/proposals/{id}/return", new { reason = "Lengkapi" })).Problem(HttpStatusCode.Forbidden);
        var officer = await app.ApiAs(Demo.Officer);
        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/return", new { reason = " " })).Problem(HttpStatusCode.BadRequest, "reason");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Proposals.SingleAsync(p => p.Id == id)).Status.ShouldBe(ProposalStatus.Submitted);
        }

        var returned = await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/return", new { reason = "Lengkapi rencana usaha" })).Json200();
        returned.GetProperty("status").GetString().ShouldBe("Draft");
        var last = returned.GetProperty("history").EnumerateArray().Last();
        last.GetProperty("from").GetString().ShouldBe("Submitted");
        last.GetProperty("note").GetString().ShouldBe("Lengkapi rencana usaha");
        last.GetProperty("changedByName").GetString()!.ShouldContain("Hendra");
    }

    [Theory]
    [AllDatabases]
    public async Task Attachments_are_checked_by_content_and_size_and_download_as_attachments(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, id, _) = await GroupScenario.SubmittedAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

        var created = await (await api.PostAsync($"/api/v1/proposals/{id}/attachments", Files.Form("rencana.pdf", pdf))).Json200(HttpStatusCode.Created);
        var attachmentId = created.GetProperty("id").GetGuid();
        var download = await api.GetAsync($"/api/v1/proposals/{id}/attachments/{attachmentId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("rencana.pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        await (await api.PostAsync($"/api/v1/proposals/{id}/attachments", Files.Form("rencana.pdf", "bukan pdf"u8.ToArray()))).Problem(HttpStatusCode.BadRequest, "file");
        var mismatch = await (await api.PostAsync($"/api/v1/proposals/{id}/attachments", Files.Form("rencana.pdf", Files.Png))).Problem(HttpStatusCode.BadRequest, "file");
        GroupScenario.Message(mismatch, "file").ShouldContain(".png");
        var big = new byte[5 * 1024 * 1024 + 1];
        pdf.CopyTo(big, 0);
        await (await api.PostAsync($"/api/v1/proposals/{id}/attachments", Files.Form("besar.pdf", big))).Problem(HttpStatusCode.RequestEntityTooLarge, "file");
        await (await api.PostAsync($"/api/v1/proposals/{id}/attachments", new MultipartFormDataContent())).Problem(HttpStatusCode.BadRequest, "file");

        await using var scope = app.Scope(out var db);
        (await db.Attachments.CountAsync(a => a.OwnerId == id)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task Surveys_are_for_officers_scored_one_to_five_and_recorded_once(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, id, partners) = await GroupScenario.SubmittedAsync(app);
        foreach (var user in new[] { Demo.Facilitator, Demo.Evaluator, Demo.Viewer })
        {
            var other = await app.ApiAs(user);
            var status = (await other.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(partners[0].Id, 1_000_000m))).StatusCode;
            status.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }

        var officer = await app.ApiAs(Demo.Officer);
        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(partners[0].Id, 1_000_000m, character: 6)))
            .Problem(HttpStatusCode.BadRequest, "scores[character]");
        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", new { partnerId = partners[0].Id, surveyedOn = "2099-01-01", scores = new { character = 3 } }))
            .Problem(HttpStatusCode.BadRequest, "recommendedAmount");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Surveys.CountAsync(s => s.ProposalId == id)).ShouldBe(0);
            (await db.Proposals.SingleAsync(p => p.Id == id)).Status.ShouldBe(ProposalStatus.Submitted);
        }

        // Baseline figures out of bounds are refused, each named, and nothing is written.
        var wrong = await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", new
        {
            partnerId = partners[0].Id,
            surveyedOn = GroupScenario.Today,
            scores = new Dictionary<string, int> { ["character"] = 4, ["capacity"] = 4, ["capital"] = 3, ["condition"] = 4, ["collateral"] = 2 },
            recommendedAmount = 1_000_000m,
            baselineAssets = -1m,
            baselineTurnover = 2_000_000_000_000m,
            baselineEmployees = 100_001,
        }))
            .Problem(HttpStatusCode.BadRequest, "baselineAssets");
        wrong.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ShouldBe(["baselineAssets", "baselineEmployees", "baselineTurnover"]);
        await using (var scope = app.Scope(out var db))
        {
            (await db.Surveys.CountAsync(s => s.ProposalId == id)).ShouldBe(0);
        }

        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(partners[0].Id, 2_000_000m))).Json200(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(partners[0].Id, 2_500_000m))).Problem(HttpStatusCode.Conflict, "partnerId");

        // The officer corrects the figures the visit found otherwise; those left out come from the registration.
        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", new
        {
            partnerId = partners[1].Id,
            surveyedOn = GroupScenario.Today,
            scores = new Dictionary<string, int> { ["character"] = 4, ["capacity"] = 4, ["capital"] = 3, ["condition"] = 4, ["collateral"] = 2 },
            recommendedAmount = 1_000_000m,
            baselineAssets = 7_500_000m,
            baselineEmployees = 3,
        }))
            .Json200(HttpStatusCode.Created);
        await using (var scope = app.Scope(out var db))
        {
            var corrected = await db.Surveys.SingleAsync(s => s.ProposalId == id && s.PartnerId == partners[1].Id);
            (corrected.BaselineAssets, corrected.BaselineTurnover, corrected.BaselineEmployees).ShouldBe((7_500_000m, 10_000_000m, 3));
        }
        await using (var scope = app.Scope(out var db))
        {
            var survey = await db.Surveys.SingleAsync(s => s.ProposalId == id && s.PartnerId == partners[0].Id);
            survey.RecommendedAmount.ShouldBe(2_000_000m);
            survey.Scores.Count.ShouldBe(5);
            (await db.Timeline.CountAsync(t => t.Kind == "survey.recorded" && t.GroupId == groupId && t.PartnerId == partners[0].Id)).ShouldBe(1);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Deciding_is_refused_before_every_member_is_surveyed_and_above_the_recommendation_or_cap(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, id, partners) = await GroupScenario.SubmittedAsync(app, 5, 9_000_000m);
        var officer = await app.ApiAs(Demo.Officer);
        var early = await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = partners[0].Id, approve = true, amount = 1_000_000m }))
            .Problem(HttpStatusCode.Conflict);
        early.GetProperty("detail").GetString()!.ShouldContain("5 anggota belum disurvei");

        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(partners[0].Id, 2_000_000m))).Json200(HttpStatusCode.Created);
        var partly = await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = partners[0].Id, approve = true, amount = 1_000_000m }))
            .Problem(HttpStatusCode.Conflict);
        partly.GetProperty("detail").GetString()!.ShouldContain("4 anggota");

        // The last member's recommendation is above the program's cap of Rp 10.000.000.
        foreach (var p in partners.Skip(1).SkipLast(1))
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(p.Id, 2_000_000m))).Json200(HttpStatusCode.Created);
        }

        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/surveys", GroupScenario.Survey(partners[4].Id, 15_000_000m))).Json200(HttpStatusCode.Created);

        var above = await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = partners[0].Id, approve = true, amount = 2_000_001m }))
            .Problem(HttpStatusCode.BadRequest, "amount");
        GroupScenario.Message(above, "amount").ShouldContain("Rp 2.000.000");
        var cap = await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = partners[4].Id, approve = true, amount = 12_000_000m }))
            .Problem(HttpStatusCode.BadRequest, "amount");
        GroupScenario.Message(cap, "amount").ShouldContain("Rp 10.000.000");
        await (await officer.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = partners[1].Id, approve = false })).Problem(HttpStatusCode.BadRequest, "reason");
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync($"/api/v1/proposals/{id}/decisions", new { partnerId = partners[0].Id, approve = true, amount = 1_000_000m })).Problem(HttpStatusCode.Forbidden);

        await using var scope = app.Scope(out var db);
        (await db.ProposalItems.Where(i => i.ProposalId == id).CountAsync(i => i.Decision != null)).ShouldBe(0);
        (await db.Proposals.SingleAsync(p => p.Id == id)).Status.ShouldBe(ProposalStatus.UnderSurvey);
    }

    [Theory]
    [AllDatabases]
    public async Task Requests_outside_the_users_scope_answer_404(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, id, partners) = await GroupScenario.SubmittedAsync(app, 5, 3_000_000m, TestData.OutsideFacilitator);
        var officer = await app.ApiAs(Demo.Officer);
        var attachment = await (await officer.PostAsync($"/api/v1/proposals/{id}/attachments", Files.Form("foto.png", Files.Png))).Json200(HttpStatusCode.Created);
        var attachmentId = attachment.GetProperty("id").GetGuid();

        foreach (var user in new[] { Demo.Facilitator, Demo.Chair, Demo.Treasurer })
        {
            var api = await app.ApiAs(user);
            await (await api.GetAsync($"/api/v1/proposals/{id}")).Problem(HttpStatusCode.NotFound);
            await (await api.GetAsync($"/api/v1/proposals/{id}/approved")).Problem(HttpStatusCode.NotFound);
            (await api.GetAsync($"/api/v1/proposals/{id}/attachments/{attachmentId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await (await api.GetAsync("/api/v1/proposals")).Json200()).EnumerateArray().ShouldNotContain(p => p.GetProperty("id").GetGuid() == id);
        }

        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PutAsJsonAsync($"/api/v1/proposals/{id}", new { items = GroupScenario.Items(partners) })).Problem(HttpStatusCode.NotFound);
        await (await facilitator.PostAsync($"/api/v1/proposals/{id}/attachments", Files.Form("a.pdf", "%PDF-1.4"u8.ToArray()))).Problem(HttpStatusCode.NotFound);
        await (await officer.GetAsync($"/api/v1/proposals/{Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);

        // The chair of Citra Sari is a partner but neither its secretary nor its treasurer.
        var chair = await app.ApiAs(Demo.Chair);
        Guid citra;
        await using (var scope = app.Scope(out var db))
        {
            citra = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
        }

        await (await chair.PostAsJsonAsync("/api/v1/proposals", new { groupId = citra, items = Array.Empty<object>() })).Problem(HttpStatusCode.Forbidden);
        await using (var scope = app.Scope(out var db))
        {
            (await db.Proposals.CountAsync(p => p.GroupId == citra)).ShouldBe(1);
        }
    }
}

internal static class Files
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46];

    public static MultipartFormDataContent Form(string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return form;
    }
}
