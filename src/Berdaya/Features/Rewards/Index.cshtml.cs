using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Rewards;

/// <summary>The program's reward rules (program office).</summary>
public sealed class IndexModel(RewardQueries queries) : PageModel
{
    public IReadOnlyList<RewardRuleView> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rules = await queries.RulesAsync(ct);
}
