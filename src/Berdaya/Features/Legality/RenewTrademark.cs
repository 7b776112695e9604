using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Legality;

/// <summary>Renews a trademark for 10 more years, only in the last 6 months before it expires (docs/domain.md, Legality milestones).</summary>
[FeatureService]
public sealed class RenewTrademark(AppDbContext db, LegalityAccess access, Texts texts)
{
    public sealed record Command
    {
        public string? Note { get; set; }
    }

    public async Task HandleAsync(Guid partnerId, Domain.Legality.LegalityKind kind, Command c, CancellationToken ct = default)
    {
        access.RequireStaff();
        var partner = await access.PartnerAsync(partnerId, ct);
        if (kind != Domain.Legality.LegalityKind.Trademark)
        {
            throw new DomainException("legality.renew.kind", "Kind");
        }

        var item = await db.LegalityItems.FirstOrDefaultAsync(i => i.PartnerId == partner.Id && i.Kind == kind, ct)
                   ?? throw new DomainException("legality.renew.notheld", "State", ErrorKind.Validation, Domain.Legality.LegalityState.NotStarted);
        var change = item.Renew(access.Today, c.Note, access.UserId, access.Now);
        db.LegalityChanges.Add(change);
        db.Timeline.Add(LegalityTimeline.For(partner, item, change, texts));
        await db.SaveChangesAsync(ct);
    }
}
