using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Socialization;

public sealed class SocializationTests
{
    private static Dictionary<string, object?> Meeting(string? village = null, string? place = null) => new()
    {
        ["heldOn"] = "2025-11-20",
        ["villageCode"] = village ?? TestData.Narimbang,
        ["place"] = place ?? TestData.Unique("Balai Desa"),
        ["officersPresent"] = "Tim CDC",
        ["topics"] = "Jasa administrasi 6% setahun, pelatihan, pameran",
    };

    private static async Task<JsonElement> CreateAsync(HttpClient api, Dictionary<string, object?> body) =>
        await (await api.PostAsJsonAsync("/api/v1/socializations", body)).Json200(HttpStatusCode.Created);

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_records_a_meeting_with_a_timeline_event(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Facilitator);
        var created = await CreateAsync(api, Meeting());
        var id = created.GetProperty("id").GetString()!;
        created.GetProperty("facilitatorName").GetString()!.ShouldContain("Asep");
        var list = await (await api.GetAsync("/api/v1/socializations")).Json200();
        list.EnumerateArray().ShouldContain(s => s.GetProperty("id").GetString() == id);
        (await (await api.GetAsync($"/api/v1/socializations/{id}")).Json200()).GetProperty("place").GetString().ShouldBe(created.GetProperty("place").GetString());
        await using var scope = app.Scope(out var db);
        (await db.Timeline.CountAsync(t => t.SubjectId == Guid.Parse(id) && t.Kind == "socialization.held" && t.Approach == Domain.Common.FivePApproach.Enabling)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_meetings_are_refused_naming_the_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var facilitator = await app.ApiAs(Demo.Facilitator, "en");
        var future = Meeting();
        future["heldOn"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await (await facilitator.PostAsJsonAsync("/api/v1/socializations", future)).Problem(HttpStatusCode.BadRequest, "heldOn"))
            .GetProperty("errors").GetProperty("heldOn")[0].GetString().ShouldBe("Date cannot be in the future.");
        var unknown = Meeting(village: "32.11.07.9999");
        await (await facilitator.PostAsJsonAsync("/api/v1/socializations", unknown)).Problem(HttpStatusCode.BadRequest, "villageCode");
        var outside = Meeting(village: TestData.OutsideFacilitator);
        await (await facilitator.PostAsJsonAsync("/api/v1/socializations", outside)).Problem(HttpStatusCode.BadRequest, "villageCode");
        var empty = Meeting(place: "");
        empty["topics"] = " ";
        var problem = await (await facilitator.PostAsJsonAsync("/api/v1/socializations", empty)).Problem(HttpStatusCode.BadRequest, "place");
        problem.GetProperty("errors").TryGetProperty("topics", out _).ShouldBeTrue();

        // An officer must name a facilitator, and the village must be one of theirs.
        var officer = await app.ApiAs(Demo.Officer);
        var noFacilitator = Meeting();
        await (await officer.PostAsJsonAsync("/api/v1/socializations", noFacilitator)).Problem(HttpStatusCode.BadRequest, "facilitatorUserId");
        await using var scope = app.Scope(out var db);
        var facilitatorId = (await db.Users.SingleAsync(u => u.Email == Demo.Facilitator)).Id;
        var notTheirs = Meeting(village: TestData.OutsideFacilitator);
        notTheirs["facilitatorUserId"] = facilitatorId;
        (await (await officer.PostAsJsonAsync("/api/v1/socializations", notTheirs)).Problem(HttpStatusCode.BadRequest, "villageCode"))
            .GetProperty("code").GetString().ShouldBe("socialization.village.notfacilitators");

        var places = new[] { future, unknown, outside, noFacilitator, notTheirs }.Select(m => (string)m["place"]!).ToList();
        (await db.Socializations.CountAsync(s => places.Contains(s.Place))).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task An_officer_records_a_meeting_for_a_facilitator(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        await using var scope = app.Scope(out var db);
        var facilitatorId = (await db.Users.SingleAsync(u => u.Email == Demo.Facilitator)).Id;
        var body = Meeting();
        body["facilitatorUserId"] = facilitatorId;
        var created = await CreateAsync(officer, body);
        created.GetProperty("facilitatorUserId").GetString().ShouldBe(facilitatorId);
    }

    [Theory]
    [AllDatabases]
    public async Task Other_roles_are_refused_and_out_of_scope_meetings_are_not_found(string provider)
    {
        var app = await TestApp.For(provider);
        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer, Demo.Chair })
        {
            var api = await app.ApiAs(email);
            var body = Meeting();
            await (await api.PostAsJsonAsync("/api/v1/socializations", body)).Problem(HttpStatusCode.Forbidden);
            await (await api.GetAsync("/api/v1/socializations")).Problem(HttpStatusCode.Forbidden);
        }

        var officer = await app.ApiAs(Demo.Officer);
        await using var scope = app.Scope(out var db);
        var facilitatorId = (await db.Users.SingleAsync(u => u.Email == Demo.Facilitator)).Id;
        var body2 = Meeting();
        body2["facilitatorUserId"] = facilitatorId;
        var meeting = await CreateAsync(officer, body2);
        var id = meeting.GetProperty("id").GetString();
        var evaluator = await app.ApiAs(Demo.Evaluator);
        await (await evaluator.GetAsync($"/api/v1/socializations/{id}")).Problem(HttpStatusCode.NotFound);
        await (await evaluator.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees", new { name = "X" })).Problem(HttpStatusCode.Forbidden);
        (await db.Socializations.Where(s => s.Place == (string)body2["place"]!).SelectMany(s => s.Attendees).CountAsync()).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Attendees_are_existing_partners_once_or_new_people_with_a_name(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Facilitator);
        var id = (await CreateAsync(api, Meeting())).GetProperty("id").GetString();
        var partner = await PartnerRequests.CreateAsync(api, PartnerRequests.Valid());
        var partnerId = partner.GetProperty("id").GetString();

        await (await api.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees", new { partnerId, interested = true })).Json200(HttpStatusCode.Created);
        await (await api.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees", new { partnerId, interested = true })).Problem(HttpStatusCode.Conflict, "partnerId");
        await (await api.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees", new { name = " ", phone = "0812" })).Problem(HttpStatusCode.BadRequest, "name");
        await (await api.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees", new { name = "Ibu Iis", villageCode = "32.11.07.9999" })).Problem(HttpStatusCode.BadRequest, "villageCode");
        var person = await (await api.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees",
            new { name = "Ibu Iis Sumiati", phone = "081322223333", villageCode = TestData.Narimbang, interested = true })).Json200(HttpStatusCode.Created);
        person.GetProperty("partnerId").ValueKind.ShouldBe(JsonValueKind.Null);

        // A partner outside the facilitator's villages cannot be added.
        var officer = await app.ApiAs(Demo.Officer);
        var outside = await PartnerRequests.CreateAsync(officer, PartnerRequests.Valid(village: TestData.OutsideFacilitator));
        await (await api.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees", new { partnerId = outside.GetProperty("id").GetString() })).Problem(HttpStatusCode.NotFound);

        var details = await (await api.GetAsync($"/api/v1/socializations/{id}")).Json200();
        details.GetProperty("attendees").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [AllDatabases]
    public async Task An_attendee_becomes_a_partner_in_one_step_and_a_refusal_changes_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Facilitator);
        var id = (await CreateAsync(api, Meeting())).GetProperty("id").GetString();
        var attendee = await (await api.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees",
            new { name = TestData.Unique("Ibu Peserta"), phone = "081355556666", villageCode = TestData.Narimbang, interested = false })).Json200(HttpStatusCode.Created);
        var attendeeId = attendee.GetProperty("id").GetString();
        var url = $"/api/v1/socializations/{id}/attendees/{attendeeId}/partner";

        var bad = PartnerRequests.Valid(nik: "32110752048");
        await (await api.PostAsJsonAsync(url, bad)).Problem(HttpStatusCode.BadRequest, "nik");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Partners.CountAsync(p => p.OwnerName == (string)bad["ownerName"]!)).ShouldBe(0);
            (await db.SocializationAttendees.SingleAsync(a => a.Id == Guid.Parse(attendeeId!))).PartnerId.ShouldBeNull();
        }

        var good = PartnerRequests.Valid(name: attendee.GetProperty("name").GetString());
        var created = await (await api.PostAsJsonAsync(url, good)).Json200(HttpStatusCode.Created);
        var partnerId = created.GetProperty("partner").GetProperty("id").GetString();
        await using (var scope = app.Scope(out var db))
        {
            var linked = await db.SocializationAttendees.SingleAsync(a => a.Id == Guid.Parse(attendeeId!));
            linked.PartnerId.ShouldBe(Guid.Parse(partnerId!));
            linked.Interested.ShouldBeTrue();
        }

        await (await api.PostAsJsonAsync(url, PartnerRequests.Valid())).Problem(HttpStatusCode.Conflict);
        await (await api.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees/{Guid.NewGuid()}/partner", PartnerRequests.Valid())).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task Pages_record_a_meeting_add_attendees_and_register_one_as_partner(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Facilitator);
        var form = await pages.GetAsync("/socializations/new");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        form.Document.QuerySelector("select[name='Input.FacilitatorUserId']").ShouldBeNull();

        var bad = await pages.SubmitAsync(form, "#socialization-form", new Dictionary<string, string>
        {
            ["Input.HeldOn"] = "2025-11-20",
            ["Input.VillageCode"] = TestData.OutsideFacilitator,
            ["Input.Place"] = "",
            ["Input.Topics"] = "Program",
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.FieldError("Input.Place").ShouldBe("Tempat wajib diisi.");
        bad.Document.QuerySelector("[data-region-picker] .field-error")!.TextContent.ShouldNotBeNullOrWhiteSpace();

        var place = TestData.Unique("Rumah Ibu Uji");
        var saved = await pages.SubmitAsync(form, "#socialization-form", new Dictionary<string, string>
        {
            ["Input.HeldOn"] = "2025-11-20",
            ["Input.VillageCode"] = TestData.Narimbang,
            ["Input.Place"] = place,
            ["Input.Topics"] = "Jasa 6% setahun",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", saved.Errors));
        var url = saved.Location!;
        (await pages.GetAsync("/socializations")).Html.ShouldContain(place);

        var detail = await pages.GetAsync(url);
        var noName = await pages.SubmitAsync(detail, "#add-person", new Dictionary<string, string> { ["Person.Name"] = "" });
        noName.FieldError("Person.Name").ShouldBe("Nama peserta wajib diisi.");
        var name = TestData.Unique("Ibu Datang");
        var added = await pages.SubmitAsync(detail, "#add-person", new Dictionary<string, string> { ["Person.Name"] = name, ["Person.Phone"] = "081377778888" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", added.Errors));

        var found = await pages.GetAsync(url + "?find=rohae");
        found.Document.QuerySelector("form[data-add-partner]").ShouldNotBeNull();
        var addPartner = await pages.SubmitAsync(found, "form[data-add-partner]", new Dictionary<string, string>());
        addPartner.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var twice = await pages.SubmitAsync(found, "form[data-add-partner]", new Dictionary<string, string>());
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        twice.Errors.ShouldContain("Mitra ini sudah tercatat sebagai peserta.");

        detail = await pages.GetAsync(url);
        detail.Html.ShouldContain(name);
        var register = detail.Document.QuerySelector("a[href*='/attendees/'][href$='/partner']")!.GetAttribute("href")!;
        var partnerForm = await pages.GetAsync(register);
        partnerForm.StatusCode.ShouldBe(HttpStatusCode.OK);
        partnerForm.Document.QuerySelector("input[name='Input.OwnerName']")!.GetAttribute("value").ShouldBe(name);
        partnerForm.Document.QuerySelector("input[name='Input.VillageCode']")!.GetAttribute("value").ShouldBe(TestData.Narimbang);
        var values = PartnerPagesTests.Form(name: name);
        values.Remove("Input.Phone");
        var registered = await pages.SubmitAsync(partnerForm, "#partner-form", values);
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", registered.Errors));
        await using var scope = app.Scope(out var db);
        var partner = await db.Partners.SingleAsync(p => p.OwnerName == name);
        partner.Phone.ShouldBe("081377778888");
        (await db.SocializationAttendees.SingleAsync(a => a.Name == name)).PartnerId.ShouldBe(partner.Id);
    }

    [Theory]
    [AllDatabases]
    public async Task Pages_are_refused_to_roles_that_do_not_organize_meetings(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Evaluator);
        (await pages.GetAsync("/socializations")).Location!.ShouldContain("/denied");
        (await pages.GetAsync("/socializations/new")).Location!.ShouldContain("/denied");
        await using var scope = app.Scope(out var db);
        var any = await db.Socializations.Select(s => s.Id).FirstAsync();
        (await pages.GetAsync($"/socializations/{any}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
    [Theory]
    [AllDatabases]
    public async Task A_meeting_in_another_facilitators_village_is_not_found(string provider)
    {
        var app = await TestApp.For(provider);
        var email = "fasilitator-" + Guid.NewGuid().ToString("N")[..8] + "@test.berdaya.id";
        string otherId;
        await using (var scope = app.Scope(out var db))
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Identity.AppUser>>();
            var user = new Data.Identity.AppUser { UserName = email, Email = email, DisplayName = "Fasilitator Jatinangor" };
            (await users.CreateAsync(user, Demo.Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Data.Identity.Roles.Facilitator);
            var program = await db.Programs.SingleAsync(p => p.Code == "TELKOM-CDC");
            db.UserPrograms.Add(new Data.Identity.UserProgram { UserId = user.Id, ProgramId = program.Id });
            db.UserVillages.Add(new Data.Identity.UserVillage { UserId = user.Id, VillageCode = TestData.OutsideFacilitator });
            await db.SaveChangesAsync();
            otherId = user.Id;
        }

        var other = await app.ApiAs(email);
        var meeting = await CreateAsync(other, Meeting(village: TestData.OutsideFacilitator));
        meeting.GetProperty("facilitatorUserId").GetString().ShouldBe(otherId);
        var id = meeting.GetProperty("id").GetString();

        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.GetAsync($"/api/v1/socializations/{id}")).Problem(HttpStatusCode.NotFound);
        await (await facilitator.PostAsJsonAsync($"/api/v1/socializations/{id}/attendees", new { name = "Ibu Luar" })).Problem(HttpStatusCode.NotFound);
        (await (await facilitator.GetAsync("/api/v1/socializations")).Json200()).EnumerateArray().ShouldNotContain(s => s.GetProperty("id").GetString() == id);
        var pages = await app.PagesAs(Demo.Facilitator);
        (await pages.GetAsync($"/socializations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using (var scope = app.Scope(out var db))
        {
            (await db.SocializationAttendees.CountAsync(a => a.SocializationEventId == Guid.Parse(id!))).ShouldBe(0);
        }
    }
}
