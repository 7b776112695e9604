using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Features.Loans;
using Berdaya.Web.Charts;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Groups;

public sealed class DetailsModel(GroupQueries queries, GroupAccess access, Repayments.CollectionAccess collection, LoanQueries loans, AppDbContext db,
    TextsLocalizer t) : PageModel
{
    public GroupDetail Group { get; private set; } = null!;
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public bool MayWrite => access.MayWrite;
    public bool MayDraftProposal { get; private set; }
    public bool MayCollect { get; private set; }

    /// <summary>The members' loans the user may see, with days past due and class as of today (docs/domain.md, Arrears and collectibility).</summary>
    public IReadOnlyList<GroupLoanRow> Loans { get; private set; } = [];

    /// <summary>The members' summed figures from their baseline surveys through the quarterly reports (docs/domain.md, Impact).</summary>
    public FiguresChart Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Group = await queries.DetailAsync(id, ct);
        Timeline = await queries.TimelineAsync(id, ct);

        MayDraftProposal = (Group.CurrentProposal is null || Group.CurrentProposal.Status == Domain.Proposals.ProposalStatus.Decided)
                           && await access.MayActForAsync(id, ct);
        MayCollect = await collection.MayCollectAsync(id, ct);
        Loans = await loans.GroupLoansAsync(id, ct);
        Figures = new FiguresChart("group-figures", t["impact.chart.group"], await new ImpactReader(db).GroupSeriesAsync(id, t["impact.chart.baseline"], ct));
        return Page();
    }
}
