using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Evaluations;

/// <summary>One form scored against its version's rubric, the partner shown as a code to the evaluator (decision 0028).</summary>
public sealed class ScoreFormModel(Scoring scoring, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Scoring.Command Input { get; set; } = new();

    public ScoringView View { get; private set; } = null!;
    public bool MayScore => scoring.MayScore;

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await scoring.FormAsync(Id, ct);
        Input.Note = View.Note;
        Input.Revision = View.Revision;
        Input.Scores = View.Questions.ToDictionary(q => q.Name, q => q.Score);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var s = await scoring.ScoreAsync(Id, Input, ct);
        TempData["Flash"] = texts.Format("scoring.saved", CultureInfo.CurrentUICulture, s.Total, s.MaxTotal);
        return Redirect($"/evaluation/scoring/{Id}");
    }

    public async Task<IActionResult> OnGetPhotoAsync(string name, CancellationToken ct)
    {
        var a = await scoring.PhotoAsync(Id, name, ct);
        return File(a.Content, a.ContentType);
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => View = await scoring.FormAsync(Id, ct);
}
