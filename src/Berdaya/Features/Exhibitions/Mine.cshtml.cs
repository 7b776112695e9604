using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Exhibitions;

/// <summary>The signed-in partner's own exhibition invitations.</summary>
public sealed class MineModel(ExhibitionQueries queries) : PageModel
{
    public IReadOnlyList<InvitationView> Invitations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Invitations = await queries.MineAsync(ct);
}
