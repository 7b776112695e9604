using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Evaluations;

/// <summary>The evaluator's queue of forms to score, each partner as a code (decision 0028).</summary>
public sealed class ScoringQueueModel(Scoring scoring, ProgramScope scope) : PageModel
{
    [FromQuery]
    public Guid? ProgramId { get; set; }

    [FromQuery]
    public int? Year { get; set; }

    [FromQuery]
    public bool Unscored { get; set; }

    public ProgramPicker Picker { get; private set; } = null!;
    public IReadOnlyList<ScoringLine> Lines { get; private set; } = [];
    public bool SeesNames => scoring.SeesNames;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!scoring.MayRead)
        {
            throw new DomainException("score.forbidden", null, ErrorKind.Forbidden);
        }

        var id = await scope.ResolvePageAsync(ProgramId, ct);
        ProgramId = id;
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/evaluation/scoring");
        Lines = await scoring.QueueAsync(id, Year is >= 2000 and <= 2100 ? Year : null, Unscored, ct);
    }
}
