using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// Which visits, help requests and follow-ups the user may see (docs/domain.md, Roles and scope): staff those of the
/// partners in their scope (a facilitator their villages, an officer their programs); a partner only their own; an
/// evaluator or viewer none. Out of scope is not found.
/// </summary>
[FeatureService]
public sealed class MonitoringAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    /// <summary>Staff who visit, answer and follow up: administrators, program officers, facilitators.</summary>
    public bool IsStaff => me.IsAdmin || me.IsOfficer || me.IsFacilitator;

    public DateOnly Today => clock.Today();

    public void RequireStaff()
    {
        if (!IsStaff)
        {
            throw new DomainException("monitoring.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>The partner user's own partner, null for everyone else.</summary>
    public async Task<Guid?> OwnPartnerAsync(CancellationToken ct) =>
        me.IsPartner && !IsStaff ? (await me.ScopeAsync(ct)).PartnerId : null;

    /// <summary>Partners whose support records the user may see: staff their scope, a partner only themself.</summary>
    public async Task<IQueryable<Guid>> PartnerIdsAsync(CancellationToken ct)
    {
        if (IsStaff)
        {
            return (await me.PartnersAsync(ct)).Select(p => p.Id);
        }

        if (await OwnPartnerAsync(ct) is { } own)
        {
            return db.Partners.Where(p => p.Id == own).Select(p => p.Id);
        }

        return db.Partners.Where(_ => false).Select(p => p.Id);
    }

    public async Task RequirePartnerAsync(Guid partnerId, string field, CancellationToken ct)
    {
        if (!await (await PartnerIdsAsync(ct)).AnyAsync(id => id == partnerId, ct))
        {
            throw new DomainException("monitoring.partner.notfound", field, ErrorKind.NotFound);
        }
    }

    /// <summary>Visits to at least one partner in scope (staff only; a partner reads their advice on their own page).</summary>
    public async Task<IQueryable<MonitoringVisit>> VisitsAsync(CancellationToken ct)
    {
        if (!IsStaff)
        {
            return db.MonitoringVisits.Where(_ => false);
        }

        if (me.IsAdmin)
        {
            return db.MonitoringVisits;
        }

        var partners = await PartnerIdsAsync(ct);
        return db.MonitoringVisits.Where(v => db.VisitPartners.Any(vp => vp.VisitId == v.Id && partners.Contains(vp.PartnerId)));
    }

    public async Task<IQueryable<HelpRequest>> HelpRequestsAsync(CancellationToken ct)
    {
        if (me.IsAdmin)
        {
            return db.HelpRequests;
        }

        var partners = await PartnerIdsAsync(ct);
        return db.HelpRequests.Where(h => partners.Contains(h.PartnerId));
    }

    /// <summary>
    /// Follow-ups of the partners in scope (by the partner they are about or, for a whole visit, the visit), and
    /// those the user owns; a partner sees the ones about them or given to them.
    /// </summary>
    public async Task<IQueryable<FollowUp>> FollowUpsAsync(CancellationToken ct)
    {
        if (me.IsAdmin)
        {
            return db.FollowUps;
        }

        if (!IsStaff)
        {
            var own = await OwnPartnerAsync(ct) ?? Guid.Empty;
            return db.FollowUps.Where(f => f.OwnerPartnerId == own || f.PartnerId == own);
        }

        var userId = me.Id;
        var partners = await PartnerIdsAsync(ct);
        var visits = (await VisitsAsync(ct)).Select(v => v.Id);
        return db.FollowUps.Where(f => f.OwnerUserId == userId
            || (f.PartnerId != null && partners.Contains(f.PartnerId.Value))
            || (f.PartnerId == null && f.VisitId != null && visits.Contains(f.VisitId.Value)));
    }

    /// <summary>Whether the user may close the follow-up: its owner, the program's officers, administrators.</summary>
    public async Task<bool> MayCloseAsync(FollowUp f, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        return FollowUp.MayClose(f.Owner, me.Id, me.IsPartner ? scope.PartnerId : null, me.IsOfficer && scope.ProgramIds.Contains(f.ProgramId), me.IsAdmin);
    }

    /// <summary>The active group of each partner, for the timeline (docs/domain.md, The group's timeline).</summary>
    public async Task<Dictionary<Guid, Guid>> GroupsOfAsync(IReadOnlyCollection<Guid> partnerIds, CancellationToken ct) =>
        await db.GroupMemberships.Where(m => m.ActivePartnerId != null && partnerIds.Contains(m.PartnerId))
            .Select(m => new { m.PartnerId, m.GroupId })
            .ToDictionaryAsync(m => m.PartnerId, m => m.GroupId, ct);
}
