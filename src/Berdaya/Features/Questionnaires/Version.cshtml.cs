using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Questionnaires;

/// <summary>
/// One version of a questionnaire (decision 0025): a draft is built here question by question and published; a published
/// version is read, exported as an XLSForm, started again as a new draft, and given to facilitators for field visits.
/// </summary>
public sealed class VersionModel(QuestionnaireQueries queries, EditQuestionnaire edit, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The question being changed (?edit=name).</summary>
    [FromQuery(Name = "edit")]
    public string? Editing { get; set; }

    [BindProperty]
    public EditQuestionnaire.QuestionInput Question { get; set; } = new();

    [BindProperty]
    public EditQuestionnaire.SectionInput Section { get; set; } = new();

    [BindProperty]
    public List<string> Assigned { get; set; } = [];

    public VersionView Version { get; private set; } = null!;
    public IReadOnlyList<FacilitatorChoice> Facilitators { get; private set; } = [];
    public bool MayEdit => queries.MayEdit;
    public bool IsDraft => Version.State == VersionState.Draft;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Question.Revision = Version.Revision;
        Section.Revision = Version.Revision;
        Question.Section = Version.Form.Sections.Count > 0 ? Version.Form.Sections[^1].Name : null;
        if (Editing is not null && Version.Form.Find(Editing) is { } q)
        {
            Question = new EditQuestionnaire.QuestionInput
            {
                Section = Version.Form.Sections.First(s => s.Questions.Contains(q)).Name,
                Original = q.Name,
                Name = q.Name,
                Type = q.Type,
                LabelId = q.LabelId,
                LabelEn = q.LabelEn,
                HintId = q.HintId,
                HintEn = q.HintEn,
                Required = q.Required,
                Relevant = q.Relevant,
                Min = q.Min,
                Max = q.Max,
                Choices = string.Join('\n', q.Choices.Select(c => c.LabelEn is null ? $"{c.Name} | {c.LabelId}" : $"{c.Name} | {c.LabelId} | {c.LabelEn}")),
                MaxScore = q.MaxScore,
                Revision = Version.Revision,
            };
        }
    }

    public async Task<IActionResult> OnPostQuestionAsync(CancellationToken ct)
    {
        await edit.SaveQuestionAsync(Id, Question, ct);
        return Saved("questionnaire.saved", "#q-" + Question.Name);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string name, int revision, CancellationToken ct)
    {
        await edit.RemoveQuestionAsync(Id, name, revision, ct);
        return Saved("questionnaire.saved", "");
    }

    public async Task<IActionResult> OnPostSectionAsync(CancellationToken ct)
    {
        await edit.AddSectionAsync(Id, Section, ct);
        return Saved("questionnaire.saved", "");
    }

    public async Task<IActionResult> OnPostPublishAsync(int revision, CancellationToken ct)
    {
        var v = await edit.PublishAsync(Id, revision, ct);
        TempData["Flash"] = texts.Format("questionnaire.published.done", CultureInfo.CurrentUICulture, v.Number);
        return Redirect($"/questionnaires/versions/{Id}");
    }

    public async Task<IActionResult> OnPostDraftAsync(CancellationToken ct)
    {
        var v = await edit.DraftFromAsync(Id, ct);
        TempData["Flash"] = texts.Format("questionnaire.drafted", CultureInfo.CurrentUICulture, v.Number);
        return Redirect($"/questionnaires/versions/{v.Id}");
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        if (!MayEdit)
        {
            throw new DomainException("questionnaire.forbidden", null, ErrorKind.Forbidden);
        }

        await LoadAsync(ct);
        foreach (var f in Facilitators)
        {
            var want = Assigned.Contains(f.Id);
            if (want != f.Assigned)
            {
                await edit.AssignAsync(Version.QuestionnaireId, f.Id, want, ct);
            }
        }

        TempData["Flash"] = texts.Get("questionnaire.assign.done", CultureInfo.CurrentUICulture);
        return Redirect($"/questionnaires/versions/{Id}#assign");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private RedirectResult Saved(string key, string anchor)
    {
        TempData["Flash"] = texts.Get(key, CultureInfo.CurrentUICulture);
        return Redirect($"/questionnaires/versions/{Id}{anchor}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Version = await queries.VersionAsync(Id, ct);
        if (MayEdit)
        {
            Facilitators = await queries.FacilitatorsAsync(Version.QuestionnaireId, Version.ProgramId, ct);
        }
    }
}
