using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Legality;

/// <summary>The partner a legality record belongs to, as much as the rules and the timeline need of them.</summary>
public sealed record LegalityPartner(Guid Id, Guid ProgramId, string OwnerName, string BusinessName, string Nik, string? Phone, string VillageCode,
    string Sector, string? Products, Guid? GroupId);

/// <summary>
/// Who may read and change a partner's legality (docs/domain.md, Roles and scope): staff in scope read and
/// change states; a partner user reads only their own and may upload their own documents (never another
/// member's, even in their group: 404); evaluators and viewers read, evaluators never a NIK (an NPWP is one).
/// </summary>
[FeatureService]
public sealed class LegalityAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public DateTimeOffset Now => clock.GetUtcNow();

    public string UserId => me.RequiredId;

    /// <summary>Staff change states; everyone else may never (403).</summary>
    public bool MayChangeState => me.MayRegister;

    public bool MayUpload(LegalityPartner p, ScopeData s) => me.MayRegister || (me.IsPartner && s.PartnerId == p.Id);

    /// <summary>Whether the reader sees personal numbers (the NPWP is the NIK) and documents: staff and the partner themself.</summary>
    public bool MaySeePersonal(LegalityPartner p, ScopeData s) => me.MaySeeContact || s.PartnerId == p.Id;

    public Task<ScopeData> ScopeAsync(CancellationToken ct) => me.ScopeAsync(ct);

    public void RequireStaff()
    {
        if (!MayChangeState)
        {
            throw new DomainException("legality.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>The partner in the reader's scope, a partner user only themself; anyone else's is not found (404).</summary>
    public async Task<LegalityPartner> PartnerAsync(Guid partnerId, CancellationToken ct)
    {
        var s = await me.ScopeAsync(ct);
        var q = await me.PartnersAsync(ct);
        if (me.IsPartner && !s.IsAdmin)
        {
            var own = s.PartnerId ?? Guid.Empty;
            q = q.Where(p => p.Id == own);
        }

        return await q.Where(p => p.Id == partnerId)
                   .Select(p => new LegalityPartner(p.Id, p.ProgramId, p.OwnerName, p.BusinessName, p.Nik, p.Phone, p.VillageCode, p.Sector, p.Products,
                       db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault()))
                   .FirstOrDefaultAsync(ct)
               ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
    }

    /// <summary>The kind named in a route ("pirt", "food-safety"); an unknown one is not found.</summary>
    public static LegalityKind KindOf(string? slug) =>
        LegalityKinds.FromSlug(slug) ?? throw new DomainException("legality.kind.notfound", "Kind", ErrorKind.NotFound);

    /// <summary>The partner's item of a kind, tracked; a first entry makes it (the unique index stops a twin).</summary>
    public async Task<LegalityItem> ItemForChangeAsync(LegalityPartner p, LegalityKind kind, CancellationToken ct)
    {
        var item = await db.LegalityItems.FirstOrDefaultAsync(i => i.PartnerId == p.Id && i.Kind == kind, ct);
        if (item is null)
        {
            item = new LegalityItem(p.ProgramId, p.Id, kind, Now);
            db.LegalityItems.Add(item);
        }

        return item;
    }
}
