using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// Endorsements (docs/domain.md, Meet and Greet: trust signals): an officer writes a few words for a partner of their program; the
/// writer or the program office takes one back. Shown beside the partner's directory entry.
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
        if (!access.MayEndorse)
        {
            throw new DomainException("directory.forbidden", null, ErrorKind.Forbidden);
        }

        var p = await access.PartnerAsync(partnerId, true, ct);
        var name = await db.Users.Where(u => u.Id == access.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) is { Length: > 0 } n ? n : access.By;
        var e = Endorsement.Write(p.ProgramId, p.Id, EndorserRole.Officer, c.Text, access.UserId, name, access.Today);
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
