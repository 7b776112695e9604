using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record MentorLine(Guid PartnerId, string OwnerName, string BusinessName, int Capacity, int TravelKm, IReadOnlyList<NeedKind> Topics, DateOnly OfferedOn);

/// <summary>
/// Mentors (docs/domain.md, Meet and Greet: mentors): an independent or graduated partner, or an active one with a strong record
/// (twelve on-time months in a row), volunteers through the field staff or themself, with a capacity, a travel distance and the
/// kinds of need offered; a newer offer replaces the one in force; a mentor may stop.
/// </summary>
[FeatureService]
public sealed class Mentors(AppDbContext db, DirectoryAccess access, TrustSignals signals)
{
    public const int StrongRecordMonths = 12;

    public sealed record Command
    {
        public int? Capacity { get; set; }
        public int? TravelKm { get; set; }
        public List<NeedKind>? Topics { get; set; }
    }

    public async Task<MentorOffer> VolunteerAsync(Guid partnerId, Command c, CancellationToken ct)
    {
        var p = await access.PartnerAsync(partnerId, true, ct);
        var status = await db.Partners.Where(x => x.Id == p.Id).Select(x => x.Status).FirstAsync(ct);
        if (status != PartnerStatus.Independent)
        {
            if (status != PartnerStatus.Active || (await signals.StreaksAsync([p.Id], ct)).GetValueOrDefault(p.Id) < StrongRecordMonths)
            {
                throw new DomainException("mentor.noteligible", "PartnerId", ErrorKind.Validation, StrongRecordMonths);
            }
        }

        var offer = MentorOffer.Make(p.ProgramId, p.Id, c.Capacity, c.TravelKm, c.Topics, access.Today, access.By);
        foreach (var old in await db.MentorOffers.Where(o => o.PartnerId == p.Id && o.WithdrawnAt == null).ToListAsync(ct))
        {
            old.Withdraw(access.Now);
        }

        db.MentorOffers.Add(offer);
        db.Timeline.Add(new TimelineEvent(p.ProgramId, p.GroupId, p.Id, access.Today, FivePApproach.Fostering, "mentor.volunteered",
            $"{p.OwnerName} bersedia menjadi mentor untuk {offer.Capacity} mitra", nameof(MentorOffer), offer.Id, access.Now));
        await db.SaveChangesAsync(ct);
        return offer;
    }

    public async Task<IReadOnlyList<MentorLine>> ListAsync(CancellationToken ct)
    {
        var programs = await access.ProgramsAsync(ct);
        var q = db.MentorOffers.AsNoTracking().Where(o => o.WithdrawnAt == null);
        if (programs is not null)
        {
            var list = programs.ToList();
            q = q.Where(o => list.Contains(o.ProgramId));
        }

        var rows = await q.Join(db.Partners, o => o.PartnerId, p => p.Id, (o, p) => new { o, p.OwnerName, p.BusinessName })
            .OrderBy(x => x.OwnerName).Take(500).ToListAsync(ct);
        return rows.Select(x => new MentorLine(x.o.PartnerId, x.OwnerName, x.BusinessName, x.o.Capacity, x.o.TravelKm, MentorOffer.KindsOf(x.o.Topics), x.o.OfferedOn))
            .ToList();
    }
}
