using System.Net;
using AngleSharp.Dom;
using Berdaya.Domain.Proposals;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Proposals;

public sealed class ProposalPagesTests
{
    private static string RowPrefix(IDocument page, Guid partnerId) =>
        page.QuerySelector($"input[name$='.PartnerId'][value='{partnerId}']")!.GetAttribute("name")![..^".PartnerId".Length];

    private static Dictionary<string, string> Scores(int character = 4) => new()
    {
        ["Input.Scores[character]"] = character.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Scores[capacity]"] = "4",
        ["Input.Scores[capital]"] = "3",
        ["Input.Scores[condition]"] = "4",
        ["Input.Scores[collateral]"] = "2",
    };

    [Theory]
    [AllDatabases]
    public async Task Facilitator_drafts_and_submits_on_pages_and_the_officer_surveys_and_decides(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app);
        var facilitator = await app.PagesAs(Demo.Facilitator);

        var group = await facilitator.GetAsync($"/groups/{groupId}");
        group.Document.QuerySelector($"a[href='/groups/{groupId}/proposals/new']").ShouldNotBeNull();
        var form = await facilitator.GetAsync($"/groups/{groupId}/proposals/new");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var values = new Dictionary<string, string> { ["Input.BusinessPlan"] = "Modal bahan baku melinjo" };
        foreach (var p in partners)
        {
            values[RowPrefix(form.Document, p.Id) + ".Amount"] = "2000000";
            values[RowPrefix(form.Document, p.Id) + ".Purpose"] = "Bahan baku";
        }

        var saved = await facilitator.SubmitAsync(form, "#draft-form", values);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", saved.Errors));
        var url = saved.Location!;
        var detail = await facilitator.GetAsync(url);
        detail.Document.QuerySelector("#requested-total")!.TextContent.ShouldBe("Rp 10.000.000");

        var pdf = "%PDF-1.4\n%%EOF"u8.ToArray();
        (await facilitator.UploadAsync(detail, "#upload-form", new Dictionary<string, string>(), "file", "proposal.pdf", pdf)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await facilitator.SubmitAsync(detail, "#submit-form", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var officer = await app.PagesAs(Demo.Officer);
        foreach (var (p, i) in partners.Select((p, i) => (p, i)))
        {
            var survey = await officer.GetAsync($"{url}/surveys/{p.Id}");
            survey.StatusCode.ShouldBe(HttpStatusCode.OK);
            var fields = Scores();
            fields["Input.RecommendedAmount"] = "1500000";
            fields["Input.SurveyedOn"] = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            fields["Input.Notes"] = "Tempat produksi di rumah";
            var result = i == 0
                ? await officer.UploadAsync(survey, "#survey-form", fields, "photos", "lokasi.png", Files.Png)
                : await officer.SubmitAsync(survey, "#survey-form", fields);
            result.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", result.Errors));
        }

        detail = await officer.GetAsync(url);
        detail.Document.QuerySelector("#status")!.TextContent.ShouldBe("Sedang disurvei");
        var above = await officer.SubmitAsync(detail, $".decide-form[data-partner='{partners[0].Id}']",
            new Dictionary<string, string> { ["Decide.Amount"] = "1600000" }, "Decide.Approve", "true");
        above.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        above.Errors.ShouldContain("Jumlah melebihi rekomendasi survei (Rp 1.500.000).");

        foreach (var p in partners)
        {
            detail = await officer.GetAsync(url);
            var decided = await officer.SubmitAsync(detail, $".decide-form[data-partner='{p.Id}']",
                new Dictionary<string, string> { ["Decide.Amount"] = "1500000" }, "Decide.Approve", "true");
            decided.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join("; ", decided.Errors));
        }

        detail = await facilitator.GetAsync(url);
        detail.Document.QuerySelector("#status")!.TextContent.ShouldBe("Diputuskan");
        detail.Document.QuerySelector("#approved")!.TextContent.ShouldContain(partners[0].Name);
        detail.Document.QuerySelector("#approved-total")!.TextContent.ShouldBe("Rp 7.500.000");
        detail.Document.QuerySelector("#history")!.TextContent.ShouldContain("Diajukan → Sedang disurvei");
        var link = detail.Document.QuerySelector("#attachments a")!.GetAttribute("href")!;
        var download = await facilitator.Http.GetAsync(link);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");

        var list = await officer.GetAsync("/proposals?status=Decided");
        list.Document.QuerySelector("#proposals")!.InnerHtml.ShouldContain(url);
        await using var scope = app.Scope(out var db);
        var proposalId = Guid.Parse(url.Split('/').Last());
        var surveyIds = await db.Surveys.Where(s => s.ProposalId == proposalId).Select(s => s.Id).ToListAsync();
        (await db.Attachments.CountAsync(a => a.OwnerType == "Survey" && surveyIds.Contains(a.OwnerId))).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task Proposal_pages_show_refusals_beside_the_fields_and_write_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app);
        var pages = await app.PagesAs(Demo.Officer);
        var form = await pages.GetAsync($"/groups/{groupId}/proposals/new");
        var row = RowPrefix(form.Document, partners[2].Id);
        var refused = await pages.SubmitAsync(form, "#draft-form", new Dictionary<string, string> { [row + ".Amount"] = "0", [row + ".Purpose"] = "Bahan" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldContain("Jumlah harus lebih dari nol.");
        refused.Document.QuerySelector($"[data-valmsg-for='{row}.Amount']")!.TextContent.ShouldBe("Jumlah harus lebih dari nol.");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Proposals.CountAsync(p => p.GroupId == groupId)).ShouldBe(0);
        }

        var empty = await pages.SubmitAsync(form, "#draft-form", new Dictionary<string, string>());
        var url = empty.Location!;
        var detail = await pages.GetAsync(url);
        var noMembers = await pages.SubmitAsync(detail, "#submit-form", new Dictionary<string, string>());
        noMembers.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noMembers.Errors.ShouldContain("Proposal harus berisi minimal satu anggota sebelum diajukan.");
        var wrong = await pages.UploadAsync(detail, "#upload-form", new Dictionary<string, string>(), "file", "proposal.pdf", "teks biasa"u8.ToArray());
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrong.Errors.ShouldContain(e => e.Contains("Jenis berkas tidak diterima"));

        await using (var scope = app.Scope(out var db))
        {
            var id = Guid.Parse(url.Split('/').Last());
            (await db.Proposals.SingleAsync(p => p.Id == id)).Status.ShouldBe(ProposalStatus.Draft);
            (await db.Attachments.CountAsync(a => a.OwnerId == id)).ShouldBe(0);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_draft_is_edited_on_its_page_until_it_is_submitted(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app);
        var secretaryEmail = await GroupScenario.PartnerUserAsync(app, partners[1].Id);
        var secretary = await app.PagesAs(secretaryEmail);
        var form = await secretary.GetAsync($"/groups/{groupId}/proposals/new");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = RowPrefix(form.Document, partners[0].Id);
        var created = await secretary.SubmitAsync(form, "#draft-form", new Dictionary<string, string> { [row + ".Amount"] = "1000000", [row + ".Purpose"] = "Melinjo" });
        var url = created.Location!;

        var edit = await secretary.GetAsync(url + "/edit");
        edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row2 = RowPrefix(edit.Document, partners[2].Id);
        (await secretary.SubmitAsync(edit, "#draft-form", new Dictionary<string, string> { [row2 + ".Amount"] = "2000000", [row2 + ".Purpose"] = "Kemasan" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = await secretary.GetAsync(url);
        detail.Document.QuerySelector("#requested-total")!.TextContent.ShouldBe("Rp 3.000.000");

        var evaluator = await app.PagesAs(Demo.Evaluator);
        (await evaluator.GetAsync(url + "/edit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await evaluator.GetAsync($"/groups/{groupId}/proposals/new")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        edit = await secretary.GetAsync(url + "/edit");
        (await secretary.SubmitAsync(detail, "#submit-form", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var late = await secretary.SubmitAsync(edit, "#draft-form", new Dictionary<string, string> { [row2 + ".Amount"] = "9000000" });
        late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        late.Errors.ShouldContain("Tidak bisa dilakukan: proposal berstatus Diajukan.");

        await using var scope = app.Scope(out var db);
        var id = Guid.Parse(url.Split('/').Last());
        (await db.ProposalItems.Where(i => i.ProposalId == id).Select(i => i.RequestedAmount).ToListAsync()).ShouldBe([1_000_000m, 2_000_000m], ignoreOrder: true);
    }

    [Theory]
    [AllDatabases]
    public async Task Survey_pages_are_for_officers_and_proposal_pages_answer_404_outside_the_scope(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, id, partners) = await GroupScenario.SubmittedAsync(app);
        var (_, outside, _) = await GroupScenario.SubmittedAsync(app, 5, 3_000_000m, TestData.OutsideFacilitator);

        var facilitator = await app.PagesAs(Demo.Facilitator);
        (await facilitator.GetAsync($"/proposals/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await facilitator.GetAsync($"/proposals/{id}/surveys/{partners[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await facilitator.GetAsync($"/proposals/{outside}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await facilitator.GetAsync("/proposals")).Html.ShouldNotContain($"/proposals/{outside}");

        var chair = await app.PagesAs(Demo.Chair);
        (await chair.GetAsync($"/proposals/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await chair.GetAsync($"/proposals/{id}/surveys/{partners[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var officer = await app.PagesAs(Demo.Officer);
        (await officer.GetAsync($"/proposals/{id}/surveys/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var survey = await officer.GetAsync($"/proposals/{id}/surveys/{partners[0].Id}");
        var fields = Scores(character: 6);
        fields["Input.RecommendedAmount"] = "1000000";
        var refused = await officer.SubmitAsync(survey, "#survey-form", fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldContain("Nilai harus 1 sampai 5.");
        var photo = await officer.UploadAsync(survey, "#survey-form", Scores().Append(new("Input.RecommendedAmount", "1000000")).Append(new("Input.SurveyedOn", Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToDictionary(),
            "photos", "foto.jpg", "%PDF-1.4"u8.ToArray());
        photo.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        photo.Errors.ShouldHaveSingleItem().ShouldStartWith("Jenis berkas tidak diterima");

        await using var scope = app.Scope(out var db);
        (await db.Surveys.CountAsync(s => s.ProposalId == id)).ShouldBe(0);
    }
}
