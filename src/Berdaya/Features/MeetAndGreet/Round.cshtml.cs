using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// A matching round: each proposed pair with its score and reasons, kept, removed or swapped by the officer, each side's answer, the
/// proposed peer seminars, and what came of the round (docs/domain.md, Meet and Greet: matching and outcomes).
/// </summary>
public sealed class RoundModel(MatchingRounds rounds, RoundOutcomes outcomes, Mentors mentors, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public MatchingRounds.SwapCommand Swap { get; set; } = new();

    public RoundView View { get; private set; } = null!;
    public RoundOutcome Outcome { get; private set; } = null!;
    public IReadOnlyList<MentorLine> Mentors { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostPairAsync(Guid pairId, bool keep, CancellationToken ct)
    {
        await rounds.DecidePairAsync(pairId, new MatchingRounds.PairCommand { Keep = keep }, ct);
        return Done(keep ? "matching.pair.kept" : "matching.pair.removed");
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid pairId, string side, bool agree, CancellationToken ct)
    {
        await rounds.AnswerAsync(pairId, new MatchingRounds.AnswerCommand { Side = side, Agree = agree }, ct);
        return Done("matching.answered");
    }

    public async Task<IActionResult> OnPostSwapAsync(Guid pairId, CancellationToken ct)
    {
        await rounds.SwapAsync(pairId, Swap, ct);
        return Done("matching.swapped");
    }

    private RedirectResult Done(string key)
    {
        TempData["Flash"] = texts.Get(key, CultureInfo.CurrentUICulture);
        return Redirect($"/matching/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await rounds.GetAsync(Id, ct);
        Outcome = await outcomes.GetAsync(Id, ct);
        Mentors = (await mentors.ListAsync(ct)).Where(m => m.PartnerId != Guid.Empty).ToList();
    }
}
