using Berdaya.Domain.Rewards;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Rewards;

/// <summary>A new reward rule: name, whom it looks at, how many months, and the reward.</summary>
public sealed class NewModel(DefineRewardRule define, RewardEvaluation evaluation) : PageModel, IFormPage
{
    [BindProperty]
    public DefineRewardRule.Command Input { get; set; } = new() { Scope = RewardScope.Partner, Months = 12, Kind = RewardKind.Merchandise };

    public void OnGet() => evaluation.RequireOffice();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var rule = await define.HandleAsync(Input, ct);
        return Redirect($"/rewards/{rule.Id}");
    }
}
