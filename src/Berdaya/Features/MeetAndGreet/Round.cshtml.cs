using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>A matching round: each proposed pair with its score and its reasons in words, kept or removed by the officer.</summary>
public sealed class RoundModel(MatchingRounds rounds, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public RoundView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await rounds.GetAsync(Id, ct);

    public async Task<IActionResult> OnPostPairAsync(Guid pairId, bool keep, CancellationToken ct)
    {
        await rounds.DecidePairAsync(pairId, new MatchingRounds.PairCommand { Keep = keep }, ct);
        TempData["Flash"] = texts.Get(keep ? "matching.pair.kept" : "matching.pair.removed", CultureInfo.CurrentUICulture);
        return Redirect($"/matching/{Id}");
    }

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => View = await rounds.GetAsync(Id, ct);
}
