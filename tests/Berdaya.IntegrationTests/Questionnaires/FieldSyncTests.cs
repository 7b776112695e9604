using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Questionnaires;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Questionnaires;

/// <summary>
/// A phone back online sends what was filled without signal (decision 0025): each form kept once whatever is sent twice, a form the
/// server refuses answered with its reasons while the others are kept, and the same id with other answers a conflict.
/// </summary>
public sealed class FieldSyncTests
{
    private static async Task<List<JsonElement>> SyncAsync(HttpClient api, params object[] forms) =>
        (await (await api.PostAsJsonAsync("/api/v1/field/sync", new { forms })).Json200()).GetProperty("results").EnumerateArray().ToList();

    private static async Task<(int Forms, int Photos, int Timeline)> KeptAsync(TestApp app, Guid id)
    {
        await using var scope = app.Scope(out var db);
        return (await db.FilledForms.CountAsync(f => f.Id == id),
            await db.Attachments.CountAsync(a => a.OwnerType == nameof(FilledForm) && a.OwnerId == id),
            await db.Timeline.CountAsync(t => t.SubjectId == id));
    }

    [Theory]
    [AllDatabases]
    public async Task Two_forms_are_kept_sent_again_they_answer_as_the_first_time_and_nothing_is_doubled(string provider)
    {
        var app = await TestApp.For(provider);
        var (version, _, _) = await QuestionnaireScenario.PublishedAsync(app);
        var partners = await GroupScenario.PartnersAsync(app, 2);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var formA = QuestionnaireScenario.Form(a, version, partners[0].Id);
        var formB = QuestionnaireScenario.Form(b, version, partners[1].Id, rutin: "2", photo: false);

        var first = await SyncAsync(facilitator, formA, formB);
        first.Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("status").GetString(), r.GetProperty("httpStatus").GetInt32()))
            .ShouldBe([(a, "kept", 201), (b, "kept", 201)]);

        var again = await SyncAsync(facilitator, formA, formB);
        again.Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("status").GetString(), r.GetProperty("httpStatus").GetInt32()))
            .ShouldBe([(a, "repeat", 200), (b, "repeat", 200)]);

        (await KeptAsync(app, a)).ShouldBe((1, 1, 1));
        (await KeptAsync(app, b)).ShouldBe((1, 0, 1));
        var kept = await (await facilitator.GetAsync($"/api/v1/field/forms/{a}")).Json200();
        kept.GetProperty("answers").GetProperty("pasar").GetString().ShouldBe("warung kota");
        kept.GetProperty("answers").GetProperty("foto").GetString().ShouldBe("foto.png");
        kept.GetProperty("partnerId").GetGuid().ShouldBe(partners[0].Id);
        var answers = await (await facilitator.GetAsync($"/api/v1/questionnaires/versions/{version}/answers")).Json200();
        answers.EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).Order().ShouldBe(new[] { a, b }.Order());

        // One form sent alone, as the single-form endpoint takes it: the same answer.
        (await (await facilitator.PostAsJsonAsync("/api/v1/field/forms", formA)).Json200()).GetProperty("status").GetString().ShouldBe("repeat");
    }

    [Theory]
    [AllDatabases]
    public async Task A_form_against_a_version_that_does_not_exist_or_with_answers_that_do_not_fit_is_refused_with_its_reasons_and_the_others_are_kept(
        string provider)
    {
        var app = await TestApp.For(provider);
        var (version, _, _) = await QuestionnaireScenario.PublishedAsync(app);
        var partners = await GroupScenario.PartnersAsync(app, 3);
        var facilitator = await app.ApiAs(Demo.Facilitator, "en");
        var (good, lost, wrong, later) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var results = await SyncAsync(facilitator,
            QuestionnaireScenario.Form(good, version, partners[0].Id),
            QuestionnaireScenario.Form(lost, Guid.NewGuid(), partners[1].Id),
            QuestionnaireScenario.Form(wrong, version, partners[2].Id, rutin: "7", omzet: "Rp 1.500.000"),
            QuestionnaireScenario.Form(later, version, partners[2].Id, photo: false));

        results.Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("status").GetString(), r.GetProperty("httpStatus").GetInt32())).ShouldBe(
            [(good, "kept", 201), (lost, "refused", 400), (wrong, "refused", 400), (later, "kept", 201)]);
        static List<(string, string)> Errors(JsonElement r) =>
            r.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("code").GetString()!)).ToList();
        Errors(results[1]).ShouldBe([("VersionId", "form.version.unknown")]);
        Errors(results[2]).ShouldBe([("Answers.omzet", "answer.rupiah"), ("Answers.rutin", "answer.range")]);
        // The reader reads English: the question is named by its English label.
        results[2].GetProperty("errors")[1].GetProperty("message").GetString()!.ShouldContain("“How regular?”: must be between 1 and 5.");

        (await KeptAsync(app, good)).ShouldBe((1, 1, 1));
        (await KeptAsync(app, later)).ShouldBe((1, 0, 1));
        (await KeptAsync(app, lost)).ShouldBe((0, 0, 0));
        (await KeptAsync(app, wrong)).ShouldBe((0, 0, 0));

        // Fixed on the phone and sent again under its own id: kept now.
        (await SyncAsync(facilitator, QuestionnaireScenario.Form(wrong, version, partners[2].Id)))[0].GetProperty("status").GetString().ShouldBe("kept");
        (await KeptAsync(app, wrong)).ShouldBe((1, 1, 1));
    }

    [Theory]
    [AllDatabases]
    public async Task Other_answers_under_a_kept_forms_id_are_a_conflict_and_the_kept_form_stays(string provider)
    {
        var app = await TestApp.For(provider);
        var (version, _, _) = await QuestionnaireScenario.PublishedAsync(app);
        var partner = (await GroupScenario.PartnersAsync(app, 1))[0].Id;
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var id = Guid.NewGuid();
        (await SyncAsync(facilitator, QuestionnaireScenario.Form(id, version, partner)))[0].GetProperty("status").GetString().ShouldBe("kept");

        var other = await SyncAsync(facilitator, QuestionnaireScenario.Form(id, version, partner, rutin: "1"));

        (other[0].GetProperty("status").GetString(), other[0].GetProperty("httpStatus").GetInt32()).ShouldBe(("refused", 409));
        other[0].GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("form.id.taken");
        await (await facilitator.PostAsJsonAsync("/api/v1/field/forms", QuestionnaireScenario.Form(id, version, partner, rutin: "1"))).Problem(HttpStatusCode.Conflict, "id");
        var kept = await (await facilitator.GetAsync($"/api/v1/field/forms/{id}")).Json200();
        kept.GetProperty("answers").GetProperty("rutin").GetString().ShouldBe("4");
    }

    [Theory]
    [AllDatabases]
    public async Task The_facilitators_bundle_holds_the_assigned_questionnaire_with_its_conditions_read_and_partners_without_nik_or_phone(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await Security.DemoRecords.For(app);
        var facilitator = await app.ApiAs(Demo.Facilitator);

        var bundle = await (await facilitator.GetAsync("/api/v1/field/bundle")).Json200();

        var form = bundle.GetProperty("forms").EnumerateArray().Single(f => f.GetProperty("title").GetString() == "Monitoring lapangan tahunan");
        form.GetProperty("number").GetInt32().ShouldBe(2);
        var condition = form.GetProperty("conditions").GetProperty("pembukuan_rutin");
        condition.GetRawText().ShouldContain("\"question\":\"pembukuan\"");
        bundle.GetProperty("partners").GetArrayLength().ShouldBeGreaterThan(0);
        var raw = bundle.GetRawText();
        foreach (var secret in d.CitraNiks.Concat(d.CitraPhones))
        {
            raw.ShouldNotContain(secret);
        }
    }
}
