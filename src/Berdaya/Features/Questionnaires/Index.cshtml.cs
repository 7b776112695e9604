using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Questionnaires;

/// <summary>The program's questionnaires with their versions; the office starts one, or reads one in from an XLSForm (decision 0025).</summary>
public sealed class IndexModel(QuestionnaireQueries queries, EditQuestionnaire edit, ProgramScope scope, Texts texts) : PageModel, IFormPage
{
    [FromQuery]
    public Guid? ProgramId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ProgramPicker Picker { get; private set; } = null!;
    public IReadOnlyList<QuestionnaireLine> Questionnaires { get; private set; } = [];
    public bool MayEdit => queries.MayEdit;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var v = await edit.CreateAsync(await scope.ResolvePageAsync(ProgramId, ct), Title, ct);
        return Redirect($"/questionnaires/versions/{v.Id}");
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        // No file is an empty one: the import checks the role before it reads anything.
        await using var stream = Upload?.OpenReadStream() ?? Stream.Null;
        var v = await edit.ImportAsync(await scope.ResolvePageAsync(ProgramId, ct), null, stream, Upload?.FileName, Upload?.Length ?? 0, ct);
        TempData["Flash"] = texts.Format("questionnaire.imported", CultureInfo.CurrentUICulture, v.Number, v.Form.Questions.Count());
        return Redirect($"/questionnaires/versions/{v.Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    public string? KeyOf(string field) => field == XlsForm.File ? nameof(Upload) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!queries.MayRead)
        {
            throw new DomainException("questionnaire.forbidden", null, ErrorKind.Forbidden);
        }

        var id = await scope.ResolvePageAsync(ProgramId, ct);
        ProgramId = id;
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/questionnaires");
        Questionnaires = await queries.ListAsync(id, ct);
    }
}
