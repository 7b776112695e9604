using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Legality;

/// <summary>
/// Records a change of recipe or process, which ends a Halal certificate (docs/domain.md, Legality milestones):
/// from that day it reads as expired, and the partner applies again.
/// </summary>
[FeatureService]
public sealed class EndHalalByChange(AppDbContext db, LegalityAccess access, Texts texts)
{
    public sealed record Command
    {
        public DateOnly? ChangedOn { get; set; }

        /// <summary>What changed (the new recipe, the new supplier, the new process).</summary>
        public string? Note { get; set; }
    }

    public async Task HandleAsync(Guid partnerId, LegalityKind kind, Command c, CancellationToken ct = default)
    {
        access.RequireStaff();
        var partner = await access.PartnerAsync(partnerId, ct);
        if (kind != LegalityKind.Halal)
        {
            throw new DomainException("legality.change.kind", "Kind");
        }

        if (c.ChangedOn is not { } on)
        {
            throw new DomainValidationException([new DomainException("legality.change.date.required", "ChangedOn")]);
        }

        var item = await db.LegalityItems.FirstOrDefaultAsync(i => i.PartnerId == partner.Id && i.Kind == kind, ct)
                   ?? throw new DomainException("legality.change.notheld", "State", ErrorKind.Validation, LegalityState.NotStarted);
        var change = item.EndByChange(on, c.Note, access.Today, access.UserId, access.Now);
        db.LegalityChanges.Add(change);
        db.Timeline.Add(LegalityTimeline.For(partner, item, change, texts));
        await db.SaveChangesAsync(ct);
    }
}
