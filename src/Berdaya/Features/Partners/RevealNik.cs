using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Partners;

/// <summary>Shows a partner's full NIK to a role that needs it, and records who read it (UU 27/2022; docs/domain.md, Personal data).</summary>
[FeatureService]
public sealed class RevealNik(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public const string AuditAction = "ReadNik";

    public async Task<string> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var nik = await (await me.PartnersAsync(ct)).Where(p => p.Id == id).Select(p => p.Nik).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
        if (!me.MayRevealNik)
        {
            throw new DomainException("partner.nik.reveal.forbidden", null, ErrorKind.Forbidden);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = me.Id,
            UserName = me.Name,
            EntityType = "Partner",
            EntityId = id.ToString(),
            Action = AuditAction,
        });
        await db.SaveChangesAsync(ct);
        return nik;
    }
}
