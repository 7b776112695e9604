using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Evaluations;

/// <summary>One yearly evaluation: the evidence against the criteria, the two judgements and the decision (decision 0028).</summary>
public sealed class DetailModel(Evaluations evaluations, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Evaluations.JudgeCommand Judge { get; set; } = new();

    [BindProperty]
    public Evaluations.DecideCommand Decide { get; set; } = new();

    public EvaluationView View { get; private set; } = null!;
    public bool MayJudge => evaluations.MayJudge;
    public bool MayDecide => evaluations.MayDecide;
    public bool IsEvaluator => evaluations.MayJudge && !evaluations.MayDecide;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Judge.Judgement = IsEvaluator ? View.EvaluatorJudgement : View.OfficerJudgement;
    }

    public async Task<IActionResult> OnPostJudgeAsync(CancellationToken ct)
    {
        await evaluations.JudgeAsync(Id, Judge, ct);
        TempData["Flash"] = texts.Get("evaluation.judgement.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/evaluations/{Id}");
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        await evaluations.DecideAsync(Id, Decide, ct);
        TempData["Flash"] = texts.Get("evaluation.decided", CultureInfo.CurrentUICulture);
        return Redirect($"/evaluations/{Id}");
    }

    public async Task<IActionResult> OnPostRegatherAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var groupId = View.Subject == EvaluationSubject.Group ? View.SubjectId : (await evaluations.ListAsync(View.ProgramId, View.Year, ct))
            .Where(l => l.SubjectId == View.SubjectId).Select(l => l.GroupId).FirstOrDefault();
        await evaluations.GatherAsync(new Evaluations.GatherCommand { ProgramId = View.ProgramId, GroupId = groupId, Year = View.Year }, ct);
        return Redirect($"/evaluations/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await evaluations.ViewAsync(Id, ct);
        Judge.Revision = View.Revision;
        Decide.Revision = View.Revision;
    }
}
