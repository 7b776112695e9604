using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Groups;

/// <summary>A member as entered on a form or in a request: which partner, in which role.</summary>
public sealed record MemberInput(Guid PartnerId, [property: JsonConverter(typeof(JsonStringEnumConverter<GroupRole>))] GroupRole Role);

/// <summary>Loads groups within the user's scope and checks who may form or change them.</summary>
[FeatureService]
public sealed class GroupAccess(CurrentUser me, AppDbContext db)
{
    /// <summary>Administrators, program officers and facilitators form groups (docs/domain.md, Roles and scope).</summary>
    public bool MayWrite => me.IsAdmin || me.IsOfficer || me.IsFacilitator;

    public void RequireWriter()
    {
        if (!MayWrite)
        {
            throw new DomainException("group.write.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>
    /// Who acts for a group in its paperwork (a proposal): the group's secretary or treasurer, or the
    /// facilitator, officer or administrator on its behalf (docs/domain.md, Roles and scope).
    /// </summary>
    public async Task<bool> MayActForAsync(Guid groupId, CancellationToken ct)
    {
        if (me.IsAdmin || me.IsOfficer || me.IsFacilitator)
        {
            return true;
        }

        if (!me.IsPartner)
        {
            return false;
        }

        var scope = await me.ScopeAsync(ct);
        var role = await db.GroupMemberships
            .Where(m => m.GroupId == groupId && m.ActivePartnerId != null && m.PartnerId == scope.PartnerId)
            .Select(m => (GroupRole?)m.Role)
            .FirstOrDefaultAsync(ct);
        return role is GroupRole.Secretary or GroupRole.Treasurer;
    }

    /// <summary>The group with its members, or 404 when it does not exist or is out of scope.</summary>
    public async Task<PartnerGroup> LoadAsync(Guid id, CancellationToken ct)
    {
        var groups = await me.GroupsAsync(ct);
        return await groups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, ct)
            ?? throw new DomainException("group.notfound", "Id", ErrorKind.NotFound);
    }

    /// <summary>
    /// Checks the people proposed as members: each must be a partner the user may see, of the group's
    /// program, and in no other active group (one active group at a time; docs/domain.md, Partners and groups).
    /// </summary>
    public async Task<List<(Guid PartnerId, GroupRole Role)>> CheckMembersAsync(Guid programId, Guid? groupId, IReadOnlyList<MemberInput>? members, CancellationToken ct)
    {
        members ??= [];
        var ids = members.Select(m => m.PartnerId).Distinct().ToList();
        var partners = await (await me.PartnersAsync(ct))
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.ProgramId, p.OwnerName })
            .ToDictionaryAsync(p => p.Id, ct);
        var errors = new List<DomainException>();
        for (var i = 0; i < members.Count; i++)
        {
            if (!partners.TryGetValue(members[i].PartnerId, out var p) || p.ProgramId != programId)
            {
                errors.Add(new DomainException("group.member.notfound", $"Members[{i}].PartnerId"));
            }

            if (!Enum.IsDefined(members[i].Role))
            {
                errors.Add(new DomainException("group.member.role", $"Members[{i}].Role"));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var taken = await db.GroupMemberships
            .Where(m => ids.Contains(m.PartnerId) && m.ActivePartnerId != null && m.GroupId != groupId)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { m.PartnerId, g.Name })
            .ToListAsync(ct);
        if (taken.Count > 0)
        {
            // Every member taken elsewhere is named at once, each beside their row.
            var list = members.ToList();
            throw new DomainValidationException(taken
                .Select(t => (t.PartnerId, t.Name, Index: list.FindIndex(m => m.PartnerId == t.PartnerId)))
                .OrderBy(t => t.Index)
                .Select(t => new DomainException("group.member.taken", $"Members[{t.Index}].PartnerId", ErrorKind.Conflict, partners[t.PartnerId].OwnerName, t.Name))
                .ToList());
        }

        return members.Select(m => (m.PartnerId, m.Role)).ToList();
    }

    /// <summary>The chosen facilitator must be a facilitator user (a facilitator forming a group is the facilitator).</summary>
    public async Task<string?> FacilitatorAsync(string? chosen, CancellationToken ct)
    {
        if (me.IsFacilitator && !me.IsOfficer && !me.IsAdmin)
        {
            return me.RequiredId;
        }

        if (string.IsNullOrWhiteSpace(chosen))
        {
            return null;
        }

        var isFacilitator = await FacilitatorUserIds().AnyAsync(id => id == chosen, ct);
        return isFacilitator ? chosen : throw new DomainException("group.facilitator.unknown", "FacilitatorUserId");
    }

    public IQueryable<string> FacilitatorUserIds()
    {
        var roleIds = db.Roles.Where(r => r.Name == Roles.Facilitator).Select(r => r.Id);
        return db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
    }

    /// <summary>A group's village is one of its facilitator's villages (docs/domain.md, Roles and scope).</summary>
    public async Task CheckVillageOfFacilitatorAsync(string? facilitatorUserId, string villageCode, CancellationToken ct)
    {
        if (facilitatorUserId is null)
        {
            return;
        }

        if (!await db.UserVillages.AnyAsync(v => v.UserId == facilitatorUserId && v.VillageCode == villageCode, ct))
        {
            throw new DomainException("group.village.notfacilitator", "VillageCode");
        }
    }

    /// <summary>
    /// Saves, turning a race on the one-active-group unique index into the same 409 the handler gives.
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException("group.member.taken.race", "Members", ErrorKind.Conflict);
        }
    }
}
