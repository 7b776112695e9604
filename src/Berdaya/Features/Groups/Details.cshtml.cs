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

    /// <summary>The years the group's timeline has entries in, newest first, with how many; the page shows one year at a time.</summary>
    public IReadOnlyList<(int Year, int Count)> TimelineYears { get; private set; } = [];

    public int? TimelineYear { get; private set; }
    public bool MayWrite => access.MayWrite;
    public bool MayDraftProposal { get; private set; }
    public bool MayCollect { get; private set; }

    /// <summary>The members' loans the user may see, with days past due and class as of today (docs/domain.md, Arrears and collectibility).</summary>
    public IReadOnlyList<GroupLoanRow> Loans { get; private set; } = [];

    /// <summary>The members' summed figures from their baseline surveys through the quarterly reports (docs/domain.md, Impact).</summary>
    public FiguresChart Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int? year, CancellationToken ct)
    {
        Group = await queries.DetailAsync(id, ct);

        // A group's story runs over years (collections every month, reports every quarter): the page shows the year asked for,
        // or the latest, so that it stays light on a phone; every year is one tap away.
        var all = await queries.TimelineAsync(id, ct);
        TimelineYears = all.GroupBy(e => e.OccurredOn.Year).Select(g => (g.Key, g.Count())).OrderByDescending(y => y.Key).ToList();
        TimelineYear = TimelineYears.Any(y => y.Year == year) ? year : TimelineYears.Count > 0 ? TimelineYears[0].Year : null;
        Timeline = all.Where(e => e.OccurredOn.Year == TimelineYear).ToList();

        MayDraftProposal = (Group.CurrentProposal is null || Group.CurrentProposal.Status == Domain.Proposals.ProposalStatus.Decided)
                           && await access.MayActForAsync(id, ct);
        MayCollect = await collection.MayCollectAsync(id, ct);
        Loans = await loans.GroupLoansAsync(id, ct);
        Figures = new FiguresChart("group-figures", t["impact.chart.group"], await new ImpactReader(db).GroupSeriesAsync(id, t["impact.chart.baseline"], ct));
        return Page();
    }
}
