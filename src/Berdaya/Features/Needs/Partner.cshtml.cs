using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Needs;

public sealed class PartnerModel(PartnerNeeds needs) : PageModel
{
    public PartnerNeedsView View { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => View = await needs.HandleAsync(id, ct);
}
