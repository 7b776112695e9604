using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// Endorsements (docs/domain.md, Meet and Greet: trust signals): an officer writes a few words for a partner of their program, and a
/// mentor for a mentee they met in a pair both agreed to; the program office takes one back. Shown beside the partner's directory entry.
/// </summary>
[FeatureService]
public sealed class Endorsements(AppDbContext db, DirectoryAccess access)
{
    public sealed record Command
    {
        public string? Text { get; set; }
    }

    public async Task<Endorsement> WriteAsync(Guid partnerId, Command c, CancellationToken ct)
    {
        if (!access.MayEndorse && !access.IsPartner)
        {
            throw new DomainException("directory.forbidden", null, ErrorKind.Forbidden);
        }

        ConsentPartner p;
        string name;
        var role = EndorserRole.Officer;
        if (access.MayEndorse)
        {
            p = await access.PartnerAsync(partnerId, true, ct);
            name = await db.Users.Where(u => u.Id == access.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) is { Length: > 0 } n ? n : access.By;
        }
        else
        {
            // A mentor endorses a mentee of a pair both agreed to, once they met; anyone else is not theirs to endorse.
            var own = await access.OwnPartnerAsync(ct) ?? Guid.Empty;
            var pairs = db.RoundPairs.Where(x => x.MentorPartnerId == own && x.MenteePartnerId == partnerId && x.State == PairState.Accepted
                                                 && x.MentorAgreed == true && x.MenteeAgreed == true);
            var met = await pairs.AnyAsync(x => db.Meetings.Any(m => m.PairId == x.Id && m.Attendees.Count(a => a.Came) == 2), ct);
            var mentee = met
                ? await db.Partners.Where(x => x.Id == partnerId)
                    .Select(x => new ConsentPartner(x.Id, x.ProgramId, x.OwnerName, x.BusinessName, x.VillageCode,
                        db.GroupMemberships.Where(m => m.ActivePartnerId == x.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault()))
                    .FirstOrDefaultAsync(ct)
                : null;
            p = mentee ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
            name = await db.Partners.Where(x => x.Id == own).Select(x => x.OwnerName).FirstAsync(ct);
            role = EndorserRole.Mentor;
        }

        var e = Endorsement.Write(p.ProgramId, p.Id, role, c.Text, access.UserId, name, access.Today);
        db.Endorsements.Add(e);
        db.Timeline.Add(new TimelineEvent(p.ProgramId, p.GroupId, p.Id, access.Today, FivePApproach.Supporting, "directory.endorsed",
            $"{name} memberi rekomendasi untuk {p.OwnerName}", nameof(Endorsement), e.Id, access.Now));
        await db.SaveChangesAsync(ct);
        return e;
    }

    public async Task WithdrawAsync(Guid id, CancellationToken ct)
    {
        if (!access.MayEndorse)
        {
            throw new DomainException("directory.forbidden", null, ErrorKind.Forbidden);
        }

        var e = await db.Endorsements.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new DomainException("endorsement.notfound", "Id", ErrorKind.NotFound);
        await access.PartnerAsync(e.PartnerId, true, ct);
        e.Withdraw(access.Now);
        await db.SaveChangesAsync(ct);
    }
}
