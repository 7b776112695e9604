using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;

namespace Berdaya.Features.Impact;

/// <summary>The impact page among the reports on the home page of those who read it (docs/domain.md, Impact).</summary>
[FeatureService]
public sealed class ImpactWork(CurrentUser me, TextsLocalizer t) : IWorkSource
{
    public Task<IReadOnlyList<WorkItem>> ItemsAsync(CancellationToken ct)
    {
        IReadOnlyList<WorkItem> items = me.IsAdmin || me.IsOfficer || me.IsViewer || me.IsFacilitator
            ? [new WorkItem("report-impact", WorkItem.Reports + 3, t["impact.nav"], "/impact")]
            : [];
        return Task.FromResult(items);
    }
}
