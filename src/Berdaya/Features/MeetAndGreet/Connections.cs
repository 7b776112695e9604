using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// One request as one side sees it. The other side's phone number, and a WhatsApp link to it, only once accepted; a buyer's
/// contact only to the partner asked.
/// </summary>
public sealed record ConnectionLine(Guid Id, ConnectionKind Kind, bool Incoming, string OtherName, string? OtherBusiness, string Message,
    ConnectionState State, DateTimeOffset SentAt, DateTimeOffset? AnsweredAt, string? OtherPhone, string? WhatsApp, Guid Version);

/// <summary>
/// Requests to connect (docs/domain.md, Meet and Greet): a partner asks a listed partner who shows <see cref="DirectoryField.Contact"/>;
/// the partner asked accepts or declines, once; only on acceptance are the phone numbers exchanged. A request to a partner without
/// consent, to themself, or while one between the two is still open is refused. Field staff may send and answer for a partner in
/// their scope (as they record consent), for members without a phone of their own.
/// </summary>
[FeatureService]
public sealed class Connections(AppDbContext db, DirectoryAccess access)
{
    public sealed record SendCommand
    {
        public Guid? ToPartnerId { get; set; }
        public string? Message { get; set; }
    }

    public sealed record AnswerCommand
    {
        public bool? Accept { get; set; }
        public Guid? Version { get; set; }
    }

    public async Task<ConnectionRequest> SendAsync(Guid fromPartnerId, SendCommand c, CancellationToken ct)
    {
        var from = await access.PartnerAsync(fromPartnerId, true, ct);
        if (c.ToPartnerId is not { } toId)
        {
            throw new DomainException("field.required", "ToPartnerId");
        }

        if (toId == from.Id)
        {
            throw new DomainException("connection.self", "ToPartnerId");
        }

        var to = await db.DirectoryEntries.AsNoTracking().Where(e => e.PartnerId == toId && e.ProgramId == from.ProgramId)
            .Select(e => new { e.PartnerId, e.Fields, e.Purposes, e.OwnerName }).FirstOrDefaultAsync(ct);
        if (to is null || (to.Purposes & DirectoryPurpose.Partners) == 0 || (to.Fields & DirectoryField.Contact) == 0)
        {
            throw new DomainException("connection.noconsent", "ToPartnerId");
        }

        var open = await db.ConnectionRequests.AnyAsync(r => r.State == ConnectionState.Pending &&
                                                             ((r.FromPartnerId == from.Id && r.ToPartnerId == toId) ||
                                                              (r.FromPartnerId == toId && r.ToPartnerId == from.Id)), ct);
        if (open)
        {
            throw new DomainException("connection.open", "ToPartnerId", ErrorKind.Conflict);
        }

        var request = ConnectionRequest.FromPartner(from.ProgramId, from.Id, toId, c.Message, access.By, access.Now);
        db.ConnectionRequests.Add(request);
        db.Timeline.Add(new TimelineEvent(from.ProgramId, from.GroupId, from.Id, access.Today, FivePApproach.Supporting, "directory.connection.sent",
            $"{from.OwnerName} meminta terhubung dengan {to.OwnerName}", nameof(ConnectionRequest), request.Id, access.Now));
        await db.SaveChangesAsync(ct);
        return request;
    }

    public async Task<ConnectionRequest> AnswerAsync(Guid requestId, AnswerCommand c, CancellationToken ct)
    {
        var request = await db.ConnectionRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct)
                      ?? throw new DomainException("connection.notfound", "Id", ErrorKind.NotFound);

        // Only the partner asked (or the field staff for them) answers; anyone else does not find it.
        var to = await access.PartnerAsync(request.ToPartnerId, true, ct);
        if (c.Accept is not { } accept)
        {
            throw new DomainException("field.required", "Accept");
        }

        if (c.Version is { } v && v != request.Version)
        {
            throw new DomainException("concurrency", null, ErrorKind.Conflict);
        }

        request.Answer(accept, access.By, access.Now);
        var kind = accept ? "directory.connection.accepted" : "directory.connection.declined";
        var other = request.FromPartnerId is { } f ? await db.Partners.Where(p => p.Id == f).Select(p => p.OwnerName).FirstAsync(ct) : request.BuyerName;
        db.Timeline.Add(new TimelineEvent(to.ProgramId, to.GroupId, to.Id, access.Today, FivePApproach.Supporting, kind,
            accept ? $"{to.OwnerName} menerima permintaan {other}" : $"{to.OwnerName} menolak permintaan {other}", nameof(ConnectionRequest), request.Id,
            access.Now));
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>A partner's requests, sent and received, newest first (at most 100).</summary>
    public async Task<IReadOnlyList<ConnectionLine>> ListAsync(Guid partnerId, CancellationToken ct)
    {
        var me = await access.PartnerAsync(partnerId, false, ct);
        var rows = await db.ConnectionRequests.AsNoTracking().Where(r => r.ToPartnerId == me.Id || r.FromPartnerId == me.Id)
            .OrderByDescending(r => r.SentAt).Take(100).ToListAsync(ct);
        var others = rows.Select(r => r.ToPartnerId == me.Id ? r.FromPartnerId : r.ToPartnerId).OfType<Guid>().Distinct().ToList();
        var people = await db.Partners.AsNoTracking().Where(p => others.Contains(p.Id))
            .Select(p => new { p.Id, p.OwnerName, p.BusinessName, p.Phone }).ToDictionaryAsync(p => p.Id, ct);
        var mine = await db.Partners.Where(p => p.Id == me.Id).Select(p => p.OwnerName).FirstAsync(ct);
        return rows.Select(r =>
        {
            var incoming = r.ToPartnerId == me.Id;
            var accepted = r.State == ConnectionState.Accepted;
            if (r.Kind == ConnectionKind.Buyer)
            {
                var buyerPhone = r.BuyerContact is { } bc && Phone.TryNormalize(bc, out var d) ? d : null;
                return new ConnectionLine(r.Id, r.Kind, true, r.BuyerName ?? "", null, r.Message, r.State, r.SentAt, r.AnsweredAt,
                    accepted ? r.BuyerContact : null, accepted ? Phone.WhatsAppLink(buyerPhone, $"Halo {r.BuyerName}, saya {mine}.") : null, r.Version);
            }

            var other = people.GetValueOrDefault(incoming ? r.FromPartnerId!.Value : r.ToPartnerId);
            var phone = accepted ? other?.Phone : null;
            return new ConnectionLine(r.Id, r.Kind, incoming, other?.OwnerName ?? "", other?.BusinessName, r.Message, r.State, r.SentAt, r.AnsweredAt,
                phone, Phone.WhatsAppLink(phone, $"Halo {other?.OwnerName}, saya {mine} dari direktori mitra Berdaya."), r.Version);
        }).ToList();
    }
}
