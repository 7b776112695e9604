using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Timeline;

namespace Berdaya.Features.Placements;

/// <summary>
/// Placement events on the partner's and group's timeline (docs/domain.md, The 5P approaches): opening an outlet and
/// supplying it is Supporting; the outlet's reports and payments protect the partner's money, so they are Protecting.
/// Summaries name the outlet and counts, never personal data.
/// </summary>
internal static class PlacementTimeline
{
    public static TimelineEvent For(PlacementPartner p, Placement placement, string kind, DateOnly on, string summary, DateTimeOffset at)
    {
        var approach = kind is "placement.started" or "placement.delivered" ? FivePApproach.Supporting : FivePApproach.Protecting;
        return new TimelineEvent(p.ProgramId, p.GroupId, p.Id, on, approach, kind, $"{p.OwnerName} · {placement.OutletName}: {summary}", nameof(Placement),
            placement.Id, at);
    }
}
