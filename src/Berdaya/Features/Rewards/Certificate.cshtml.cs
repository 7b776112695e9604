using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Rewards;

/// <summary>A reward's certificate on paper, in Bahasa Indonesia whatever the reader's language.</summary>
public sealed class CertificateModel(RewardQueries queries) : PageModel
{
    public CertificateView Certificate { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Certificate = await queries.CertificateAsync(id, ct);
}
