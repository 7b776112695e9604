using Berdaya.Data;
using Berdaya.Web;

namespace Berdaya.Features.Placements;

/// <summary>Ends a placement with a reason (docs/domain.md, Placements and consignment): no more deliveries or reports; payments still come in.</summary>
[FeatureService]
public sealed class EndPlacement(AppDbContext db, PlacementAccess access)
{
    public sealed record Command
    {
        public DateOnly? EndedOn { get; set; }
        public string? Reason { get; set; }
    }

    public async Task HandleAsync(Guid placementId, Command c, CancellationToken ct = default)
    {
        var (placement, partner) = await access.PlacementAsync(placementId, ct);
        placement.End(c.EndedOn, c.Reason, access.Today);
        db.Timeline.Add(PlacementTimeline.For(partner, placement, "placement.ended", placement.EndedOn!.Value, $"berhenti: {placement.EndReason}", access.Now));
        await db.SaveChangesAsync(ct);
    }
}
