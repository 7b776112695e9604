using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Placements;

/// <summary>The partner a placement belongs to, as much as the pages and the timeline need.</summary>
public sealed record PlacementPartner(Guid Id, Guid ProgramId, string OwnerName, string BusinessName, Guid? GroupId);

/// <summary>
/// Who may read and record placements (docs/domain.md, Roles and scope; decision 0022): staff in the field or office
/// for partners in their scope, a partner user only their own (anyone else's is not found); evaluators and viewers see
/// counts only, never an outlet's money (403 on a partner's placements).
/// </summary>
[FeatureService]
public sealed class PlacementAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public DateTimeOffset Now => clock.GetUtcNow();

    public string UserId => me.RequiredId;

    /// <summary>Staff and partners read and record placements; evaluators and viewers only count them.</summary>
    public bool MayReadDetails => me.MayRegister || me.IsPartner;

    public void RequireDetails()
    {
        if (!MayReadDetails)
        {
            throw new DomainException("placement.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>The partner in the reader's scope, a partner user only themself; anyone else's is not found (404).</summary>
    public async Task<PlacementPartner> PartnerAsync(Guid partnerId, CancellationToken ct)
    {
        RequireDetails();
        var s = await me.ScopeAsync(ct);
        var q = await me.PartnersAsync(ct);
        if (me.IsPartner && !s.IsAdmin)
        {
            var own = s.PartnerId ?? Guid.Empty;
            q = q.Where(p => p.Id == own);
        }

        return await q.Where(p => p.Id == partnerId)
                   .Select(p => new PlacementPartner(p.Id, p.ProgramId, p.OwnerName, p.BusinessName,
                       db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault()))
                   .FirstOrDefaultAsync(ct)
               ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
    }

    /// <summary>The placement, tracked, with its partner checked as <see cref="PartnerAsync"/>.</summary>
    public async Task<(Placement Placement, PlacementPartner Partner)> PlacementAsync(Guid placementId, CancellationToken ct)
    {
        RequireDetails();
        var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId, ct)
                        ?? throw new DomainException("placement.notfound", "Id", ErrorKind.NotFound);
        try
        {
            return (placement, await PartnerAsync(placement.PartnerId, ct));
        }
        catch (DomainException e) when (e.Kind == ErrorKind.NotFound)
        {
            throw new DomainException("placement.notfound", "Id", ErrorKind.NotFound);
        }
    }

    /// <summary>The partners the reader may see placements of (for the program's owed view).</summary>
    public async Task<IQueryable<Domain.Partners.Partner>> PartnersAsync(CancellationToken ct)
    {
        var s = await me.ScopeAsync(ct);
        var q = await me.PartnersAsync(ct);
        if (me.IsPartner && !s.IsAdmin)
        {
            var own = s.PartnerId ?? Guid.Empty;
            q = q.Where(p => p.Id == own);
        }

        return q;
    }
}
