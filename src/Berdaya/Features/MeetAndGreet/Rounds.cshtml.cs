using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>The office's matching rounds (docs/domain.md, Meet and Greet: matching): the rounds so far and a form to start one.</summary>
public sealed class RoundsModel(MatchingRounds rounds, ProgramScope scope) : PageModel, IFormPage
{
    [BindProperty]
    public MatchingRounds.StartCommand Start { get; set; } = new();

    public IReadOnlyList<RoundLine> Lines { get; private set; } = [];
    public IReadOnlyList<ProgramChoice> Programs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var w = Domain.MeetAndGreet.MatchWeights.Default;
        (Start.WeightProduct, Start.WeightNeeds, Start.WeightDistance, Start.WeightCapacity) = (w.Product, w.Needs, w.Distance, w.Capacity);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var r = await rounds.StartAsync(Start, ct);
        return Redirect($"/matching/{r.Id}");
    }

    public Task OnRefusedAsync(Domain.Common.DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Lines = await rounds.ListAsync(ct);
        Programs = await scope.ChoicesAsync(ct);
        Start.ProgramId ??= await scope.ResolvePageAsync(null, ct);
    }
}
