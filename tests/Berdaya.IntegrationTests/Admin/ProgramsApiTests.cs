using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Admin;

public sealed class ProgramsApiTests
{
    [Theory]
    [AllDatabases]
    public async Task Admin_creates_a_program_with_its_regimes_preset_and_the_creation_is_audited(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var code = AdminData.Code();
        var created = await (await admin.PostAsJsonAsync("/api/v1/programs", AdminData.Program(code, b => b["regime"] = "Regime2007"))).Json200(HttpStatusCode.Created);
        created.GetProperty("code").GetString().ShouldBe(code);
        created.GetProperty("regime").GetString().ShouldBe("Regime2007");
        created.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("kind").GetString())
            .ShouldBe(["IndonesianCitizen", "MaxNetAssets", "MaxYearlySales", "MinMonthsInBusiness"]);
        created.GetProperty("surveyAspects").GetArrayLength().ShouldBe(5);
        var id = created.GetProperty("id").GetGuid();

        var read = await (await admin.GetAsync($"/api/v1/programs/{id}")).Json200();
        read.GetProperty("maxLoanPerPartner").GetDecimal().ShouldBe(10_000_000m);
        read.GetProperty("operatorAreaCode").GetString().ShouldBe("32");

        await using var scope = app.Scope(out var db);
        var audit = await db.AuditEntries.Where(a => a.EntityType == "PartnershipProgram" && a.EntityId == id.ToString()).ToListAsync();
        audit.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            a => a.Action.ShouldBe("Added"),
            a => a.UserName.ShouldBe(Demo.Admin),
            a => a.Changes!.ShouldContain(code));
    }

    private static readonly (string Why, string Field, string Overrides)[] BadInputs =
    [
        ("min group size below one", "minGroupSize", """{"minGroupSize":0}"""),
        ("max group size below min", "maxGroupSize", """{"minGroupSize":8,"maxGroupSize":5}"""),
        ("zero loan cap", "maxLoanPerPartner", """{"maxLoanPerPartner":0}"""),
        ("fractional loan cap", "maxLoanPerPartner", """{"maxLoanPerPartner":1000000.5}"""),
        ("unknown area code", "operatorAreaCode", """{"operatorAreaCode":"99.99"}"""),
        ("no code", "code", """{"code":""}"""),
        ("no name", "name", """{"name":" "}"""),
        ("no aspects", "surveyAspects", """{"surveyAspects":[]}"""),
        ("duplicate aspect codes", "surveyAspects", """{"surveyAspects":[{"code":"a","name":"A","order":1},{"code":"A","name":"B","order":2}]}"""),
        ("blank aspect", "surveyAspects[0].name", """{"surveyAspects":[{"code":"a","name":"","order":1}]}"""),
        ("criterion without its limit", "criteria[1].limit", """{"criteria":[{"kind":"IndonesianCitizen"},{"kind":"MaxNetAssets"}]}"""),
        ("criterion with a negative limit", "criteria[0].limit", """{"criteria":[{"kind":"MinMonthsInBusiness","limit":-1}]}"""),
        ("assets-or-sales without second limit", "criteria[0].secondLimit", """{"criteria":[{"kind":"MaxNetAssetsOrYearlySales","limit":500000000}]}"""),
    ];

    public static TheoryData<string, string, string, string> BadPrograms()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var provider in new[] { TestApp.Sqlite, TestApp.Postgres })
        {
            foreach (var (why, field, overrides) in BadInputs)
            {
                data.Add(provider, why, field, overrides);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadPrograms))]
    public async Task Bad_program_input_is_refused_naming_the_field_and_nothing_is_written(string provider, string why, string field, string overrides)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var code = AdminData.Code();
        var body = AdminData.Program(code, b =>
        {
            foreach (var p in JsonDocument.Parse(overrides).RootElement.EnumerateObject())
            {
                b[p.Name] = p.Value.Clone();
            }
        });
        var response = await admin.PostAsJsonAsync("/api/v1/programs", body);
        await response.Problem(HttpStatusCode.BadRequest, field);

        await using var scope = app.Scope(out var db);
        (await db.Programs.CountAsync(p => p.Code == code)).ShouldBe(0, why);
    }

    [Theory]
    [AllDatabases]
    public async Task A_program_code_already_used_is_a_conflict(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var code = AdminData.Code();
        await AdminData.CreateProgramAsync(admin, code);
        var again = await admin.PostAsJsonAsync("/api/v1/programs", AdminData.Program(code, b => b["name"] = "Another"));
        await again.Problem(HttpStatusCode.Conflict, "code");
        var other = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        await (await admin.PutAsJsonAsync($"/api/v1/programs/{other}", AdminData.Program(code))).Problem(HttpStatusCode.Conflict, "code");

        await using var scope = app.Scope(out var db);
        (await db.Programs.CountAsync(p => p.Code == code)).ShouldBe(1);
        (await db.Programs.SingleAsync(p => p.Id == other)).Code.ShouldNotBe(code);
    }

    [Theory]
    [AllDatabases]
    public async Task Admin_edits_settings_criteria_and_aspects_and_a_new_regime_brings_its_preset(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var code = AdminData.Code();
        var id = await AdminData.CreateProgramAsync(admin, code);

        var edited = await (await admin.PutAsJsonAsync($"/api/v1/programs/{id}", AdminData.Program(code, b =>
        {
            b["name"] = "Nama Baru";
            b["minGroupSize"] = 5;
            b["maxGroupSize"] = 15;
            b["maxLoanPerPartner"] = 25_000_000m;
            b["operatorAreaCode"] = "32.11";
            b["criteria"] = new object[]
            {
                new { kind = "IndonesianCitizen", mandatory = true },
                new { kind = "MaxNetAssetsOrYearlySales", mandatory = true, limit = 400_000_000m, secondLimit = 2_000_000_000m },
            };
            b["surveyAspects"] = new object[] { new { code = "karakter", name = "Karakter", order = 1 }, new { code = "kapasitas", name = "Kapasitas", order = 2 } };
        }))).Json200();
        edited.GetProperty("name").GetString().ShouldBe("Nama Baru");
        edited.GetProperty("minGroupSize").GetInt32().ShouldBe(5);
        edited.GetProperty("operatorAreaCode").GetString().ShouldBe("32.11");
        var criteria = edited.GetProperty("criteria").EnumerateArray().ToList();
        criteria.Count.ShouldBe(2);
        criteria[1].GetProperty("secondLimit").GetDecimal().ShouldBe(2_000_000_000m);
        edited.GetProperty("surveyAspects").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ShouldBe(["karakter", "kapasitas"]);

        var regime = await (await admin.PutAsJsonAsync($"/api/v1/programs/{id}", AdminData.Program(code, b => b["regime"] = "Regime2015"))).Json200();
        regime.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("kind").GetString())
            .ShouldBe(["IndonesianCitizen", "MaxNetAssetsOrYearlySales", "MinMonthsInBusiness"]);
        regime.GetProperty("surveyAspects").GetArrayLength().ShouldBe(2, "aspects were not sent, so they stay");

        await using var scope = app.Scope(out var db);
        (await db.Set<Domain.Programs.EligibilityCriterion>().CountAsync(c => EF.Property<Guid>(c, "ProgramId") == id)).ShouldBe(3);
        (await db.AuditEntries.CountAsync(a => a.EntityType == "PartnershipProgram" && a.EntityId == id.ToString() && a.Action == "Modified")).ShouldBeGreaterThan(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_new_program_starts_with_the_default_training_topics(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var id = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        await using var scope = app.Scope(out var db);
        var codes = await db.TrainingTopics.Where(t => t.ProgramId == id).Select(t => t.Code).ToListAsync();
        codes.ShouldBe(Domain.Coaching.TrainingTopic.Defaults.Select(d => d.Code), ignoreOrder: true);
        codes.ShouldContain(Domain.Coaching.TrainingTopic.FoodSafetyCode);
    }

    [Theory]
    [AllDatabases]
    public async Task A_refused_edit_changes_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var code = AdminData.Code();
        var id = await AdminData.CreateProgramAsync(admin, code);
        var response = await admin.PutAsJsonAsync($"/api/v1/programs/{id}", AdminData.Program(code, b =>
        {
            b["name"] = "Tidak tersimpan";
            b["regime"] = "Regime2007";
            b["maxGroupSize"] = 1;
            b["operatorAreaCode"] = "77.77.77";
        }));
        var problem = await response.Problem(HttpStatusCode.BadRequest, "maxGroupSize");
        problem.GetProperty("errors").TryGetProperty("operatorAreaCode", out _).ShouldBeTrue();

        await using var scope = app.Scope(out var db);
        var p = await db.Programs.AsNoTracking().SingleAsync(x => x.Id == id);
        p.Name.ShouldBe("Program Kemitraan " + code);
        p.Regime.ShouldBe(Domain.Programs.EligibilityRegime.Regime2021);
        p.MaxGroupSize.ShouldBe(12);
        p.Criteria.Count.ShouldBe(4);
    }

    [Theory]
    [AllDatabases]
    public async Task Programs_are_read_within_scope_and_written_by_administrators_only(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var code = AdminData.Code();
        var id = await AdminData.CreateProgramAsync(admin, code);
        Guid telkom;
        await using (var scope = app.Scope(out var db))
        {
            telkom = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        }

        var all = await (await admin.GetAsync("/api/v1/programs")).Json200();
        all.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldContain(code);

        foreach (var email in new[] { Demo.Officer, Demo.Facilitator, Demo.Evaluator, Demo.Viewer, Demo.Chair })
        {
            var api = await app.ApiAs(email);
            var mine = await (await api.GetAsync("/api/v1/programs")).Json200();
            mine.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([telkom], email);
            (await (await api.GetAsync($"/api/v1/programs/{telkom}")).Json200()).GetProperty("code").GetString().ShouldBe("TELKOM-CDC");
            await (await api.GetAsync($"/api/v1/programs/{id}")).Problem(HttpStatusCode.NotFound);
            (await api.PostAsJsonAsync("/api/v1/programs", AdminData.Program(AdminData.Code()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            (await api.PutAsJsonAsync($"/api/v1/programs/{telkom}", AdminData.Program("TELKOM-CDC"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }

        await (await admin.GetAsync($"/api/v1/programs/{Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
        await (await admin.PutAsJsonAsync($"/api/v1/programs/{Guid.NewGuid()}", AdminData.Program(AdminData.Code()))).Problem(HttpStatusCode.NotFound);
        await using (var scope = app.Scope(out var db))
        {
            (await db.Programs.SingleAsync(p => p.Id == telkom)).Name.ShouldBe("Program Kemitraan PT Telkom");
        }
    }
}
