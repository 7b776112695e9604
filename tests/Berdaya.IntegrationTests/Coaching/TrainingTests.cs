using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Features.Coaching;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Coaching;

/// <summary>docs/domain.md, Coaching: trainings. Sessions are planned, attended, answered and checked through the API on both databases.</summary>
public sealed class TrainingTests
{
    private static DateOnly Today => BusinessCalendar.DateOf(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Setup(Guid Program, Guid Topic, Guid Provider, List<Guid> Sinar, List<Guid> Citra);

    private static async Task<Setup> DemoAsync(TestApp app, string topic)
    {
        await using var scope = app.Scope(out var db);
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        var t = await db.TrainingTopics.Where(x => x.ProgramId == program && x.Code == topic).Select(x => x.Id).SingleAsync();
        var provider = await db.TrainingProviders.Where(x => x.ProgramId == program && x.Kind == ProviderKind.Company).Select(x => x.Id).FirstAsync();
        async Task<List<Guid>> Members(string group) => await db.GroupMemberships
            .Where(m => m.ActivePartnerId != null && db.Groups.Any(g => g.Id == m.GroupId && g.Name == group))
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName }).OrderBy(p => p.OwnerName).Select(p => p.Id).ToListAsync();
        return new Setup(program, t, provider, await Members("Sinar Tani"), await Members("Citra Sari"));
    }

    private static async Task<Guid> PlanAsync(HttpClient api, Setup d, DateOnly on, int capacity = 3, decimal cost = 150_000m, string? village = null)
    {
        var created = await (await api.PostAsJsonAsync("/api/v1/trainings/sessions", new
        {
            programId = d.Program,
            topicId = d.Topic,
            providerId = d.Provider,
            heldOn = Iso(on),
            place = TestData.Unique("Balai Desa"),
            villageCode = village,
            cost,
            capacity,
        })).Json200(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    [Theory]
    [AllDatabases]
    public async Task A_held_session_posts_its_cost_once_marks_the_absent_and_reaches_the_group_timeline(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "marketing");
        var officer = await app.ApiAs(Demo.Officer);
        var id = await PlanAsync(officer, d, Today);

        // Capacity is enforced: five members do not fit in three places, and nobody is invited.
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/invitations", new { groupId = await GroupAsync(app, "Sinar Tani") }))
            .Problem(HttpStatusCode.BadRequest, "partnerIds");
        await using (var scope = app.Scope(out var db))
        {
            (await db.SessionParticipants.CountAsync(p => p.SessionId == id)).ShouldBe(0);
        }

        var invited = await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/invitations", new { partnerIds = d.Sinar.Take(3) })).Json200();
        invited.GetProperty("added").GetInt32().ShouldBe(3);

        var held = await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/attendance", new { present = d.Sinar.Take(2) })).Json200();
        held.GetProperty("isHeld").GetBoolean().ShouldBeTrue();
        held.GetProperty("participants").EnumerateArray().Count(p => p.GetProperty("attendance").GetString() == "Absent").ShouldBe(1);

        // A second sheet is refused: the cost stays posted once.
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/attendance", new { present = d.Sinar.Take(3) })).Problem(HttpStatusCode.Conflict, "present");
        await using (var scope = app.Scope(out var db))
        {
            var session = await db.TrainingSessions.SingleAsync(s => s.Id == id);
            var entries = await db.JournalEntries.Where(e => e.Id == session.CostEntryId).ToListAsync();
            entries.Count.ShouldBe(1);
            entries[0].Kind.ShouldBe(EntryKind.CoachingGrant);
            entries[0].EntryDate.ShouldBe(Today);
            entries[0].Description.ShouldContain(id.ToString("N")[..8]);
            (await db.JournalLines.Where(l => l.EntryId == session.CostEntryId && l.Account == LedgerAccount.CoachingGrants).SumAsync(l => (double)l.Debit))
                .ShouldBe(150_000d);
            var group = await GroupAsync(app, "Sinar Tani");
            (await db.Timeline.CountAsync(t => t.SubjectId == id && t.GroupId == group && t.Approach == FivePApproach.Empowering && t.Kind == "training.held"))
                .ShouldBe(1);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Attendance_for_a_session_not_yet_held_is_refused_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "marketing");
        var officer = await app.ApiAs(Demo.Officer, "en");
        var id = await PlanAsync(officer, d, Today.AddDays(10));
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/invitations", new { partnerIds = d.Sinar.Take(1) })).Json200();
        var problem = await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/attendance", new { present = d.Sinar.Take(1) }))
            .Problem(HttpStatusCode.BadRequest, "present");
        problem.GetProperty("errors").GetProperty("present")[0].GetString()!.ShouldContain("has not happened yet");
        await using var scope = app.Scope(out var db);
        var session = await db.TrainingSessions.Include(s => s.Participants).SingleAsync(s => s.Id == id);
        session.IsHeld.ShouldBeFalse();
        session.CostEntryId.ShouldBeNull();
        session.Participants.Single().Attendance.ShouldBe(AttendanceState.Invited);
        (await db.Timeline.CountAsync(t => t.SubjectId == id)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Feedback_is_refused_outside_1_to_5_and_from_someone_not_present_and_flags_a_poorly_understood_session(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "marketing");
        var officer = await app.ApiAs(Demo.Officer);
        var id = await PlanAsync(officer, d, Today);
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/invitations", new { partnerIds = d.Sinar.Take(3) })).Json200();
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/attendance", new { present = d.Sinar.Take(2) })).Json200();

        var absent = d.Sinar[2];
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback", new { partnerId = absent, understood = 4, canApply = 4 }))
            .Problem(HttpStatusCode.BadRequest, "partnerId");
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback", new { partnerId = d.Sinar[4], understood = 4, canApply = 4 }))
            .Problem(HttpStatusCode.BadRequest, "partnerId");
        var range = await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback", new { partnerId = d.Sinar[0], understood = 0, canApply = 6 }))
            .Problem(HttpStatusCode.BadRequest, "understood");
        range.GetProperty("errors").TryGetProperty("canApply", out _).ShouldBeTrue();
        await using (var scope = app.Scope(out var db))
        {
            (await db.SessionParticipants.CountAsync(p => p.SessionId == id && p.Understood != null)).ShouldBe(0);
        }

        var facilitator = await app.ApiAs(Demo.Facilitator);
        (await (await facilitator.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback",
            new { partnerId = d.Sinar[0], understood = 2, canApply = 3, hard = "Istilahnya sulit" })).Json200()).GetProperty("understood").GetInt32().ShouldBe(2);
        await (await facilitator.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback", new { partnerId = d.Sinar[1], understood = 3, canApply = 2 })).Json200();

        var session = await (await officer.GetAsync($"/api/v1/trainings/sessions/{id}")).Json200();
        session.GetProperty("averageUnderstood").GetDecimal().ShouldBe(2.5m);
        session.GetProperty("flagged").GetBoolean().ShouldBeTrue();
        var flags = await (await officer.GetAsync($"/api/v1/trainings/flags?programId={d.Program}")).Json200();
        var flagged = flags.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("session").GetProperty("id").GetGuid() == id);
        flagged.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("hard").GetString()).ShouldContain("Istilahnya sulit");
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_answers_for_themself_only(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "motivation");
        var officer = await app.ApiAs(Demo.Officer);
        await using var scope = app.Scope(out var db);
        var eti = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
        var nining = await db.Partners.Where(p => p.OwnerName == "Nining Kurniasih").Select(p => p.Id).SingleAsync();
        var id = await PlanAsync(officer, d, Today);
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/invitations", new { partnerIds = new[] { eti, nining } })).Json200();
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/attendance", new { present = new[] { eti, nining } })).Json200();

        var chair = await app.ApiAs(Demo.Chair);
        await (await chair.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback", new { partnerId = nining, understood = 5, canApply = 5 }))
            .Problem(HttpStatusCode.NotFound);
        (await db.SessionParticipants.AsNoTracking().SingleAsync(p => p.SessionId == id && p.PartnerId == nining)).Understood.ShouldBeNull();
        var mine = await (await chair.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback", new { understood = 5, canApply = 4 })).Json200();
        mine.GetProperty("partnerId").GetGuid().ShouldBe(eti);

        // The chair sees her own row only; the treasurer, not invited, does not find the session.
        var seen = await (await chair.GetAsync($"/api/v1/trainings/sessions/{id}")).Json200();
        seen.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("partnerId").GetGuid()).ShouldBe([eti]);
        var treasurer = await app.ApiAs(Demo.Treasurer);
        await (await treasurer.GetAsync($"/api/v1/trainings/sessions/{id}")).Problem(HttpStatusCode.NotFound);
        await (await treasurer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback", new { understood = 5, canApply = 5 })).Problem(HttpStatusCode.NotFound);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        await (await evaluator.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/feedback", new { partnerId = eti, understood = 1, canApply = 1 }))
            .Problem(HttpStatusCode.Forbidden);
        (await db.SessionParticipants.AsNoTracking().SingleAsync(p => p.SessionId == id && p.PartnerId == eti)).Understood.ShouldBe(5);
    }

    [Theory]
    [AllDatabases]
    public async Task An_adoption_check_comes_due_after_the_topics_weeks_and_counts_the_reasons(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "packaging");
        var officer = await app.ApiAs(Demo.Officer);
        var heldOn = Today.AddDays(-7 * TrainingTopic.DefaultAdoptionWeeks);
        var id = await PlanAsync(officer, d, heldOn, village: "32.11.07.2003");
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/invitations", new { partnerIds = d.Sinar.Take(3) })).Json200();
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/attendance", new { present = d.Sinar.Take(3) })).Json200();

        await using (var scope = app.Scope(out var db))
        {
            var drafts = await RemindersAsync(scope, db);
            drafts.ShouldContain(r => r.Key == $"adoption:{id}" && r.DueOn == Today && r.Href == $"/trainings/{id}/adoption");
        }

        var facilitator = await app.ApiAs(Demo.Facilitator);
        var missing = await (await facilitator.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/adoption", new
        {
            rows = new object[] { new { partnerId = d.Sinar[0], used = false }, new { partnerId = d.Sinar[1], used = false, reason = "Other" } },
        })).Problem(HttpStatusCode.BadRequest, "rows[0].reason");
        missing.GetProperty("errors").TryGetProperty("rows[1].reasonText", out _).ShouldBeTrue();

        var checkedSession = await (await facilitator.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/adoption", new
        {
            rows = new object[]
            {
                new { partnerId = d.Sinar[0], used = false, reason = "NoDevice" },
                new { partnerId = d.Sinar[1], used = false, reason = "NoDevice" },
                new { partnerId = d.Sinar[2], used = true },
            },
        })).Json200();
        var adoption = checkedSession.GetProperty("adoption");
        (adoption.GetProperty("checked").GetInt32(), adoption.GetProperty("used").GetInt32(), adoption.GetProperty("low").GetBoolean()).ShouldBe((3, 1, true));
        adoption.GetProperty("reasons")[0].GetProperty("reason").GetString().ShouldBe("NoDevice");
        adoption.GetProperty("reasons")[0].GetProperty("count").GetInt32().ShouldBe(2);

        await using (var scope = app.Scope(out var db))
        {
            (await RemindersAsync(scope, db)).ShouldNotContain(r => r.Key == $"adoption:{id}");
        }
    }

    [Theory]
    [AllDatabases]
    public async Task An_adoption_check_before_it_is_due_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "packaging");
        var officer = await app.ApiAs(Demo.Officer);
        var id = await PlanAsync(officer, d, Today.AddDays(-3));
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/invitations", new { partnerIds = d.Sinar.Take(1) })).Json200();
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/attendance", new { present = d.Sinar.Take(1) })).Json200();
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{id}/adoption", new { rows = new[] { new { partnerId = d.Sinar[0], used = true } } }))
            .Problem(HttpStatusCode.BadRequest, "rows");
        await using var scope = app.Scope(out var db);
        (await db.SessionParticipants.SingleAsync(p => p.SessionId == id)).Used.ShouldBeNull();
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_topics_providers_sessions_and_thresholds_are_refused_naming_the_field(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "marketing");
        var officer = await app.ApiAs(Demo.Officer);
        await (await officer.PostAsJsonAsync("/api/v1/trainings/topics", new { programId = d.Program, code = "food-safety", name = "Lagi", need = "Legality" }))
            .Problem(HttpStatusCode.Conflict, "code");
        await (await officer.PostAsJsonAsync("/api/v1/trainings/topics", new { programId = d.Program, code = "x y", name = "", need = "Legality", adoptionWeeks = 53 }))
            .Problem(HttpStatusCode.BadRequest, "adoptionWeeks");
        var code = "uji-" + Guid.NewGuid().ToString("N")[..6];
        var topic = await (await officer.PostAsJsonAsync("/api/v1/trainings/topics", new { programId = d.Program, code, name = "Pengolahan limbah", need = "Production" }))
            .Json200(HttpStatusCode.Created);
        topic.GetProperty("adoptionWeeks").GetInt32().ShouldBe(8);

        await (await officer.PostAsJsonAsync("/api/v1/trainings/providers", new { programId = d.Program, kind = "Partner", name = "Pembicara" }))
            .Problem(HttpStatusCode.BadRequest, "partnerId");
        await (await officer.PutAsJsonAsync("/api/v1/trainings/settings", new { programId = d.Program, understoodThreshold = 5.5m }))
            .Problem(HttpStatusCode.BadRequest, "understoodThreshold");
        await (await officer.PostAsJsonAsync("/api/v1/trainings/sessions", new
        {
            programId = d.Program,
            topicId = d.Topic,
            providerId = d.Provider,
            heldOn = Iso(Today),
            place = "Balai",
            cost = 1.5m,
            capacity = 0
        })).Problem(HttpStatusCode.BadRequest, "cost");

        // A facilitator plans in their own villages only.
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync("/api/v1/trainings/sessions", new
        {
            programId = d.Program,
            topicId = d.Topic,
            providerId = d.Provider,
            heldOn = Iso(Today),
            place = "Balai",
            cost = 0,
            capacity = 5,
            villageCode = TestData.OutsideFacilitator
        })).Problem(HttpStatusCode.BadRequest, "villageCode");
        var viewer = await app.ApiAs(Demo.Viewer);
        await (await viewer.PostAsJsonAsync("/api/v1/trainings/sessions", new { programId = d.Program })).Problem(HttpStatusCode.Forbidden);
        (await (await viewer.GetAsync($"/api/v1/trainings/settings?programId={d.Program}")).Json200()).GetProperty("understoodThreshold").GetDecimal().ShouldBe(3.0m);
    }

    [Theory]
    [AllDatabases]
    public async Task The_demo_flags_the_administration_seminar_and_the_online_selling_that_no_one_could_use(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "business-admin");
        var officer = await app.ApiAs(Demo.Officer);
        var flags = await (await officer.GetAsync($"/api/v1/trainings/flags?programId={d.Program}")).Json200();
        var admin = flags.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("session").GetProperty("topicCode").GetString() == "business-admin"
            && s.GetProperty("session").GetProperty("heldOn").GetString() == "2007-03-20");
        admin.GetProperty("session").GetProperty("averageUnderstood").GetDecimal().ShouldBe(2.2m);
        admin.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("hard").GetString()).ShouldContain("Istilah administrasi sulit dipahami");
        var online = flags.GetProperty("lowAdoption").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "online-selling");
        online.GetProperty("adoption").GetProperty("used").GetInt32().ShouldBe(0);
        online.GetProperty("adoption").GetProperty("checked").GetInt32().ShouldBe(10);
        online.GetProperty("adoption").GetProperty("reasons")[0].GetProperty("reason").GetString().ShouldBe("NoDevice");
        online.GetProperty("adoption").GetProperty("reasons")[0].GetProperty("count").GetInt32().ShouldBe(10);

        await using var scope = app.Scope(out var db);
        var trained = await db.Partners.Where(p => FoodSafety.TrainedPartners(db).Contains(p.Id)).Select(p => p.OwnerName).ToListAsync();
        trained.ShouldContain("Eti Rohaeti");
        trained.ShouldContain("Nining Kurniasih");
        trained.ShouldContain("Iis Suryani");
        trained.ShouldContain("Euis Komariah");
        trained.ShouldNotContain("Ujang Sopandi");
        var bookkeeping = await db.JournalEntries.Where(e => e.ProgramId == d.Program && e.Kind == EntryKind.CoachingGrant && e.EntryDate == new DateOnly(2006, 6, 15))
            .ToListAsync();
        bookkeeping.Count.ShouldBe(1, "the bookkeeping training's cost is posted once, by its session");
        (await db.TrainingSessions.AnyAsync(s => s.CostEntryId == bookkeeping[0].Id)).ShouldBeTrue();
        var upcoming = await db.TrainingSessions.Include(s => s.Participants).Where(s => s.ProgramId == d.Program && !s.IsHeld).ToListAsync();
        upcoming.ShouldContain(s => s.HeldOn > Today && s.Participants.Count > 0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_session_invites_by_need_and_by_village_and_an_unknown_village_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app, "marketing");
        Guid rawTopic;
        await using (var scope = app.Scope(out var db))
        {
            var topic = new TrainingTopic(d.Program, "melinjo-" + Guid.NewGuid().ToString("N")[..6], "Stok bahan baku", NeedKind.RawMaterial, null, 8);
            db.TrainingTopics.Add(topic);
            await db.SaveChangesAsync();
            rawTopic = topic.Id;
        }

        var officer = await app.ApiAs(Demo.Officer);

        // One Sinar Tani member asks for help with raw material: that is an open need the topic answers.
        var asker = d.Sinar[0];
        (await officer.PostAsJsonAsync("/api/v1/help-requests", new { partnerId = asker, kind = "RawMaterial", description = "Gula aren sulit didapat" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var without = new List<Guid>();
        foreach (var p in d.Sinar.Skip(1))
        {
            var needs = await (await officer.GetAsync($"/api/v1/partners/{p}/needs")).Json200();
            if (!needs.GetProperty("needs").EnumerateArray().Any(n => n.GetProperty("kind").GetString() == "RawMaterial"))
            {
                without.Add(p);
            }
        }

        without.ShouldNotBeEmpty();
        var byNeed = await PlanAsync(officer, d with { Topic = rawTopic }, Today.AddDays(10), capacity: 200);
        var added = await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{byNeed}/invitations", new { byNeed = true })).Json200();
        added.GetProperty("added").GetInt32().ShouldBeGreaterThan(0);
        await using (var scope = app.Scope(out var db))
        {
            var invited = await db.SessionParticipants.Where(p => p.SessionId == byNeed).Select(p => p.PartnerId).ToListAsync();
            invited.ShouldContain(asker);
            invited.ShouldNotContain(without[0]);
        }

        // By village: every partner of the village in scope; an unknown village names the field and invites nobody.
        string village;
        await using (var scope = app.Scope(out var db))
        {
            village = await db.Groups.Where(g => g.Name == "Sinar Tani").Select(g => g.VillageCode).SingleAsync();
        }

        var byVillage = await PlanAsync(officer, d, Today.AddDays(11), capacity: 200);
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{byVillage}/invitations", new { villageCode = "99.99.99.9999" }))
            .Problem(HttpStatusCode.BadRequest, "villageCode");
        await (await officer.PostAsJsonAsync($"/api/v1/trainings/sessions/{byVillage}/invitations", new { villageCode = village })).Json200();
        await using (var scope = app.Scope(out var db))
        {
            var inVillage = await db.Partners.Where(p => p.ProgramId == d.Program && p.VillageCode == village).Select(p => p.Id).ToListAsync();
            var invited = await db.SessionParticipants.Where(p => p.SessionId == byVillage).Select(p => p.PartnerId).ToListAsync();
            invited.ShouldBe(inVillage, ignoreOrder: true);
            invited.ShouldContain(d.Sinar[1]);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task The_providers_page_shows_its_flagged_session_with_the_answers_and_a_message_for_the_provider(string provider)
    {
        var app = await TestApp.For(provider);
        Guid incubator;
        Guid radio;
        await using (var scope = app.Scope(out var db))
        {
            incubator = await db.TrainingProviders.Where(p => p.Kind == ProviderKind.University).Select(p => p.Id).SingleAsync();
            radio = await db.TrainingProviders.Where(p => p.Kind == ProviderKind.RadioStation).Select(p => p.Id).SingleAsync();
        }

        var officer = await app.PagesAs(Demo.Officer);
        var html = await officer.Http.GetStringAsync($"/trainings/providers/{incubator}");
        html.ShouldContain("id=\"provider-flagged\"");
        html.ShouldContain("Istilah administrasi sulit dipahami");
        html.ShouldContain("https://wa.me/?text=");
        html.ShouldContain(Uri.EscapeDataString("Umpan balik pelatihan Administrasi usaha"), Case.Insensitive);

        // A provider whose sessions were understood has no such section.
        (await officer.Http.GetStringAsync($"/trainings/providers/{radio}")).ShouldNotContain("id=\"provider-flagged\"");
    }

    private static async Task<Guid> GroupAsync(TestApp app, string name)
    {
        await using var scope = app.Scope(out var db);
        return await db.Groups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync();
    }

    private static async Task<List<ReminderDraft>> RemindersAsync(AsyncServiceScope scope, AppDbContext db)
    {
        var drafts = new List<ReminderDraft>();
        foreach (var source in scope.ServiceProvider.GetServices<IReminderSource>().OfType<AdoptionReminders>())
        {
            await foreach (var r in source.DueAsync(db, Today, CancellationToken.None))
            {
                drafts.Add(r);
            }
        }

        return drafts;
    }
}
