using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Markets;
using Berdaya.Web;

namespace Berdaya.Features.Placements;

/// <summary>
/// Records money the outlet paid (docs/domain.md, Placements and consignment): whole rupiah, at most what it owes. The
/// placement's version is the guard: of two payments racing for the same owed amount one saves, the other is a conflict (409).
/// </summary>
[FeatureService]
public sealed class RecordPlacementPayment(AppDbContext db, PlacementAccess access, PlacementQueries queries)
{
    public sealed record Command
    {
        public DateOnly? PaidOn { get; set; }
        public decimal? Amount { get; set; }
        public string? Note { get; set; }
    }

    public async Task<PlacementPayment> HandleAsync(Guid placementId, Command c, CancellationToken ct = default)
    {
        var (placement, partner) = await access.PlacementAsync(placementId, ct);
        var balance = (await queries.BalancesAsync([placement], ct))[placement.Id];
        var payment = PlacementPayment.Record(placement, balance.Owed, c.PaidOn, c.Amount, c.Note, access.Today, access.UserId, access.Now);
        db.PlacementPayments.Add(payment);
        db.Timeline.Add(PlacementTimeline.For(partner, placement, "placement.paid", payment.PaidOn,
            $"dibayar Rp {payment.Amount.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}", access.Now));
        await db.SaveChangesAsync(ct);
        return payment;
    }
}
