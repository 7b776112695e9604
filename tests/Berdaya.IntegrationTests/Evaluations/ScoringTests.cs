using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Partners;
using Berdaya.IntegrationTests.Questionnaires;
using Berdaya.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Evaluations;

/// <summary>
/// Scoring by the academic partner (docs/domain.md, Evaluation; decision 0028): the evaluator sees each partner as a code, never a name,
/// NIK or phone, in the API and on the pages; the office sees who it was; a score outside the rubric's range is refused by its question.
/// </summary>
public sealed partial class ScoringTests
{
    [GeneratedRegex("^M-[A-Z2-9]{4}-[A-Z2-9]{4}$")]
    private static partial Regex Code();

    /// <summary>Every name, NIK and phone of the program's partners.</summary>
    private static async Task<List<string>> PersonalDataAsync(TestApp app, Guid program)
    {
        await using var scope = app.Scope(out var db);
        var people = await db.Partners.Where(p => p.ProgramId == program).Select(p => new { p.Id, p.OwnerName, p.Nik, p.Phone }).ToListAsync();

        // A partner's id leads to the name through every page that takes it, so the evaluator reads none either.
        return people.SelectMany(p => new[] { p.OwnerName, p.Nik, p.Phone, p.Id.ToString() }).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct()
            .ToList();
    }

    private static void ShowsNone(string what, string text, IEnumerable<string> secrets)
    {
        var shown = secrets.Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
        shown.ShouldBeEmpty($"{what} shows {string.Join(", ", shown)}");
    }

    [Theory]
    [AllDatabases]
    public async Task The_evaluator_reads_codes_and_no_name_nik_or_phone_while_the_officer_sees_the_name(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var secrets = await PersonalDataAsync(app, d.Program);
        secrets.ShouldContain("Euis Komariah");
        var evaluator = await app.ApiAs(Demo.Evaluator);

        var queueResponse = await evaluator.GetAsync($"/api/v1/scoring?programId={d.Program}");
        var queue = await queueResponse.Json200();
        queue.GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var line in queue.EnumerateArray())
        {
            line.GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
            Code().IsMatch(line.GetProperty("code").GetString()!).ShouldBeTrue(line.GetRawText());
        }

        ShowsNone("the evaluator's queue", queue.GetRawText(), secrets);
        var form = await (await evaluator.GetAsync($"/api/v1/scoring/{d.FilledForm}")).Json200();
        form.GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
        var code = form.GetProperty("code").GetString()!;
        queue.EnumerateArray().Single(l => l.GetProperty("formId").GetGuid() == d.FilledForm).GetProperty("code").GetString().ShouldBe(code);
        form.GetProperty("questions").GetArrayLength().ShouldBe(5);

        // Free text and photos may name or show the person: the evaluator reads neither.
        var context = form.GetProperty("context").EnumerateArray().Select(q => q.GetProperty("name").GetString()).ToList();
        context.ShouldNotContain("kendala");
        context.ShouldNotContain("foto_produksi");
        ShowsNone("the evaluator's form", form.GetRawText(), secrets);

        var pages = await app.PagesAs(Demo.Evaluator);
        foreach (var url in new[] { $"/evaluation/scoring?programId={d.Program}", $"/evaluation/scoring/{d.FilledForm}" })
        {
            var page = await pages.GetAsync(url);
            page.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            ShowsNone(url, page.Html, secrets);
        }

        (await pages.GetAsync($"/evaluation/scoring/{d.FilledForm}")).Html.ShouldContain(code);

        var officer = await app.ApiAs(Demo.Officer);
        var seen = await (await officer.GetAsync($"/api/v1/scoring/{d.FilledForm}")).Json200();
        (seen.GetProperty("name").GetString(), seen.GetProperty("code").GetString()).ShouldBe(("Euis Komariah", code));
        (await (await app.PagesAs(Demo.Officer)).GetAsync($"/evaluation/scoring/{d.FilledForm}")).Html.ShouldContain("Euis Komariah");
    }

    [Theory]
    [AllDatabases]
    public async Task In_the_evaluations_the_evaluator_reads_members_as_codes(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var secrets = await PersonalDataAsync(app, d.Program);
        var evaluator = await app.ApiAs(Demo.Evaluator);

        var list = await (await evaluator.GetAsync($"/api/v1/evaluations?programId={d.Program}")).Json200();
        ShowsNone("the evaluator's list of evaluations", list.GetRawText(), secrets);
        var groups = list.EnumerateArray().Where(e => e.GetProperty("subject").GetString() == "Group" && e.GetProperty("title").GetString() == "Citra Sari").ToList();
        groups.Count.ShouldBe(6);
        list.EnumerateArray().Where(e => e.GetProperty("subject").GetString() == "Partner")
            .ShouldAllBe(e => Code().IsMatch(e.GetProperty("title").GetString()!));

        var pages = await app.PagesAs(Demo.Evaluator);
        foreach (var g in groups)
        {
            var id = g.GetProperty("id").GetGuid();
            var view = await (await evaluator.GetAsync($"/api/v1/evaluations/{id}")).Json200();
            ShowsNone($"the evaluator's evaluation {g.GetProperty("year").GetInt32()}", view.GetRawText(), secrets);
            view.GetProperty("evidence").GetProperty("members").EnumerateArray().ShouldAllBe(m => Code().IsMatch(m.GetProperty("name").GetString()!));
            ShowsNone($"/evaluations/{id}", (await pages.GetAsync($"/evaluations/{id}")).Html, secrets);
        }

        // Nor does the group's timeline, which names each partner, give the evaluator the id of a form or an evaluation it reads by code.
        var timeline = await (await evaluator.GetAsync($"/api/v1/groups/{d.CitraSari}/timeline")).Json200();
        var items = timeline.EnumerateArray().ToList();
        items.ShouldContain(t => t.GetProperty("kind").GetString() == "questionnaire.filled");
        items.Where(t => t.GetProperty("kind").GetString() is "questionnaire.filled" or "evaluation.decided")
            .ShouldAllBe(t => t.GetProperty("subjectId").ValueKind == JsonValueKind.Null);
        var officerTimeline = await (await (await app.ApiAs(Demo.Officer)).GetAsync($"/api/v1/groups/{d.CitraSari}/timeline")).Json200();
        officerTimeline.EnumerateArray().ShouldContain(t => t.GetProperty("kind").GetString() == "questionnaire.filled"
                                                            && t.GetProperty("subjectId").ValueKind == JsonValueKind.String);

        // The office reads the members by name.
        var officer = await app.ApiAs(Demo.Officer);
        var named = await (await officer.GetAsync($"/api/v1/evaluations/{d.Evaluation}")).Json200();
        named.GetProperty("evidence").GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldContain("Euis Komariah");
    }

    [Theory]
    [AllDatabases]
    public async Task A_score_outside_the_rubrics_range_is_refused_naming_the_question_and_nothing_changes(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        var before = await (await evaluator.GetAsync($"/api/v1/scoring/{d.FilledForm}")).Json200();
        var scores = before.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("name").GetString()!,
            q => q.GetProperty("answer").ValueKind == JsonValueKind.Null ? (int?)null : 0);
        scores["pembukuan"] = 4;

        var problem = await (await evaluator.PutAsJsonAsync($"/api/v1/scoring/{d.FilledForm}",
            new { scores, note = "Uji", revision = before.GetProperty("revision").GetInt32() })).Problem(HttpStatusCode.BadRequest, "scores.pembukuan");

        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["scores.pembukuan"]);
        var message = problem.GetProperty("errors").GetProperty("scores.pembukuan")[0].GetString()!;
        message.ShouldContain("Apakah usaha mencatat pembukuan?");
        message.ShouldContain("0 sampai 3");
        var after = await (await evaluator.GetAsync($"/api/v1/scoring/{d.FilledForm}")).Json200();
        (after.GetProperty("revision").GetInt32(), after.GetProperty("total").GetInt32(), after.GetProperty("note").ValueKind)
            .ShouldBe((before.GetProperty("revision").GetInt32(), before.GetProperty("total").GetInt32(), before.GetProperty("note").ValueKind));
    }

    [Theory]
    [AllDatabases]
    public async Task The_evaluator_scores_a_form_from_a_field_visit_a_stale_score_is_a_conflict_and_the_office_reads_the_total_by_name(string provider)
    {
        var app = await TestApp.For(provider);
        var (version, _, _) = await QuestionnaireScenario.PublishedAsync(app);
        var partner = (await GroupScenario.PartnersAsync(app, 1))[0];
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var id = Guid.NewGuid();
        await (await facilitator.PostAsJsonAsync("/api/v1/field/forms", QuestionnaireScenario.Form(id, version, partner.Id))).Json200(HttpStatusCode.Created);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        var program = await QuestionnaireScenario.ProgramAsync(app);
        var waiting = await (await evaluator.GetAsync($"/api/v1/scoring?programId={program}&unscored=true")).Json200();
        waiting.EnumerateArray().ShouldContain(l => l.GetProperty("formId").GetGuid() == id);

        var scored = await (await evaluator.PutAsJsonAsync($"/api/v1/scoring/{id}",
            new { scores = new Dictionary<string, int?> { ["buku"] = 3, ["rutin"] = 4, ["pasar"] = 2 }, note = "Pembukuan rapi", revision = 0 })).Json200();
        (scored.GetProperty("total").GetInt32(), scored.GetProperty("maxTotal").GetInt32(), scored.GetProperty("revision").GetInt32()).ShouldBe((9, 12, 1));

        // Another page still showing no score: someone scored since.
        await (await evaluator.PutAsJsonAsync($"/api/v1/scoring/{id}",
            new { scores = new Dictionary<string, int?> { ["buku"] = 0, ["rutin"] = 0, ["pasar"] = 0 }, note = (string?)null, revision = 0 })).Problem(HttpStatusCode.Conflict);

        var officer = await app.ApiAs(Demo.Officer);
        var seen = await (await officer.GetAsync($"/api/v1/scoring/{id}")).Json200();
        (seen.GetProperty("name").GetString(), seen.GetProperty("total").GetInt32(), seen.GetProperty("note").GetString()).ShouldBe((partner.Name, 9, "Pembukuan rapi"));
        (await (await evaluator.GetAsync($"/api/v1/scoring/{id}")).Json200()).GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [AllDatabases]
    public async Task A_score_that_cannot_be_read_is_said_once_beside_its_question_by_the_fields_label_with_the_rules_and_nothing_saved(string provider)
    {
        var app = await TestApp.For(provider);
        var (version, _, _) = await QuestionnaireScenario.PublishedAsync(app);
        var partner = (await GroupScenario.PartnersAsync(app, 1))[0];
        var id = Guid.NewGuid();
        await (await (await app.ApiAs(Demo.Facilitator)).PostAsJsonAsync("/api/v1/field/forms", QuestionnaireScenario.Form(id, version, partner.Id)))
            .Json200(HttpStatusCode.Created);

        foreach (var (language, label, unread) in new[]
                 {
                     ("id", "Nilai 0", ": \"x\" tidak dapat dibaca; periksa penulisannya."),
                     ("en", "Score 0", ": \"x\" could not be read; check how it is written."),
                 })
        {
            var pages = await app.PagesAs(Demo.Evaluator, language);
            var form = await pages.GetAsync($"/evaluation/scoring/{id}");
            var refused = await pages.SubmitAsync(form, "#score-form", new Dictionary<string, string> { ["Input.Scores[buku]"] = "x", ["Input.Scores[rutin]"] = "99" });

            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var beside = refused.Document.QuerySelectorAll("#score-form .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
            beside.Count(t => t.Contains("\"x\"")).ShouldBe(1, string.Join(" | ", beside));
            var error = refused.FieldError("Input.Scores[buku]")!;
            error.ShouldStartWith(label, Case.Sensitive, refused.Html);
            error.ShouldEndWith(unread);
            refused.FieldError("Input.Scores[rutin]").ShouldNotBeNullOrEmpty();
            refused.Document.QuerySelectorAll("#form-errors li").Count(l => l.TextContent.Contains("\"x\"")).ShouldBe(1);
            refused.Document.QuerySelector("#form-errors a[href='#score-buku']").ShouldNotBeNull();
            refused.Html.ShouldNotContain("Value:");
            refused.Document.QuerySelector("input[name='Input.Scores[buku]']")!.GetAttribute("value").ShouldBe("x");
        }

        var evaluator = await app.ApiAs(Demo.Evaluator);
        (await (await evaluator.GetAsync($"/api/v1/scoring/{id}")).Json200()).GetProperty("revision").GetInt32().ShouldBe(0);
    }
}
