using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Needs;

public sealed class GroupModel(PartnerNeeds needs) : PageModel
{
    public GroupNeedsView View { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => View = await needs.GroupAsync(id, ct);
}
