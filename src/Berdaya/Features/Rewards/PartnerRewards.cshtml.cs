using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Rewards;

/// <summary>A partner's rewards: their own and their group's, each with its certificate.</summary>
public sealed class PartnerRewardsModel(RewardQueries queries) : PageModel
{
    public Guid PartnerId { get; private set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<IssuedReward> Rewards { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct) => (PartnerId, Name, Rewards) = await queries.OfPartnerAsync(id, ct);
}
