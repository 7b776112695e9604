using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Features.Monitoring;
using Berdaya.IntegrationTests.Admin;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Monitoring;

/// <summary>docs/domain.md, Monitoring visits, help requests and follow-ups: every rule and refusal through the API and the pages.</summary>
public sealed class MonitoringTests
{
    private static DateOnly Today => TimeProvider.System.Today();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(Guid Group, List<Guid> Members, Guid Treasurer)> MekarSariAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        var group = await db.Groups.Where(g => g.Name == "Mekar Sari").Select(g => g.Id).SingleAsync();
        var members = await db.GroupMemberships.Where(m => m.GroupId == group && m.ActivePartnerId != null).Select(m => m.PartnerId).ToListAsync();
        var treasurer = (await db.Users.SingleAsync(u => u.Email == Demo.MekarSariTreasurer)).PartnerId!.Value;
        return (group, members, treasurer);
    }

    private static async Task<string> UserIdAsync(TestApp app, string email)
    {
        await using var scope = app.Scope(out var db);
        return (await db.Users.SingleAsync(u => u.Email == email)).Id;
    }

    private static Dictionary<string, object?> Visit(Guid group, string place, params object[] followUps) => new()
    {
        ["groupId"] = group,
        ["visitedOn"] = Iso(Today.AddDays(-2)),
        ["place"] = place,
        ["visitors"] = "Asep Saepudin",
        ["advice"] = "Catat penjualan harian",
        ["findings"] = new object[] { new { kind = "Finance", text = "Tidak ada catatan kas" } },
        ["followUps"] = followUps,
    };

    [Theory]
    [AllDatabases]
    public async Task A_partner_asks_for_help_and_it_lands_in_the_facilitators_and_officers_work_and_needs(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _, treasurer) = await MekarSariAsync(app);
        var partner = await app.ApiAs(Demo.MekarSariTreasurer);
        var description = TestData.Unique("Pasokan singkong berhenti");
        var created = await (await partner.PostAsJsonAsync("/api/v1/help-requests", new { kind = "RawMaterial", description })).Json200(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("partnerId").GetGuid().ShouldBe(treasurer);
        created.GetProperty("state").GetString().ShouldBe("Open");

        foreach (var email in new[] { Demo.Facilitator, Demo.Officer })
        {
            var staff = await app.ApiAs(email);
            var open = await (await staff.GetAsync("/api/v1/help-requests?open=true")).Json200();
            open.EnumerateArray().ShouldContain(h => h.GetProperty("id").GetGuid() == id);
            var home = await (await app.PagesAs(email)).GetAsync("/");
            home.Document.QuerySelector("#monitoring-help").ShouldNotBeNull(email);
        }

        // The partner sees their own request, another partner does not.
        (await (await partner.GetAsync($"/api/v1/help-requests/{id}")).Json200()).GetProperty("description").GetString().ShouldBe(description);
        await (await (await app.ApiAs(Demo.Chair)).GetAsync($"/api/v1/help-requests/{id}")).Problem(HttpStatusCode.NotFound);

        await using var scope = app.Scope(out var db);
        (await db.Timeline.CountAsync(t => t.SubjectId == id && t.Kind == "help.requested" && t.Approach == FivePApproach.Supporting && t.GroupId == group))
            .ShouldBe(1);
        var needs = scope.ServiceProvider.GetRequiredService<MonitoringNeeds>();
        var found = await needs.NeedsAsync(db.Partners.Where(p => p.Id == treasurer).Select(p => p.Id), NeedKind.RawMaterial, CancellationToken.None);
        found.ShouldContain(n => n.PartnerId == treasurer && n.Kind == NeedKind.RawMaterial && n.Href == $"/help/{id}");
        (await needs.NeedsAsync(db.Partners.Where(p => p.Id == treasurer).Select(p => p.Id), NeedKind.Capital, CancellationToken.None))
            .ShouldNotContain(n => n.Href == $"/help/{id}");
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_help_requests_are_refused_naming_the_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = await app.ApiAs(Demo.MekarSariTreasurer, "en");
        var tooLong = new string('x', HelpRequest.MaxDescription + 1);
        (await (await partner.PostAsJsonAsync("/api/v1/help-requests", new { kind = "RawMaterial", description = tooLong })).Problem(HttpStatusCode.BadRequest, "description"))
            .GetProperty("errors").GetProperty("description")[0].GetString().ShouldBe("Too long: at most 1000 characters.");
        var marker = TestData.Unique("Tanpa jenis");
        await (await partner.PostAsJsonAsync("/api/v1/help-requests", new { description = marker })).Problem(HttpStatusCode.BadRequest, "kind");

        // Another partner's request, or a partner out of scope, is not found.
        await using var scope = app.Scope(out var db);
        var euis = await db.Partners.Where(p => p.OwnerName == "Euis Komariah").Select(p => p.Id).SingleAsync();
        await (await partner.PostAsJsonAsync("/api/v1/help-requests", new { partnerId = euis, kind = "Capital", description = marker })).Problem(HttpStatusCode.NotFound);
        var admin = await app.ApiAs(Demo.Admin);
        var (_, email) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "jatinangor");
        var outsider = await app.ApiAs(email);
        await (await outsider.PostAsJsonAsync("/api/v1/help-requests", new { partnerId = euis, kind = "Capital", description = marker })).Problem(HttpStatusCode.NotFound);
        await (await (await app.ApiAs(Demo.Evaluator)).PostAsJsonAsync("/api/v1/help-requests", new { kind = "Capital", description = marker })).Problem(HttpStatusCode.Forbidden);

        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync("/api/v1/help-requests", new { kind = "Capital", description = marker })).Problem(HttpStatusCode.BadRequest, "partnerId");
        (await db.HelpRequests.CountAsync(h => h.Description == marker || h.Description == tooLong)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_visit_records_findings_advice_follow_ups_answers_help_and_the_location_with_consent(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, members, treasurer) = await MekarSariAsync(app);
        var facilitatorId = await UserIdAsync(app, Demo.Facilitator);
        var partner = await app.ApiAs(Demo.MekarSariTreasurer);
        var help = await (await partner.PostAsJsonAsync("/api/v1/help-requests", new { kind = "Marketing", description = TestData.Unique("Warung tutup") }))
            .Json200(HttpStatusCode.Created);
        var helpId = help.GetProperty("id").GetGuid();

        var facilitator = await app.ApiAs(Demo.Facilitator);
        var place = TestData.Unique("Rumah ketua");
        var body = Visit(group, place,
            new { task = "Antar contoh ke toko", owner = $"partner:{treasurer}", dueOn = Iso(Today.AddDays(10)), partnerId = treasurer },
            new { task = "Periksa buku kas", owner = $"user:{facilitatorId}", dueOn = Iso(Today.AddDays(-2)) });
        body["partnerIds"] = members.Take(3).Append(treasurer).Distinct().ToArray();
        body["partnerAdvice"] = new object[] { new { partnerId = treasurer, advice = "Bawa contoh kemasan baru" } };
        body["answersHelpRequestIds"] = new[] { helpId };
        body["location"] = new { partnerId = treasurer, latitude = -6.8412, longitude = 107.9531, consent = true };
        var visit = await (await facilitator.PostAsJsonAsync("/api/v1/visits", body)).Json200(HttpStatusCode.Created);
        var visitId = visit.GetProperty("id").GetGuid();
        visit.GetProperty("followUps").GetArrayLength().ShouldBe(2);
        visit.GetProperty("findings")[0].GetProperty("kind").GetString().ShouldBe("Finance");
        visit.GetProperty("answeredHelpRequests").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(helpId);

        var answered = await (await partner.GetAsync($"/api/v1/help-requests/{helpId}")).Json200();
        answered.GetProperty("state").GetString().ShouldBe("Answered");
        answered.GetProperty("answer").GetString().ShouldBe("Bawa contoh kemasan baru");

        // The partner sees the advice given to them and their open follow-up on their own page.
        var support = await (await partner.GetAsync($"/api/v1/partners/{treasurer}/support")).Json200();
        support.GetProperty("advice").EnumerateArray().ShouldContain(a => a.GetProperty("visitId").GetGuid() == visitId
            && a.GetProperty("personalAdvice").GetString() == "Bawa contoh kemasan baru");
        support.GetProperty("followUps").EnumerateArray().ShouldContain(f => f.GetProperty("task").GetString() == "Antar contoh ke toko");
        support.GetProperty("location").GetProperty("latitude").GetDouble().ShouldBe(-6.8412);

        var visits = await (await facilitator.GetAsync($"/api/v1/visits?groupId={group}")).Json200();
        visits.EnumerateArray().ShouldContain(v => v.GetProperty("id").GetGuid() == visitId);
        var overdue = await (await facilitator.GetAsync("/api/v1/followups?overdue=true")).Json200();
        overdue.EnumerateArray().ShouldContain(f => f.GetProperty("task").GetString() == "Periksa buku kas" && f.GetProperty("overdue").GetBoolean());

        await using var scope = app.Scope(out var db);
        (await db.Timeline.CountAsync(t => t.SubjectId == visitId && t.Kind == "monitoring.visited" && t.Approach == FivePApproach.Supporting && t.GroupId == group))
            .ShouldBe(1);
        var location = await db.PartnerLocations.SingleAsync(l => l.PartnerId == treasurer);
        location.Consent.ShouldBeTrue();
        location.VisitId.ShouldBe(visitId);

        // The finding is an open need of the partners visited until the visit's follow-ups are done.
        var needs = scope.ServiceProvider.GetRequiredService<MonitoringNeeds>();
        (await needs.NeedsAsync(db.Partners.Where(p => p.Id == treasurer).Select(p => p.Id), NeedKind.Finance, CancellationToken.None))
            .ShouldContain(n => n.Href == $"/visits/{visitId}");
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_visits_are_refused_naming_the_field_and_save_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _, treasurer) = await MekarSariAsync(app);
        var facilitator = await app.ApiAs(Demo.Facilitator, "en");
        var facilitatorId = await UserIdAsync(app, Demo.Facilitator);
        var places = new List<string>();

        Dictionary<string, object?> Body(params object[] followUps)
        {
            var b = Visit(group, TestData.Unique("Salah"), followUps);
            places.Add((string)b["place"]!);
            return b;
        }

        // A follow-up due before the visit: the whole visit is refused, the good follow-up with it.
        var early = Body(
            new { task = "Baik", owner = $"user:{facilitatorId}", dueOn = Iso(Today) },
            new { task = "Terlambat", owner = $"user:{facilitatorId}", dueOn = Iso(Today.AddDays(-10)) });
        (await (await facilitator.PostAsJsonAsync("/api/v1/visits", early)).Problem(HttpStatusCode.BadRequest, "followUps[1].dueOn"))
            .GetProperty("code").GetString().ShouldBe("followup.due.beforevisit");

        var future = Body();
        future["visitedOn"] = Iso(Today.AddDays(2));
        (await (await facilitator.PostAsJsonAsync("/api/v1/visits", future)).Problem(HttpStatusCode.BadRequest, "visitedOn"))
            .GetProperty("errors").GetProperty("visitedOn")[0].GetString().ShouldBe("Date cannot be in the future.");

        var noConsent = Body();
        noConsent["location"] = new { partnerId = treasurer, latitude = -6.84, longitude = 107.95, consent = false };
        await (await facilitator.PostAsJsonAsync("/api/v1/visits", noConsent)).Problem(HttpStatusCode.BadRequest, "location.consent");
        var offGlobe = Body();
        offGlobe["location"] = new { partnerId = treasurer, latitude = 91.0, longitude = 181.0, consent = true };
        var problem = await (await facilitator.PostAsJsonAsync("/api/v1/visits", offGlobe)).Problem(HttpStatusCode.BadRequest, "location.latitude");
        problem.GetProperty("errors").TryGetProperty("location.longitude", out _).ShouldBeTrue();

        var longFinding = Body();
        longFinding["findings"] = new object[] { new { kind = "Finance", text = new string('x', MonitoringVisit.MaxFinding + 1) } };
        await (await facilitator.PostAsJsonAsync("/api/v1/visits", longFinding)).Problem(HttpStatusCode.BadRequest, "findings[0].text");
        var badOwner = Body(new { task = "Tugas", owner = "user:bukan-petugas", dueOn = Iso(Today) });
        await (await facilitator.PostAsJsonAsync("/api/v1/visits", badOwner)).Problem(HttpStatusCode.BadRequest, "followUps[0].owner");

        // A partner outside the group, or outside scope, is refused.
        await using var scope = app.Scope(out var db);
        var euis = await db.Partners.Where(p => p.OwnerName == "Euis Komariah").Select(p => p.Id).SingleAsync();
        var notMember = Body();
        notMember["partnerIds"] = new[] { euis };
        await (await facilitator.PostAsJsonAsync("/api/v1/visits", notMember)).Problem(HttpStatusCode.BadRequest, "partnerIds");
        var admin = await app.ApiAs(Demo.Admin);
        var (_, email) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "jatinangor");
        var outsider = await app.ApiAs(email);
        await (await outsider.PostAsJsonAsync("/api/v1/visits", Body())).Problem(HttpStatusCode.NotFound);
        var picked = Body();
        picked.Remove("groupId");
        picked["partnerIds"] = new[] { euis };
        await (await outsider.PostAsJsonAsync("/api/v1/visits", picked)).Problem(HttpStatusCode.NotFound);
        await (await (await app.ApiAs(Demo.MekarSariTreasurer)).PostAsJsonAsync("/api/v1/visits", Body())).Problem(HttpStatusCode.Forbidden);

        (await db.MonitoringVisits.CountAsync(v => places.Contains(v.Place))).ShouldBe(0);
        (await db.FollowUps.CountAsync(f => f.Task == "Baik" || f.Task == "Terlambat")).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Only_the_owner_the_programs_officers_or_an_administrator_close_a_follow_up(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _, treasurer) = await MekarSariAsync(app);
        var facilitatorId = await UserIdAsync(app, Demo.Facilitator);
        var facilitator = await app.ApiAs(Demo.Facilitator, "en");
        var body = Visit(group, TestData.Unique("Tutup"),
            new { task = "Tugas pendamping", owner = $"user:{facilitatorId}", dueOn = Iso(Today) },
            new { task = "Tugas mitra", owner = $"partner:{treasurer}", dueOn = Iso(Today), partnerId = treasurer },
            new { task = "Tugas untuk dibatalkan", owner = $"user:{facilitatorId}", dueOn = Iso(Today) });
        var visit = await (await facilitator.PostAsJsonAsync("/api/v1/visits", body)).Json200(HttpStatusCode.Created);
        var ids = visit.GetProperty("followUps").EnumerateArray().ToDictionary(f => f.GetProperty("task").GetString()!, f => f.GetProperty("id").GetGuid());
        var mine = ids["Tugas pendamping"];
        var theirs = ids["Tugas mitra"];
        var dropped = ids["Tugas untuk dibatalkan"];

        // Another facilitator of the same villages sees it but may not close it; a partner of another group does not see it.
        var admin = await app.ApiAs(Demo.Admin);
        var (otherId, otherEmail) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "rekan");
        await using (var s = app.Scope(out var sdb))
        {
            var program = await sdb.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
            var village = await sdb.Groups.Where(g => g.Id == group).Select(g => g.VillageCode).SingleAsync();
            await (await admin.PutAsJsonAsync($"/api/v1/users/{otherId}/scope", new { programIds = new[] { program }, villageCodes = new[] { village } })).Json200();
        }

        var other = await app.ApiAs(otherEmail, "en");
        (await (await other.GetAsync($"/api/v1/followups/{mine}")).Json200()).GetProperty("mayClose").GetBoolean().ShouldBeFalse();
        await (await other.PostAsJsonAsync($"/api/v1/followups/{mine}/close", new { outcome = "Done", note = "Bukan saya" })).Problem(HttpStatusCode.Forbidden);
        await (await (await app.ApiAs(Demo.Treasurer)).PostAsJsonAsync($"/api/v1/followups/{mine}/close", new { outcome = "Done", note = "x" }))
            .Problem(HttpStatusCode.NotFound);
        await (await (await app.ApiAs(Demo.MekarSariTreasurer)).PostAsJsonAsync($"/api/v1/followups/{mine}/close", new { outcome = "Done", note = "x" }))
            .Problem(HttpStatusCode.NotFound);
        await (await (await app.ApiAs(Demo.Viewer)).PostAsJsonAsync($"/api/v1/followups/{mine}/close", new { outcome = "Done", note = "x" }))
            .Problem(HttpStatusCode.Forbidden);

        // Done needs what was done, dropped needs a reason.
        await (await facilitator.PostAsJsonAsync($"/api/v1/followups/{dropped}/close", new { outcome = "Dropped", note = " " })).Problem(HttpStatusCode.BadRequest, "note");
        (await (await facilitator.PostAsJsonAsync($"/api/v1/followups/{mine}/close", new { outcome = "Done" })).Problem(HttpStatusCode.BadRequest, "note"))
            .GetProperty("code").GetString().ShouldBe("followup.done.required");
        await (await facilitator.PostAsJsonAsync($"/api/v1/followups/{mine}/close", new { note = "Sudah" })).Problem(HttpStatusCode.BadRequest, "outcome");
        await using (var s = app.Scope(out var sdb))
        {
            (await sdb.FollowUps.Where(f => ids.Values.Contains(f.Id)).Select(f => f.State).ToListAsync()).ShouldAllBe(st => st == FollowUpState.Open);
        }

        var done = await (await facilitator.PostAsJsonAsync($"/api/v1/followups/{mine}/close", new { outcome = "Done", note = "Buku kas diperiksa" })).Json200();
        done.GetProperty("followUp").GetProperty("state").GetString().ShouldBe("Done");
        await (await facilitator.PostAsJsonAsync($"/api/v1/followups/{mine}/close", new { outcome = "Dropped", note = "Lagi" })).Problem(HttpStatusCode.Conflict);
        var officer = await app.ApiAs(Demo.Officer);
        (await (await officer.PostAsJsonAsync($"/api/v1/followups/{dropped}/close", new { outcome = "Dropped", note = "Toko tutup" })).Json200())
            .GetProperty("followUp").GetProperty("outcome").GetString().ShouldBe("Toko tutup");
        var partner = await app.ApiAs(Demo.MekarSariTreasurer);
        var partnerOpen = await (await partner.GetAsync("/api/v1/followups?open=true")).Json200();
        partnerOpen.EnumerateArray().ShouldContain(f => f.GetProperty("id").GetGuid() == theirs);
        (await (await partner.PostAsJsonAsync($"/api/v1/followups/{theirs}/close", new { outcome = "Done", note = "Contoh diantar ke 3 toko" })).Json200())
            .GetProperty("followUp").GetProperty("state").GetString().ShouldBe("Done");

        await using var scope = app.Scope(out var db);
        (await db.Timeline.CountAsync(t => (t.SubjectId == mine || t.SubjectId == theirs) && t.Kind == "followup.done")).ShouldBe(2);
        (await db.FollowUps.Where(f => f.Id == mine).Select(f => f.ClosedByUserId).SingleAsync()).ShouldBe(await UserIdAsync(app, Demo.Facilitator));
    }

    [Theory]
    [AllDatabases]
    public async Task Follow_ups_due_today_raise_one_reminder_each_with_a_WhatsApp_message_for_a_partner(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _, treasurer) = await MekarSariAsync(app);
        var facilitatorId = await UserIdAsync(app, Demo.Facilitator);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var task = TestData.Unique("Antar kemasan");
        var body = Visit(group, TestData.Unique("Pengingat"),
            new { task, owner = $"partner:{treasurer}", dueOn = Iso(Today) },
            new { task = task + " (petugas)", owner = $"user:{facilitatorId}", dueOn = Iso(Today.AddDays(1)) });
        var visit = await (await facilitator.PostAsJsonAsync("/api/v1/visits", body)).Json200(HttpStatusCode.Created);
        var dueToday = visit.GetProperty("followUps").EnumerateArray().Single(f => f.GetProperty("task").GetString() == task).GetProperty("id").GetGuid();

        await using var scope = app.Scope(out var db);
        var drafts = new List<Berdaya.Web.Home.ReminderDraft>();
        await foreach (var d in new FollowUpReminders().DueAsync(db, Today, CancellationToken.None))
        {
            drafts.Add(d);
        }

        var draft = drafts.Single(d => d.Key == $"followup:{dueToday}:due");
        draft.PartnerId.ShouldBe(treasurer);
        draft.AssigneeUserId.ShouldBeNull();
        draft.WhatsAppMessage!.ShouldContain(task);
        draft.WhatsAppMessage!.ShouldContain("pengingat");
        drafts.ShouldNotContain(d => d.Subject == task + " (petugas)", "raised on its due date, not before");
        drafts.Select(d => d.Key).ShouldBeUnique();
    }

    [Theory]
    [AllDatabases]
    public async Task Pages_show_the_refusal_beside_the_field_and_keep_what_was_entered(string provider)
    {
        var app = await TestApp.For(provider);
        var (group, _, _) = await MekarSariAsync(app);

        // A partner's help form: too long a description stays on the page with its message.
        var partner = await app.PagesAs(Demo.MekarSariTreasurer, "en");
        var form = await partner.GetAsync("/help/new");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        form.Document.QuerySelector("#Input_PartnerId").ShouldBeNull();
        var refused = await partner.SubmitAsync(form, "#help-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "RawMaterial",
            ["Input.Description"] = new string('y', HelpRequest.MaxDescription + 1),
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("#Input_Description-error")!.TextContent.ShouldContain("at most 1000");
        var description = TestData.Unique("Butuh pemasok singkong");
        var sent = await partner.SubmitAsync(form, "#help-form", new Dictionary<string, string> { ["Input.Kind"] = "RawMaterial", ["Input.Description"] = description });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var own = await partner.GetAsync(sent.Location!);
        own.Html.ShouldContain(description);

        // The visit form: a follow-up due before the visit is shown beside its due date, and nothing is saved.
        var pages = await app.PagesAs(Demo.Facilitator, "en");
        var visitForm = await pages.GetAsync($"/visits/new?groupId={group}");
        visitForm.StatusCode.ShouldBe(HttpStatusCode.OK);
        var place = TestData.Unique("Balai dusun");
        var bad = await pages.SubmitAsync(visitForm, "#visit-form", new Dictionary<string, string>
        {
            ["Input.VisitedOn"] = Iso(Today.AddDays(-3)),
            ["Input.Place"] = place,
            ["Input.FollowUps[0].Task"] = "Kunjungi toko",
            ["Input.FollowUps[0].Owner"] = visitForm.Document.QuerySelector("#Input_FollowUps_0__Owner option:nth-child(2)")!.GetAttribute("value")!,
            ["Input.FollowUps[0].DueOn"] = Iso(Today.AddDays(-4)),
            ["Input.Location.Latitude"] = "-6,84",
            ["Input.Location.Longitude"] = "107,95",
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Document.QuerySelector("#Input_FollowUps_0__DueOn-error")!.TextContent.ShouldContain("cannot be before");
        bad.Document.QuerySelector("#Input_Location_Consent-error")!.TextContent.ShouldContain("consent");
        ((AngleSharp.Html.Dom.IHtmlInputElement)bad.Document.QuerySelector("#Input_Place")!).Value.ShouldBe(place);
        await using (var scope = app.Scope(out var db))
        {
            (await db.MonitoringVisits.CountAsync(v => v.Place == place)).ShouldBe(0);
        }

        var good = await pages.SubmitAsync(bad, "#visit-form", new Dictionary<string, string>
        {
            ["Input.FollowUps[0].DueOn"] = Iso(Today),
            ["Input.Location.Consent"] = "true",
            ["Input.Location.PartnerId"] = bad.Document.QuerySelector("#Input_Location_PartnerId option:nth-child(2)")!.GetAttribute("value")!,
        });
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", good.Errors));
        var shown = await pages.GetAsync(good.Location!);
        shown.Html.ShouldContain(place);
        shown.Html.ShouldContain("Kunjungi toko");
    }

    [Theory]
    [AllDatabases]
    public async Task The_demo_tells_six_Citra_Sari_visits_and_the_treasurer_sees_the_melinjo_advice(string provider)
    {
        var app = await TestApp.For(provider);
        await using (var scope = app.Scope(out var db))
        {
            var citra = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
            var visits = await db.MonitoringVisits.Where(v => v.GroupId == citra && v.VisitedOn < new DateOnly(2013, 1, 1)).ToListAsync();
            visits.Count.ShouldBe(6);
            visits.Select(v => v.VisitedOn.Year).Distinct().Count().ShouldBe(6);
            visits.ShouldContain(v => v.Place.Contains("Balai Desa Narimbang"));
            visits.ShouldContain(v => v.Place.Contains("Curug"));
            (await db.Timeline.CountAsync(t => t.GroupId == citra && t.Kind == "monitoring.visited" && t.Approach == FivePApproach.Supporting)).ShouldBe(6);
            (await db.FollowUps.CountAsync(f => f.GroupId != citra && f.State == FollowUpState.Open)).ShouldBeGreaterThanOrEqualTo(2);
        }

        var treasurer = await app.PagesAs(Demo.Treasurer);
        var mine = await treasurer.GetAsync("/support");
        mine.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await treasurer.GetAsync(mine.Location!);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#support-advice")!.TextContent.ShouldContain("Pesan melinjo");
        page.Document.QuerySelector("#support-help")!.TextContent.ShouldContain("Melinjo");

        // The facilitator's overdue follow-up of Mekar Sari is on their home page.
        var home = await (await app.PagesAs(Demo.Facilitator)).GetAsync("/");
        home.Document.QuerySelector("#monitoring-followups-overdue").ShouldNotBeNull();
    }
}
