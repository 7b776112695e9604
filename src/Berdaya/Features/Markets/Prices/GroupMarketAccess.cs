using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Prices;

/// <summary>A group as its prices, variants and supply orders need it: its members by name and the reader's own place in it.</summary>
public sealed record MarketGroup(Guid Id, Guid ProgramId, string Name, IReadOnlyDictionary<Guid, string> Members, Guid? Self, GroupRole? SelfRole);

/// <summary>
/// Who may read and change a group's prices, variants and supply orders (docs/domain.md, Roles and scope; decision 0021):
/// staff in scope do everything; the group's members read, its chair and treasurer record prices and allocations, a
/// member orders for themself; evaluators and viewers read prices and allocations and only counts of trade; any other
/// group is not found (404).
/// </summary>
[FeatureService]
public sealed class GroupMarketAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public DateTimeOffset Now => clock.GetUtcNow();

    public string UserId => me.RequiredId;

    public bool IsStaff => me.IsAdmin || me.IsOfficer || me.IsFacilitator;

    /// <summary>Staff and partners see single supply orders; evaluators and viewers see counts and totals only.</summary>
    public bool MaySeeOrders => IsStaff || me.IsPartner;

    /// <summary>The group in the reader's scope with its active members, or 404.</summary>
    public async Task<MarketGroup> GroupAsync(Guid groupId, CancellationToken ct)
    {
        var g = await (await me.GroupsAsync(ct)).Where(x => x.Id == groupId)
                    .Select(x => new { x.Id, x.ProgramId, x.Name })
                    .FirstOrDefaultAsync(ct)
                ?? throw new DomainException("group.notfound", "Id", ErrorKind.NotFound);
        var members = await db.GroupMemberships.Where(m => m.GroupId == g.Id && m.ActivePartnerId != null)
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName, m.Role })
            .ToListAsync(ct);
        Guid? self = null;
        GroupRole? role = null;
        if (me.IsPartner)
        {
            var s = await me.ScopeAsync(ct);
            self = s.PartnerId;
            role = members.FirstOrDefault(m => m.Id == self)?.Role;
        }

        return new MarketGroup(g.Id, g.ProgramId, g.Name,
            members.OrderBy(m => m.OwnerName, StringComparer.Ordinal).ToDictionary(m => m.Id, m => m.OwnerName), self, role);
    }

    /// <summary>The group's chair or treasurer, or staff in scope, decide its prices and who makes which variant.</summary>
    public bool MayDecide(MarketGroup g) => IsStaff || g.SelfRole is GroupRole.Chair or GroupRole.Treasurer;

    public void RequireDecider(MarketGroup g)
    {
        if (!MayDecide(g))
        {
            throw new DomainException("market.group.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>A member orders for themself; staff for any member.</summary>
    public bool MayOrder(MarketGroup g) => IsStaff || g.SelfRole is not null;

    public void RequireOrders(MarketGroup g)
    {
        if (!MaySeeOrders)
        {
            throw new DomainException("market.group.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>Saves, a lost race (a unique index, a changed order) becoming 409.</summary>
    public async Task SaveAsync(string conflictCode, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(conflictCode, null, ErrorKind.Conflict);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException(conflictCode, null, ErrorKind.Conflict);
        }
    }
}
