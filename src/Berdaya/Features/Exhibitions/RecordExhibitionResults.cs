using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Exhibitions;
using Berdaya.Web;

namespace Berdaya.Features.Exhibitions;

/// <summary>
/// After the event a participant (or the office for them) records what they sold there and the orders or new buyers
/// taken, each with a follow-up date (docs/domain.md, Exhibitions). Recorded once.
/// </summary>
[FeatureService]
public sealed class RecordExhibitionResults(AppDbContext db, ExhibitionAccess access)
{
    public sealed record Order
    {
        public string? Buyer { get; set; }
        public string? Contact { get; set; }
        public string? What { get; set; }
        public DateOnly? FollowUpOn { get; set; }
    }

    public sealed record Command
    {
        public decimal? Sales { get; set; }
        public List<Order> Orders { get; set; } = [];
    }

    public async Task<ExhibitionInvitation> HandleAsync(Guid invitationId, Command c, CancellationToken ct = default)
    {
        var (exhibition, invitation) = await access.RequireInvitationAsync(invitationId, ct);
        if (invitation.Sales is not null)
        {
            throw new DomainException("exhibition.results.twice", "Sales", ErrorKind.Conflict);
        }

        var orders = c.Orders.Where(o => o is not null && !(string.IsNullOrWhiteSpace(o.Buyer) && string.IsNullOrWhiteSpace(o.What)))
            .Select(o => (o.Buyer, o.Contact, o.What, o.FollowUpOn)).ToList();
        invitation.RecordResults(c.Sales, orders, exhibition.EndsOn);
        await db.SaveChangesAsync(ct);
        return invitation;
    }
}
