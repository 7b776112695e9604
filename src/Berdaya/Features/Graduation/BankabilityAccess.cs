using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Graduation;

/// <summary>The partner a checklist or graduation is about, as much as the pages and the letter need.</summary>
public sealed record GraduationPartner(Guid Id, Guid ProgramId, string OwnerName, string BusinessName, string Sector, string? Products, string VillageCode,
    string? Address, string Nik, DateOnly? BusinessStartedOn, PartnerStatus Status, Guid? GroupId);

/// <summary>
/// Who reads and changes a partner's bankability (docs/domain.md, Bankability and graduation; Roles and scope): staff in scope and
/// viewers read, a partner user only their own (another member's is not found); the field staff declare items; the program
/// office alone graduates. Evaluators never (403): the checklist names the person.
/// </summary>
[FeatureService]
public sealed class BankabilityAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public bool MayRead => me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsViewer || me.IsPartner;
    public bool MayDeclare => me.IsAdmin || me.IsOfficer || me.IsFacilitator;
    public bool MayGraduate => me.IsAdmin || me.IsOfficer;

    /// <summary>Whether the reader may open the partner's evaluations (the office and viewers; decision 0028).</summary>
    public bool MayReadEvaluations => me.IsAdmin || me.IsOfficer || me.IsViewer;

    public bool MaySeeNik => me.MaySeeContact;

    public DateOnly Today => clock.Today();

    public DateTimeOffset Now => clock.GetUtcNow();

    public string By => me.Name ?? me.RequiredId;

    /// <summary>The partner in the reader's scope (a partner user only themself), else 404; a role that never reads, 403.</summary>
    public async Task<GraduationPartner> PartnerAsync(Guid partnerId, bool write, CancellationToken ct)
    {
        if (!MayRead || (write && !MayDeclare))
        {
            throw new DomainException("bankability.forbidden", null, ErrorKind.Forbidden);
        }

        var s = await me.ScopeAsync(ct);
        var q = await me.PartnersAsync(ct);
        if (me.IsPartner && !s.IsAdmin && !me.MayRegister)
        {
            var own = s.PartnerId ?? Guid.Empty;
            q = q.Where(p => p.Id == own);
        }

        return await q.Where(p => p.Id == partnerId)
                   .Select(p => new GraduationPartner(p.Id, p.ProgramId, p.OwnerName, p.BusinessName, p.Sector, p.Products, p.VillageCode, p.Address, p.Nik,
                       p.BusinessStartedOn, p.Status,
                       db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault()))
                   .FirstOrDefaultAsync(ct)
               ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
    }
}
