using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Partners;

public sealed class PartnersApiTests
{
    [Theory]
    [AllDatabases]
    public async Task A_registered_partner_is_found_by_a_prefix_of_any_word_with_NIK_and_phone_masked(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var word = "Zq" + Guid.NewGuid().ToString("N")[..8];
        var body = PartnerRequests.Valid(name: $"Ibu {word}ah Lestari");
        var created = await PartnerRequests.CreateAsync(api, body);
        var id = created.GetProperty("id").GetString();
        created.GetProperty("nik").GetString().ShouldBe(Domain.Partners.Nik.Mask((string)body["nik"]!));
        created.GetProperty("status").GetString().ShouldBe("Prospect");

        var list = await (await api.GetAsync($"/api/v1/partners?q={word[..7].ToLowerInvariant()}")).Json200();
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("page").GetInt32().ShouldBe(1);
        list.GetProperty("pageSize").GetInt32().ShouldBe(20);
        var item = list.GetProperty("items")[0];
        item.GetProperty("id").GetString().ShouldBe(id);
        item.GetProperty("villageName").GetString().ShouldBe("Narimbang");
        item.GetProperty("nik").GetString().ShouldBe(Domain.Partners.Nik.Mask((string)body["nik"]!));
        item.GetProperty("phone").GetString().ShouldBe("0812•••••890");
        list.ToString().ShouldNotContain((string)body["nik"]!);

        // The business name's words find it too, and two words narrow it.
        var business = ((string)body["businessName"]!).Split(' ')[^1];
        (await (await api.GetAsync($"/api/v1/partners?q={business}")).Json200()).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await api.GetAsync($"/api/v1/partners?q=lestari+{word}")).Json200()).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await api.GetAsync($"/api/v1/partners?q={word}+nobodyhasthisword")).Json200()).GetProperty("total").GetInt32().ShouldBe(0);

        await using var scope = app.Scope(out var db);
        (await db.Timeline.CountAsync(t => t.PartnerId == Guid.Parse(id!) && t.Kind == "partner.registered")).ShouldBe(1);

        // The registration is audited once, with the NIK masked; derived search words are not.
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Partner" && a.EntityId == id && a.Action == "Added");
        audit.Changes!.ShouldNotContain((string)body["nik"]!);
        (await db.AuditEntries.CountAsync(a => a.EntityType == "PartnerSearchWord" && a.EntityId.Contains(id!))).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Demo_partner_is_found_by_part_of_her_name_and_filtered_by_village_and_status(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var list = await (await api.GetAsync("/api/v1/partners?q=rohae")).Json200();
        list.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("ownerName").GetString() == "Eti Rohaeti"
            && i.GetProperty("groupName").GetString() == "Citra Sari");
        var village = await (await api.GetAsync($"/api/v1/partners?q=rohae&village={TestData.Narimbang}&status=Active")).Json200();
        village.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("villageCode").GetString() == TestData.Narimbang);
        var other = await (await api.GetAsync($"/api/v1/partners?q=rohaeti&village={TestData.OutsideFacilitator}")).Json200();
        other.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("ownerName").GetString() == "Eti Rohaeti");
    }

    [Theory]
    [AllDatabases]
    public async Task List_pages_twenty_at_a_time(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin);
        var page1 = await (await api.GetAsync("/api/v1/partners?pageSize=3&page=1")).Json200();
        var page2 = await (await api.GetAsync("/api/v1/partners?pageSize=3&page=2")).Json200();
        page1.GetProperty("items").GetArrayLength().ShouldBe(3);
        page1.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(6);
        var first = page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldAllBe(id => !first.Contains(id));
    }

    [Theory]
    [AllDatabases]
    public async Task NIK_search_by_leading_digits_is_for_roles_that_may_read_NIKs(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var body = PartnerRequests.Valid();
        var created = await PartnerRequests.CreateAsync(officer, body);
        var nik = (string)body["nik"]!;
        var found = await (await officer.GetAsync($"/api/v1/partners?nik={nik[..12]}")).Json200();
        found.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("id").GetString() == created.GetProperty("id").GetString());
        var full = await (await officer.GetAsync($"/api/v1/partners?q={nik}")).Json200();
        full.GetProperty("total").GetInt32().ShouldBe(1);

        var evaluator = await app.ApiAs(Demo.Evaluator);
        await (await evaluator.GetAsync($"/api/v1/partners?nik={nik[..12]}")).Problem(HttpStatusCode.Forbidden);
        await (await officer.GetAsync("/api/v1/partners?nik=32ab")).Problem(HttpStatusCode.BadRequest, "nik");
    }

    [Theory]
    [AllDatabases]
    public async Task Evaluators_see_neither_NIK_nor_phone(string provider)
    {
        var app = await TestApp.For(provider);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        var list = await (await evaluator.GetAsync("/api/v1/partners?q=rohae")).Json200();
        var item = list.GetProperty("items")[0];
        item.GetProperty("nik").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        item.GetProperty("phone").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var detail = await (await evaluator.GetAsync($"/api/v1/partners/{item.GetProperty("id").GetString()}")).Json200();
        detail.GetProperty("nik").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        detail.GetProperty("phone").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [AllDatabases]
    public async Task Each_bad_NIK_gets_its_own_message_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var cases = new Dictionary<string, string>
        {
            ["32110752048"] = "nik.length",
            ["3211075204A80001"] = "nik.digits",
            ["3211073213800001"] = "nik.birthdate",
            ["3211071502800000"] = "nik.serial",
        };
        var messages = new HashSet<string>();
        foreach (var (nik, code) in cases)
        {
            var body = PartnerRequests.Valid(nik: nik);
            var problem = await (await api.PostAsJsonAsync("/api/v1/partners", body)).Problem(HttpStatusCode.BadRequest, "nik");
            problem.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ShouldContain(code);
            messages.Add(problem.GetProperty("errors").GetProperty("nik")[0].GetString()!);
            await using var scope = app.Scope(out var db);
            (await db.Partners.CountAsync(p => p.OwnerName == (string)body["ownerName"]!)).ShouldBe(0);
        }

        messages.Count.ShouldBe(4);
    }

    [Theory]
    [AllDatabases]
    public async Task Sex_and_birth_date_must_match_the_NIK(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var birth = new DateOnly(1975, 6, 20);
        var body = PartnerRequests.Valid(nik: TestData.Nik(birth, female: true))
            .With("sex", "Male").With("birthDate", "1975-06-21");
        var problem = await (await api.PostAsJsonAsync("/api/v1/partners", body)).Problem(HttpStatusCode.BadRequest, "sex");
        problem.GetProperty("errors").TryGetProperty("birthDate", out _).ShouldBeTrue();
        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.OwnerName == (string)body["ownerName"]!)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Unknown_village_and_a_village_outside_the_facilitators_are_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var unknown = PartnerRequests.Valid(village: "32.11.07.9999");
        (await (await officer.PostAsJsonAsync("/api/v1/partners", unknown)).Problem(HttpStatusCode.BadRequest, "villageCode"))
            .GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ShouldContain("village.unknown");

        var facilitator = await app.ApiAs(Demo.Facilitator);
        var outside = PartnerRequests.Valid(village: TestData.OutsideFacilitator);
        (await (await facilitator.PostAsJsonAsync("/api/v1/partners", outside)).Problem(HttpStatusCode.BadRequest, "villageCode"))
            .GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ShouldContain("village.outofscope");

        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.OwnerName == (string)unknown["ownerName"]! || p.OwnerName == (string)outside["ownerName"]!)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_NIK_registered_twice_is_a_conflict_pointing_to_the_existing_record(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var first = PartnerRequests.Valid();
        var created = await PartnerRequests.CreateAsync(api, first);
        var second = PartnerRequests.Valid(nik: (string)first["nik"]!).With("sex", first["sex"]).With("birthDate", first["birthDate"]);
        var problem = await (await api.PostAsJsonAsync("/api/v1/partners", second)).Problem(HttpStatusCode.Conflict, "nik");
        problem.GetProperty("existingPartnerId").GetString().ShouldBe(created.GetProperty("id").GetString());
        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.OwnerName == (string)second["ownerName"]!)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_business_started_in_the_future_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var future = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var body = PartnerRequests.Valid().With("businessStartedOn", future);
        await (await api.PostAsJsonAsync("/api/v1/partners", body)).Problem(HttpStatusCode.BadRequest, "businessStartedOn");
        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.OwnerName == (string)body["ownerName"]!)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_NIK_district_missing_from_the_region_list_is_a_warning_not_a_refusal(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer, "en");
        var person = TestData.Person();
        var nik = "990101" + person.Nik[6..];
        var response = await api.PostAsJsonAsync("/api/v1/partners", PartnerRequests.Valid(nik: nik).With("sex", person.Sex)
            .With("birthDate", person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var json = await response.Json200(HttpStatusCode.Created);
        json.GetProperty("warnings")[0].GetString()!.ShouldContain("99.01.01");
    }

    [Theory]
    [AllDatabases]
    public async Task Roles_that_may_not_register_get_403_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var existing = await PartnerRequests.CreateAsync(officer, PartnerRequests.Valid());
        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer, Demo.Chair })
        {
            var api = await app.ApiAs(email);
            var body = PartnerRequests.Valid();
            await (await api.PostAsJsonAsync("/api/v1/partners", body)).Problem(HttpStatusCode.Forbidden);
            await using var scope = app.Scope(out var db);
            (await db.Partners.CountAsync(p => p.OwnerName == (string)body["ownerName"]!)).ShouldBe(0);
        }

        var evaluator = await app.ApiAs(Demo.Evaluator);
        await (await evaluator.PutAsJsonAsync($"/api/v1/partners/{existing.GetProperty("id").GetString()}", PartnerRequests.Valid())).Problem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_outside_the_facilitators_villages_is_not_found(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var outside = await PartnerRequests.CreateAsync(officer, PartnerRequests.Valid(village: TestData.OutsideFacilitator));
        var id = outside.GetProperty("id").GetString();
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.GetAsync($"/api/v1/partners/{id}")).Problem(HttpStatusCode.NotFound);
        await (await facilitator.GetAsync($"/api/v1/partners/{id}/eligibility")).Problem(HttpStatusCode.NotFound);
        await (await facilitator.PostAsync($"/api/v1/partners/{id}/nik", null)).Problem(HttpStatusCode.NotFound);
        var body = PartnerRequests.Valid(village: TestData.Narimbang);
        await (await facilitator.PutAsJsonAsync($"/api/v1/partners/{id}", body)).Problem(HttpStatusCode.NotFound);
        var list = await (await facilitator.GetAsync($"/api/v1/partners?q={((string)outside.GetProperty("ownerName").GetString()!).Split(' ')[^1]}")).Json200();
        list.GetProperty("total").GetInt32().ShouldBe(0);
        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.OwnerName == (string)body["ownerName"]!)).ShouldBe(0);

        var chair = await app.ApiAs(Demo.Chair);
        await (await chair.GetAsync($"/api/v1/partners/{id}")).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task Editing_changes_the_facts_keeps_the_NIK_when_left_empty_and_updates_the_search(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Facilitator);
        var body = PartnerRequests.Valid();
        var created = await PartnerRequests.CreateAsync(api, body);
        var id = created.GetProperty("id").GetString();
        var oldWord = ((string)body["ownerName"]!).Split(' ')[^1];
        var originalNik = (string)body["nik"]!;
        var newWord = "Yx" + Guid.NewGuid().ToString("N")[..8];
        body["ownerName"] = "Ibu " + newWord;
        body["nik"] = "";
        body["yearlySales"] = 75_000_000;
        var updated = await (await api.PutAsJsonAsync($"/api/v1/partners/{id}", body)).Json200();
        updated.GetProperty("ownerName").GetString().ShouldBe("Ibu " + newWord);
        updated.GetProperty("yearlySales").GetDecimal().ShouldBe(75_000_000m);
        (await (await api.GetAsync($"/api/v1/partners?q={newWord}")).Json200()).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await api.GetAsync($"/api/v1/partners?q={oldWord}")).Json200()).GetProperty("total").GetInt32().ShouldBe(0);

        body["villageCode"] = TestData.OutsideFacilitator;
        await (await api.PutAsJsonAsync($"/api/v1/partners/{id}", body)).Problem(HttpStatusCode.BadRequest, "villageCode");
        await using var scope = app.Scope(out var db);
        var stored = await db.Partners.SingleAsync(p => p.Id == Guid.Parse(id!));
        stored.Nik.ShouldBe(originalNik);
        stored.VillageCode.ShouldBe(TestData.Narimbang);
    }

    [Theory]
    [AllDatabases]
    public async Task Eligibility_lists_every_criterion_of_the_program_by_name(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var created = await PartnerRequests.CreateAsync(api, PartnerRequests.Valid().With("hasBankCredit", true));
        var eligibility = await (await api.GetAsync($"/api/v1/partners/{created.GetProperty("id").GetString()}/eligibility")).Json200();
        await using var scope = app.Scope(out var db);
        var program = await db.Programs.SingleAsync(p => p.Code == "TELKOM-CDC");
        var criteria = eligibility.GetProperty("criteria").EnumerateArray().ToList();
        criteria.Count.ShouldBe(program.Criteria.Count);
        foreach (var c in criteria)
        {
            c.TryGetProperty("passed", out _).ShouldBeTrue();
            c.TryGetProperty("mandatory", out _).ShouldBeTrue();
            c.TryGetProperty("limit", out _).ShouldBeTrue();
        }
        eligibility.GetProperty("eligible").GetBoolean().ShouldBe(criteria.All(c => c.GetProperty("passed").GetBoolean() || !c.GetProperty("mandatory").GetBoolean()));
    }

    [Theory]
    [AllDatabases]
    public async Task Reading_a_full_NIK_is_audited_and_refused_to_roles_that_may_not(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var body = PartnerRequests.Valid();
        var id = (await PartnerRequests.CreateAsync(officer, body)).GetProperty("id").GetString()!;
        var nik = await (await officer.PostAsync($"/api/v1/partners/{id}/nik", null)).Json200();
        nik.GetProperty("nik").GetString().ShouldBe((string)body["nik"]!);
        await using (var scope = app.Scope(out var db))
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.EntityId == id && a.Action == "ReadNik");
            entry.EntityType.ShouldBe("Partner");
            entry.UserName.ShouldBe(Demo.Officer);
            entry.UserId.ShouldNotBeNullOrEmpty();
        }

        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer })
        {
            var api = await app.ApiAs(email);
            await (await api.PostAsync($"/api/v1/partners/{id}/nik", null)).Problem(HttpStatusCode.Forbidden);
        }

        await using (var scope = app.Scope(out var db))
        {
            (await db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == "ReadNik")).ShouldBe(1);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_user_sees_their_own_record_with_masked_NIK_and_own_phone(string provider)
    {
        var app = await TestApp.For(provider);
        var chair = await app.ApiAs(Demo.Chair);
        var list = await (await chair.GetAsync("/api/v1/partners")).Json200();
        list.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        await using var scope = app.Scope(out var db);
        var user = await db.Users.SingleAsync(u => u.Email == Demo.Chair);
        var own = await (await chair.GetAsync($"/api/v1/partners/{user.PartnerId}")).Json200();
        own.GetProperty("nik").GetString()!.ShouldContain("•");
        var partner = await db.Partners.SingleAsync(p => p.Id == user.PartnerId);
        own.GetProperty("phone").GetString().ShouldBe(partner.Phone);
    }

    [Theory]
    [AllDatabases]
    public async Task Errors_are_in_English_when_the_client_asks(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer, "en");
        var problem = await (await api.PostAsJsonAsync("/api/v1/partners", PartnerRequests.Valid(nik: "3211071502800000"))).Problem(HttpStatusCode.BadRequest, "nik");
        problem.GetProperty("errors").GetProperty("nik")[0].GetString().ShouldBe("The NIK serial (last 4 digits) cannot be 0000.");
        var id = await (await app.ApiAs(Demo.Officer)).PostAsJsonAsync("/api/v1/partners", PartnerRequests.Valid(nik: "3211071502800000"));
        (await id.Problem(HttpStatusCode.BadRequest, "nik")).GetProperty("errors").GetProperty("nik")[0].GetString()!.ShouldContain("Nomor urut");
    }
}
