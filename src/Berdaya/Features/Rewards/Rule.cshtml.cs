using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Rewards;

/// <summary>A rule on a date: who qualifies and why (and who not, with the reason), the issue buttons, and the rewards given.</summary>
public sealed class RuleModel(RewardEvaluation evaluation, RewardQueries queries, IssueReward issue, Texts texts, TimeProvider clock) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    [BindProperty]
    public IssueReward.Command Issue { get; set; } = new();

    public QualificationView View { get; private set; } = null!;

    public IReadOnlyList<IssuedReward> Issued { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(On ?? clock.Today(), ct);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        var given = await issue.HandleAsync(Id, Issue, ct);
        TempData["Flash"] = texts.Get("rewards.issued", CultureInfo.CurrentUICulture);
        return Redirect($"/rewards/{Id}?on={given.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}#issued");
    }

    /// <summary>The issue form is a button on each row: its refusal (the reason the receiver does not qualify) is shown above the table.</summary>
    public string? KeyOf(string field) => "";

    public async Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        var on = Issue.AsOf is { } d && d <= clock.Today() && d >= BusinessCalendar.Earliest ? d : clock.Today();
        await LoadAsync(on, ct);
    }

    private async Task LoadAsync(DateOnly on, CancellationToken ct)
    {
        View = await evaluation.QualificationAsync(Id, on, ct);
        Issued = await queries.IssuesOfRuleAsync(Id, ct);
        On = View.AsOf;
    }
}
