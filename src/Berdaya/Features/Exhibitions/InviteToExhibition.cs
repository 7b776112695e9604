using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Exhibitions;

/// <summary>
/// Invites a partner of the program to an exhibition (docs/domain.md, Exhibitions): refused with the record's reason when
/// they are not eligible, unless the officer gives a reason to override, which is recorded. A second invitation is a
/// conflict. On the partner's and group's timeline (Supporting).
/// </summary>
[FeatureService]
public sealed class InviteToExhibition(AppDbContext db, ExhibitionAccess access, ExhibitionEligibility eligibility, Texts texts)
{
    public sealed record Command
    {
        public Guid? PartnerId { get; set; }

        /// <summary>Why a partner who is not eligible is invited all the same.</summary>
        public string? OverrideReason { get; set; }
    }

    public async Task<ExhibitionInvitation> HandleAsync(Guid exhibitionId, Command c, CancellationToken ct = default)
    {
        var exhibition = await access.RequireExhibitionAsync(exhibitionId, ct);
        if (c.PartnerId is not { } partnerId)
        {
            throw new DomainValidationException([new DomainException("field.required", "PartnerId")]);
        }

        var partner = await db.Partners.Where(p => p.Id == partnerId && p.ProgramId == exhibition.ProgramId)
                          .Select(p => new { p.Id, p.OwnerName }).FirstOrDefaultAsync(ct)
                      ?? throw new DomainException("exhibition.partner.notfound", "PartnerId", ErrorKind.NotFound);
        var all = await eligibility.JudgeAsync(exhibition, partnerId, ct);
        var judged = all.Count > 0 ? all[0] : null;
        var why = judged?.Why ?? texts.Format("reward.why.short", CultureInfo.CurrentUICulture, 0, exhibition.Months);
        var invitation = exhibition.Invite(partnerId, judged?.Eligible == true, why, c.OverrideReason, access.User.RequiredId, access.Now);

        var group = await db.GroupMemberships.Where(m => m.ActivePartnerId == partnerId).Select(m => (Guid?)m.GroupId).FirstOrDefaultAsync(ct);
        var id = CultureInfo.GetCultureInfo("id-ID");
        db.Timeline.Add(new TimelineEvent(exhibition.ProgramId, group, partnerId, access.Today, FivePApproach.Supporting, "exhibition.invited",
            texts.Format("exhibition.timeline.invited", id, partner.OwnerName, exhibition.Name), nameof(ExhibitionInvitation), invitation.Id, access.Now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException("exhibition.invited.twice", "PartnerId", ErrorKind.Conflict);
        }

        return invitation;
    }
}
