using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;

namespace Berdaya.Features.Reports;

/// <summary>
/// The reports on the home page for those who read them (docs/domain.md, Roles and scope): the portfolio and the KPIs
/// for the office, viewers and the evaluator, the fund for the office and viewers. Links only: the reports
/// themselves say as of which close they count.
/// </summary>
[FeatureService]
public sealed class ReportWork(CurrentUser me, TextsLocalizer t) : IWorkSource
{
    public Task<IReadOnlyList<WorkItem>> ItemsAsync(CancellationToken ct)
    {
        var items = new List<WorkItem>();
        if (me.IsAdmin || me.IsOfficer || me.IsViewer || me.IsEvaluator)
        {
            items.Add(new WorkItem("report-portfolio", WorkItem.Reports, t["reports.portfolio.title"], "/reports/portfolio"));
            items.Add(new WorkItem("report-kpis", WorkItem.Reports + 1, t["reports.kpis.title"], "/reports/kpis"));
        }

        if (me.IsAdmin || me.IsOfficer || me.IsViewer)
        {
            items.Add(new WorkItem("report-fund", WorkItem.Reports + 2, t["nav.fund"], "/fund"));
        }

        return Task.FromResult<IReadOnlyList<WorkItem>>(items);
    }
}
