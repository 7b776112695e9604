using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Placements;

/// <summary>The program's outlets that owe, oldest debt first, late ones flagged; evaluators and viewers see the counts only.</summary>
[Authorize(Roles = PlacementQueries.ProgramReaders)]
public sealed class OwedModel(PlacementQueries queries) : PageModel
{
    public OwedView View { get; private set; } = null!;

    public async Task OnGetAsync(Guid? programId, CancellationToken ct) => View = await queries.OwedAsync(programId, ct);
}
