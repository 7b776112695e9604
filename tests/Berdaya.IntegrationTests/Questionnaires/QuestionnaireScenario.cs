using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Questionnaires;

/// <summary>A questionnaire of one test's own, read from an XLSForm and published, and the forms a phone sends for it.</summary>
public static class QuestionnaireScenario
{
    /// <summary>A 1 × 1 PNG, a photo as a phone sends it.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static DateOnly Today => Domain.Common.BusinessCalendar.Today(TimeProvider.System);

    public static async Task<Guid> ProgramAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        return await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
    }

    public static MultipartFormDataContent File(Stream workbook, string fileName = "monitoring.xlsx")
    {
        var content = new StreamContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    /// <summary>The KoboToolbox monitoring form imported by the officer under a title of its own and published: its version and questionnaire.</summary>
    public static async Task<(Guid VersionId, Guid QuestionnaireId, string Title)> PublishedAsync(TestApp app)
    {
        var program = await ProgramAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        var title = TestData.Unique("Monitoring uji");
        var draft = await (await officer.PostAsync($"/api/v1/questionnaires/import?programId={program}", File(XlsFormBuilder.KoboMonitoring(title))))
            .Json200(HttpStatusCode.Created);
        var version = draft.GetProperty("id").GetGuid();
        var published = await (await officer.PostAsJsonAsync($"/api/v1/questionnaires/versions/{version}/publish", new { revision = 0 })).Json200();
        published.GetProperty("state").GetString().ShouldBe("Published");
        return (version, draft.GetProperty("questionnaireId").GetGuid(), title);
    }

    /// <summary>A form filled for the KoboToolbox monitoring form: books kept, sold in the village and town, with a photo.</summary>
    public static Dictionary<string, object?> Form(Guid id, Guid versionId, Guid partnerId, string rutin = "4", string omzet = "3500000", bool photo = true) => new()
    {
        ["id"] = id,
        ["versionId"] = versionId,
        ["partnerId"] = partnerId,
        ["visitDate"] = Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["answers"] = new Dictionary<string, string?>
        {
            ["jumlah"] = "120",
            ["omzet"] = omzet,
            ["bahan"] = "petani",
            ["buku"] = "yes",
            ["rutin"] = rutin,
            ["pasar"] = "warung kota",
            ["kendala"] = "Harga melinjo naik",
            ["foto"] = photo ? "foto.png" : null,
        },
        ["photos"] = photo ? new Dictionary<string, string> { ["foto.png"] = "data:image/png;base64," + Convert.ToBase64String(Png) } : null,
    };
}
