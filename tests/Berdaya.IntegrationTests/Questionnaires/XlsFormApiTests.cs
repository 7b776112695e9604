using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Questionnaires;
using Berdaya.Features.Questionnaires;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Questionnaires;

/// <summary>XLSForm through the API (decision 0025): a KoboToolbox form becomes a draft, and the file the app writes reads back to the same questions.</summary>
public sealed class XlsFormApiTests
{
    private static async Task<QuestionnaireVersion> VersionAsync(TestApp app, Guid id)
    {
        await using var scope = app.Scope(out var db);
        return await db.QuestionnaireVersions.AsNoTracking().SingleAsync(v => v.Id == id);
    }

    [Theory]
    [AllDatabases]
    public async Task An_imported_KoboToolbox_form_is_a_draft_and_its_XLSForm_imports_again_to_the_same_questions(string provider)
    {
        var app = await TestApp.For(provider);
        var program = await QuestionnaireScenario.ProgramAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var title = TestData.Unique("Monitoring Kobo");

        var created = await (await officer.PostAsync($"/api/v1/questionnaires/import?programId={program}",
            QuestionnaireScenario.File(XlsFormBuilder.KoboMonitoring(title)))).Json200(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var questionnaire = created.GetProperty("questionnaireId").GetGuid();
        created.GetProperty("number").GetInt32().ShouldBe(1);

        var view = await (await officer.GetAsync($"/api/v1/questionnaires/versions/{id}")).Json200();
        view.GetProperty("title").GetString().ShouldBe(title);
        view.GetProperty("state").GetString().ShouldBe("Draft");
        var imported = await VersionAsync(app, id);
        imported.Form.Questions.Select(q => q.Name).ShouldBe(["jumlah", "omzet", "bahan", "buku", "rutin", "pasar", "panen", "kendala", "foto"]);
        imported.Form.Find("omzet")!.Type.ShouldBe(QuestionType.Rupiah);
        imported.Form.Find("rutin")!.Relevant.ShouldBe("${buku} = 'yes'");

        var file = await officer.GetAsync($"/api/v1/questionnaires/{questionnaire}/xlsform");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await file.Content.ReadAsByteArrayAsync();
        XlsForm.Read(new MemoryStream(bytes), "x.xlsx").Form.ToJson().ShouldBe(imported.Form.ToJson());

        // The id the import answered (the draft's) gives the same file at the same address.
        var byDraft = await officer.GetAsync($"/api/v1/questionnaires/{id}/xlsform");
        byDraft.StatusCode.ShouldBe(HttpStatusCode.OK);
        XlsForm.Read(new MemoryStream(await byDraft.Content.ReadAsByteArrayAsync()), "x.xlsx").Form.ToJson().ShouldBe(imported.Form.ToJson());

        // Published, then read in again as the next draft of the same questionnaire: the same questions.
        await (await officer.PostAsJsonAsync($"/api/v1/questionnaires/versions/{id}/publish", new { revision = 0 })).Json200();
        var again = await (await officer.PostAsync($"/api/v1/questionnaires/import?programId={program}&questionnaireId={questionnaire}",
            QuestionnaireScenario.File(new MemoryStream(bytes), "kembali.xlsx"))).Json200(HttpStatusCode.Created);
        again.GetProperty("questionnaireId").GetGuid().ShouldBe(questionnaire);
        again.GetProperty("number").GetInt32().ShouldBe(2);
        (await VersionAsync(app, again.GetProperty("id").GetGuid())).Definition.ShouldBe(imported.Definition);

        // One draft at a time: read in again while that draft is open, it is refused and nothing is added.
        await (await officer.PostAsync($"/api/v1/questionnaires/import?programId={program}&questionnaireId={questionnaire}",
            QuestionnaireScenario.File(new MemoryStream(bytes), "lagi.xlsx"))).Problem(HttpStatusCode.Conflict);
        await using var scope = app.Scope(out var db);
        (await db.QuestionnaireVersions.CountAsync(v => v.QuestionnaireId == questionnaire)).ShouldBe(2);
    }

    [Theory]
    [AllDatabases]
    public async Task A_form_with_rows_the_app_cannot_ask_is_refused_naming_each_row_and_nothing_is_stored(string provider)
    {
        var app = await TestApp.For(provider);
        var program = await QuestionnaireScenario.ProgramAsync(app);
        var officer = await app.ApiAs(Demo.Officer, "en");
        var title = TestData.Unique("Kuesioner rusak");
        var workbook = XlsFormBuilder.Workbook(
            ("survey",
            [
                ["type", "name", "label", "relevant"],
                ["text", "nama_usaha", "Nama usaha"],
                ["geopoint", "lokasi", "Lokasi"],
                ["integer", "nama_usaha", "Umur usaha"],
                ["integer", "anak", "Anak", "${nama_usaha} = = 'x'"],
            ]),
            ("settings", [["form_title"], [title]]));

        var problem = await (await officer.PostAsync($"/api/v1/questionnaires/import?programId={program}", QuestionnaireScenario.File(workbook)))
            .Problem(HttpStatusCode.BadRequest, "file");
        var messages = problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(m => m.GetString()!).ToList();

        messages.Count.ShouldBe(3);
        messages[0].ShouldContain("Sheet survey, row 3");
        messages[0].ShouldContain("geopoint");
        messages[1].ShouldContain("row 4");
        messages[1].ShouldContain("nama_usaha");
        messages[2].ShouldContain("row 5");
        messages[2].ShouldContain("${nama_usaha} = = 'x'");
        await using var scope = app.Scope(out var db);
        (await db.Questionnaires.CountAsync(q => q.Title == title)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task An_import_without_a_workbook_is_refused_by_its_file_field(string provider)
    {
        var app = await TestApp.For(provider);
        var program = await QuestionnaireScenario.ProgramAsync(app);
        var officer = await app.ApiAs(Demo.Officer);

        await (await officer.PostAsync($"/api/v1/questionnaires/import?programId={program}",
            QuestionnaireScenario.File(new MemoryStream("bukan spreadsheet"u8.ToArray()), "form.xlsx"))).Problem(HttpStatusCode.BadRequest, "file");
        await (await officer.PostAsync($"/api/v1/questionnaires/import?programId={program}", new MultipartFormDataContent { { new StringContent("x"), "lain" } }))
            .Problem(HttpStatusCode.BadRequest, "file");
    }
}
