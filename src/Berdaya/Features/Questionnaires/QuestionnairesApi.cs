using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Questionnaires;

/// <summary>Questionnaires, their versions, XLSForm files, filled forms and the field visit's sync (docs/domain.md, Questionnaires; decision 0025).</summary>
public sealed class QuestionnairesApi : IEndpointModule
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record CreateBody(Guid? ProgramId, string? Title);

    public sealed record RevisionBody(int? Revision);

    public sealed record AssignBody(string? UserId, bool Assign = true);

    public sealed record SyncBody(List<FillForms.Submission>? Forms);

    public static void Map(IEndpointRouteBuilder api)
    {
        var q = api.MapGroup("/questionnaires").WithTags("Questionnaires");

        q.MapGet("/", async (Guid? programId, ProgramScope scope, QuestionnaireQueries queries, CancellationToken ct) =>
                await queries.ListAsync(await scope.ResolveAsync(programId, ct), ct))
            .WithSummary("The program's questionnaires with their versions (draft or published), answers per version and the facilitators who take them");

        q.MapPost("/", async ([FromBody] CreateBody body, EditQuestionnaire edit, CancellationToken ct) =>
            {
                var v = await edit.CreateAsync(body.ProgramId, body.Title, ct);
                return Results.Created($"/api/v1/questionnaires/versions/{v.Id}", new { v.Id, v.QuestionnaireId, v.Number });
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("A new questionnaire with an empty draft (version 1)");

        q.MapPost("/import", async (HttpRequest request, Guid? programId, Guid? questionnaireId, EditQuestionnaire edit, CancellationToken ct) =>
            {
                if (request.ContentLength > XlsForm.MaxBytes + 64 * 1024)
                {
                    throw new DomainException("file.toolarge", XlsForm.File, ErrorKind.TooLarge, XlsForm.MaxBytes / (1024 * 1024));
                }

                IFormFile? file;
                try
                {
                    file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
                }
                catch (InvalidDataException)
                {
                    file = null;
                }

                if (file is null)
                {
                    throw new DomainException("field.required", XlsForm.File);
                }

                await using var stream = file.OpenReadStream();
                var v = await edit.ImportAsync(programId, questionnaireId, stream, file.FileName, file.Length, ct);
                return Results.Created($"/api/v1/questionnaires/versions/{v.Id}", new { v.Id, v.QuestionnaireId, v.Number });
            })
            .Accepts<IFormFile>("multipart/form-data")
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Read an XLSForm (.xlsx, multipart field 'file') into a new draft: of a new questionnaire, or of questionnaireId");

        q.MapGet("/versions/{versionId:guid}", (Guid versionId, QuestionnaireQueries queries, CancellationToken ct) => queries.VersionAsync(versionId, ct))
            .WithSummary("One version: its state and its sections and questions");

        q.MapGet("/versions/{versionId:guid}/xlsform", async (Guid versionId, QuestionnaireQueries queries, CancellationToken ct) =>
            {
                var v = await queries.VersionAsync(versionId, ct);
                using var stream = new MemoryStream();
                await XlsForm.WriteAsync(stream, v.Title, FormId(v), v.Number, v.Form, ct);
                return Results.File(stream.ToArray(), Xlsx, $"{FormId(v)}-v{v.Number}.xlsx");
            })
            .WithSummary("The version as an XLSForm for ODK or KoboToolbox");

        q.MapGet("/{id:guid}/xlsform", async (Guid id, QuestionnaireQueries queries, CancellationToken ct) =>
            {
                // The id an import answers is its draft's: a version's id gives that version, a questionnaire's its newest.
                var versionId = id;
                if (!await queries.IsVersionAsync(id, ct))
                {
                    var list = await queries.ListForAsync(id, ct);
                    versionId = list.Versions.OrderByDescending(v => v.State == Domain.Questionnaires.VersionState.Published).ThenByDescending(v => v.Number)
                        .First().Id;
                }

                var v = await queries.VersionAsync(versionId, ct);
                using var stream = new MemoryStream();
                await XlsForm.WriteAsync(stream, v.Title, FormId(v), v.Number, v.Form, ct);
                return Results.File(stream.ToArray(), Xlsx, $"{FormId(v)}-v{v.Number}.xlsx");
            })
            .WithSummary("An XLSForm: of the version whose id is given (the draft an import answers), or of a questionnaire's newest published version "
                         + "(its draft when none is published)");

        q.MapPut("/versions/{versionId:guid}/questions", async (Guid versionId, [FromBody] EditQuestionnaire.QuestionInput body, EditQuestionnaire edit,
                QuestionnaireQueries queries, CancellationToken ct) =>
            {
                await edit.SaveQuestionAsync(versionId, body, ct);
                return await queries.VersionAsync(versionId, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Add a question to a draft's section, or change one (Original names it); choices one a line as 'name | label | English label'");

        q.MapDelete("/versions/{versionId:guid}/questions/{name}", async (Guid versionId, string name, int? revision, EditQuestionnaire edit,
                QuestionnaireQueries queries, CancellationToken ct) =>
            {
                await edit.RemoveQuestionAsync(versionId, name, revision, ct);
                return await queries.VersionAsync(versionId, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Remove a question from a draft");

        q.MapPost("/versions/{versionId:guid}/sections", async (Guid versionId, [FromBody] EditQuestionnaire.SectionInput body, EditQuestionnaire edit,
                QuestionnaireQueries queries, CancellationToken ct) =>
            {
                await edit.AddSectionAsync(versionId, body, ct);
                return await queries.VersionAsync(versionId, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Add a section at the end of a draft");

        q.MapPost("/versions/{versionId:guid}/publish", async (Guid versionId, [FromBody] RevisionBody body, EditQuestionnaire edit,
                QuestionnaireQueries queries, CancellationToken ct) =>
            {
                await edit.PublishAsync(versionId, body.Revision, ct);
                return await queries.VersionAsync(versionId, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Publish a draft: from now on it never changes, and field visits ask it");

        q.MapPost("/versions/{versionId:guid}/draft", async (Guid versionId, EditQuestionnaire edit, CancellationToken ct) =>
            {
                var v = await edit.DraftFromAsync(versionId, ct);
                return Results.Created($"/api/v1/questionnaires/versions/{v.Id}", new { v.Id, v.QuestionnaireId, v.Number });
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("A new draft from this version's questions (one draft at a time)");

        q.MapPost("/{id:guid}/assignments", async (Guid id, [FromBody] AssignBody body, EditQuestionnaire edit, CancellationToken ct) =>
            {
                await edit.AssignAsync(id, body.UserId, body.Assign, ct);
                return Results.NoContent();
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Give a facilitator of the program the questionnaire for field visits (Assign=false takes it back)");

        q.MapGet("/versions/{versionId:guid}/answers", async (Guid versionId, QuestionnaireQueries queries, CancellationToken ct) =>
                await queries.AnswersAsync(versionId, QuestionnaireQueries.MaxAnswersShown, ct))
            .WithSummary("The forms filled with the version, newest visit first (at most 500)");

        q.MapGet("/versions/{versionId:guid}/answers.xlsx", async (Guid versionId, QuestionnaireQueries queries, AnswersExport export, CancellationToken ct) =>
            {
                var v = await queries.VersionAsync(versionId, ct);
                var lines = await queries.AnswersAsync(versionId, int.MaxValue, ct);
                var bytes = await export.WorkbookAsync(v, lines, CultureInfo.CurrentUICulture, ct);
                return Results.File(bytes, Xlsx, $"{FormId(v)}-v{v.Number}-jawaban.xlsx");
            })
            .WithSummary("The version's answers as a workbook");

        api.MapGet("/partners/{id:guid}/questionnaires", async (Guid id, QuestionnaireQueries queries, CancellationToken ct) =>
                (await queries.ForPartnerAsync(id, ct)).Lines)
            .WithTags("Questionnaires")
            .WithSummary("The questionnaires filled for a partner, newest visit first");

        var field = api.MapGroup("/field").WithTags("Field visits");
        field.MapGet("/bundle", (QuestionnaireQueries queries, TimeProvider clock, CancellationToken ct) => queries.FieldBundleAsync(clock, ct))
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("What a phone keeps for visits without signal: the questionnaires given to the user and the partners to visit");

        field.MapPost("/forms", async ([FromBody] FillForms.Submission body, FillForms fill, CancellationToken ct) =>
            {
                var (form, repeat) = await fill.SubmitAsync(body, ct);
                var result = new { form.Id, form.VersionId, form.PartnerId, form.VisitDate, Status = repeat ? "repeat" : "kept" };
                return repeat ? Results.Ok(result) : Results.Created($"/api/v1/field/forms/{form.Id}", result);
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("One filled form (its own Id, VersionId, PartnerId, VisitDate, Answers by question name, Photos by file name as base64); "
                         + "sent again with the same answers it answers 200 as the first time");

        field.MapPost("/sync", async ([FromBody] SyncBody body, FillForms fill, Texts texts, CancellationToken ct) =>
                new { Results = await fill.SyncAsync(body.Forms, e => Problems.Message(texts, e, CultureInfo.CurrentUICulture), ct) })
            .RequireAuthorization(RolePolicies.Field)
            .WithMetadata(new RequestSizeLimitAttribute(FillForms.SyncBodyLimit))
            .WithSummary("Many filled forms at once (at most 250): each is kept (201), a repeat of one kept before (200) or refused with its problems");

        field.MapGet("/forms/{id:guid}", async (Guid id, QuestionnaireQueries queries, CancellationToken ct) => (await queries.FilledAsync(id, ct)).Line)
            .WithSummary("One filled form");
    }

    public static string FormId(VersionView v) => "berdaya_" + v.QuestionnaireId.ToString("N")[..12];
}
