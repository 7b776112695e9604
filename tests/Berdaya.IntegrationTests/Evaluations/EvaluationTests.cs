using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Questionnaires;
using Berdaya.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Evaluations;

/// <summary>
/// The yearly evaluation (docs/domain.md, Evaluation; decision 0028): the evidence judged against the program's criteria, a graduation
/// refused while a criterion is unmet, and a decision that is never taken twice; the demo graduated Citra Sari in its 2012 evaluation.
/// </summary>
public sealed class EvaluationTests
{
    private static List<(string Name, bool Met)> Criteria(JsonElement view) =>
        view.GetProperty("evidence").GetProperty("criteria").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("met").GetBoolean())).ToList();

    [Theory]
    [AllDatabases]
    public async Task The_demos_2012_evaluation_graduated_citra_sari_with_every_criterion_met_and_refuses_another_decision(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var officer = await app.ApiAs(Demo.Officer);

        var view = await (await officer.GetAsync($"/api/v1/evaluations/{d.Evaluation}")).Json200();
        (view.GetProperty("title").GetString(), view.GetProperty("subject").GetString(), view.GetProperty("year").GetInt32(), view.GetProperty("decision").GetString())
            .ShouldBe(("Citra Sari", "Group", 2012, "Graduate"));
        view.GetProperty("decisionReason").GetString().ShouldNotBeNullOrWhiteSpace();
        Criteria(view).ShouldBe([("OnTime", true), ("Score", true), ("TurnoverGrowth", true), ("Trainings", true), ("Nib", true)]);
        var list = await (await officer.GetAsync($"/api/v1/evaluations?programId={d.Program}&year=2012")).Json200();
        list.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == d.Evaluation).GetProperty("decision").GetString().ShouldBe("Graduate");

        var revision = view.GetProperty("revision").GetInt32();
        await (await officer.PostAsJsonAsync($"/api/v1/evaluations/{d.Evaluation}/decision", new { decision = "Stop", reason = "Uji", revision }))
            .Problem(HttpStatusCode.Conflict);
        await (await (await app.ApiAs(Demo.Evaluator)).PutAsJsonAsync($"/api/v1/evaluations/{d.Evaluation}/judgement", new { judgement = "Uji", revision }))
            .Problem(HttpStatusCode.Conflict);

        var after = await (await officer.GetAsync($"/api/v1/evaluations/{d.Evaluation}")).Json200();
        (after.GetProperty("decision").GetString(), after.GetProperty("revision").GetInt32(), after.GetProperty("evaluatorJudgement").GetString())
            .ShouldBe(("Graduate", revision, view.GetProperty("evaluatorJudgement").GetString()));
    }

    [Theory]
    [AllDatabases]
    public async Task Graduating_a_group_with_unmet_criteria_is_refused_naming_each_and_a_decision_is_taken_once(string provider)
    {
        var app = await TestApp.For(provider);
        var program = await QuestionnaireScenario.ProgramAsync(app);
        var (groupId, partners) = await GroupScenario.GroupAsync(app, 5);
        var officer = await app.ApiAs(Demo.Officer, "en");
        var year = QuestionnaireScenario.Today.Year;

        var gathered = await (await officer.PostAsJsonAsync("/api/v1/evaluations", new { programId = program, groupId, year })).Json200(HttpStatusCode.Created);
        gathered.EnumerateArray().Select(e => e.GetProperty("subject").GetString()).ShouldBe(["Group", "Partner", "Partner", "Partner", "Partner", "Partner"]);
        gathered.EnumerateArray().Skip(1).Select(e => e.GetProperty("subjectId").GetGuid()).Order().ShouldBe(partners.Select(p => p.Id).Order());
        var id = gathered[0].GetProperty("id").GetGuid();

        // New partners: no loan, no scored questionnaire, no reports, no training, no NIB.
        var view = await (await officer.GetAsync($"/api/v1/evaluations/{id}")).Json200();
        Criteria(view).ShouldBe([("OnTime", false), ("Score", false), ("TurnoverGrowth", false), ("Trainings", false), ("Nib", false)]);
        view.GetProperty("evidence").GetProperty("criteria")[0].GetProperty("actual").GetString().ShouldBe("0/5");
        var member = await (await officer.GetAsync($"/api/v1/evaluations/{gathered[1].GetProperty("id").GetGuid()}")).Json200();
        member.GetProperty("evidence").GetProperty("criteria")[0].GetProperty("required").GetString().ShouldBe("≥ 90%");
        var revision = view.GetProperty("revision").GetInt32();

        var refused = await (await officer.PostAsJsonAsync($"/api/v1/evaluations/{id}/decision", new { decision = "Graduate", reason = "Siap mandiri", revision }))
            .Problem(HttpStatusCode.BadRequest, "decision");
        var messages = refused.GetProperty("errors").GetProperty("decision").EnumerateArray().Select(m => m.GetString()!).ToList();
        messages.Count.ShouldBe(5);
        string[] named = ["Installments on time", "Questionnaire score", "Turnover growth", "Trainings attended", "NIB"];
        for (var i = 0; i < named.Length; i++)
        {
            messages[i].ShouldContain(named[i]);
            messages[i].ShouldContain("not met");
        }

        (await (await officer.GetAsync($"/api/v1/evaluations/{id}")).Json200()).GetProperty("decision").ValueKind.ShouldBe(JsonValueKind.Null);

        var decided = await (await officer.PostAsJsonAsync($"/api/v1/evaluations/{id}/decision", new { decision = "Extend", reason = "Pendampingan pembukuan", revision }))
            .Json200();
        (decided.GetProperty("decision").GetString(), decided.GetProperty("decisionReason").GetString()).ShouldBe(("Extend", "Pendampingan pembukuan"));
        var now = decided.GetProperty("revision").GetInt32();
        await (await officer.PostAsJsonAsync($"/api/v1/evaluations/{id}/decision", new { decision = "Stop", reason = "Lagi", revision = now }))
            .Problem(HttpStatusCode.Conflict);

        // Gathering again leaves the decided evaluation as it was decided.
        await (await officer.PostAsJsonAsync("/api/v1/evaluations", new { programId = program, groupId, year })).Json200(HttpStatusCode.Created);
        var after = await (await officer.GetAsync($"/api/v1/evaluations/{id}")).Json200();
        (after.GetProperty("decision").GetString(), after.GetProperty("revision").GetInt32(), after.GetProperty("gatheredAt").GetString())
            .ShouldBe(("Extend", now, decided.GetProperty("gatheredAt").GetString()));
        await using var scope = app.Scope(out var db);
        (await db.Timeline.CountAsync(t => t.SubjectId == id && t.Kind == "evaluation.decided")).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task A_group_with_no_member_in_the_year_still_shows_every_criterion_unmet(string provider)
    {
        var app = await TestApp.For(provider);
        var program = await QuestionnaireScenario.ProgramAsync(app);
        // Formed in 2026: in 2025 the group had no member yet.
        var (groupId, _) = await GroupScenario.GroupAsync(app, 5);
        var officer = await app.ApiAs(Demo.Officer, "en");

        var gathered = await (await officer.PostAsJsonAsync("/api/v1/evaluations", new { programId = program, groupId, year = 2025 })).Json200(HttpStatusCode.Created);
        gathered.EnumerateArray().Select(e => e.GetProperty("subject").GetString()).ShouldBe(["Group"]);
        var view = await (await officer.GetAsync($"/api/v1/evaluations/{gathered[0].GetProperty("id").GetGuid()}")).Json200();
        Criteria(view).ShouldBe([("OnTime", false), ("Score", false), ("TurnoverGrowth", false), ("Trainings", false), ("Nib", false)]);
        view.GetProperty("evidence").GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("actual").GetString()).Distinct().ShouldBe(["0/0"]);
        view.GetProperty("evidence").GetProperty("criteria")[0].GetProperty("required").GetString().ShouldBe("≥ 90%");

        // Graduating it is refused: no criterion is met.
        await (await officer.PostAsJsonAsync($"/api/v1/evaluations/{gathered[0].GetProperty("id").GetGuid()}/decision",
            new { decision = "Graduate", reason = "Uji", revision = view.GetProperty("revision").GetInt32() })).Problem(HttpStatusCode.BadRequest);
    }
}
