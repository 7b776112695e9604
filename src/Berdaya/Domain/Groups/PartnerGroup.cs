using Berdaya.Domain.Common;

namespace Berdaya.Domain.Groups;

/// <summary>Partners who apply together (kelompok), with exactly one chair, secretary and treasurer.</summary>
public sealed class PartnerGroup
{
    private readonly List<GroupMembership> _members = [];

    private PartnerGroup() { }

    public PartnerGroup(Guid programId, string name, DateOnly formedOn, string villageCode, string? facilitatorUserId)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("group.name.required", "Name");
        }

        Id = Guid.CreateVersion7();
        ProgramId = programId;
        Name = name.Trim();
        FormedOn = formedOn;
        VillageCode = villageCode;
        FacilitatorUserId = facilitatorUserId;
        Status = GroupStatus.Active;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly FormedOn { get; private set; }
    public string VillageCode { get; private set; } = "";
    public string? FacilitatorUserId { get; private set; }
    public GroupStatus Status { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();
    public IReadOnlyList<GroupMembership> Members => _members;
    public IEnumerable<GroupMembership> ActiveMembers => _members.Where(m => m.IsActive);

    /// <summary>
    /// Sets the whole membership at once, checking the officer rule and the program's size limits
    /// (docs/domain.md, Partners and groups). Partners leaving are closed on <paramref name="on"/>, never deleted.
    /// </summary>
    public void SetMembers(IReadOnlyList<(Guid PartnerId, GroupRole Role)> members, int minSize, int maxSize, DateOnly on)
    {
        var errors = new List<DomainException>();
        if (members.Select(m => m.PartnerId).Distinct().Count() != members.Count)
        {
            errors.Add(new DomainException("group.member.duplicate", "Members"));
        }

        foreach (var role in new[] { GroupRole.Chair, GroupRole.Secretary, GroupRole.Treasurer })
        {
            var count = members.Count(m => m.Role == role);
            if (count == 0)
            {
                errors.Add(new DomainException($"group.{role.ToString().ToLowerInvariant()}.missing", role.ToString()));
            }
            else if (count > 1)
            {
                errors.Add(new DomainException($"group.{role.ToString().ToLowerInvariant()}.many", role.ToString()));
            }
        }

        if (members.Count < minSize)
        {
            errors.Add(new DomainException("group.size.min", "Members", ErrorKind.Validation, minSize, members.Count));
        }
        else if (members.Count > maxSize)
        {
            errors.Add(new DomainException("group.size.max", "Members", ErrorKind.Validation, maxSize, members.Count));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var wanted = members.ToDictionary(m => m.PartnerId, m => m.Role);
        foreach (var current in _members.Where(m => m.IsActive).ToList())
        {
            if (!wanted.TryGetValue(current.PartnerId, out var role))
            {
                current.Leave(on);
            }
            else if (role != current.Role)
            {
                current.ChangeRole(role);
            }

            wanted.Remove(current.PartnerId);
        }

        foreach (var (partnerId, role) in wanted)
        {
            _members.Add(new GroupMembership(Id, partnerId, role, on));
        }

        Version = Guid.NewGuid();
    }

    public GroupRole? RoleOf(Guid partnerId) => _members.FirstOrDefault(m => m.IsActive && m.PartnerId == partnerId)?.Role;
}

public sealed class GroupMembership
{
    private GroupMembership() { }

    internal GroupMembership(Guid groupId, Guid partnerId, GroupRole role, DateOnly joinedOn)
    {
        Id = Guid.CreateVersion7();
        GroupId = groupId;
        PartnerId = partnerId;
        ActivePartnerId = partnerId;
        Role = role;
        JoinedOn = joinedOn;
    }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid PartnerId { get; private set; }

    /// <summary>
    /// Equals <see cref="PartnerId"/> while the membership is active, null after; a unique index on
    /// it enforces "a partner is in one active group at a time" on every database provider.
    /// </summary>
    public Guid? ActivePartnerId { get; private set; }

    public GroupRole Role { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public bool IsActive => ActivePartnerId is not null;

    internal void ChangeRole(GroupRole role) => Role = role;

    internal void Leave(DateOnly on)
    {
        LeftOn = on;
        ActivePartnerId = null;
    }
}

public enum GroupRole
{
    Chair = 1,
    Secretary = 2,
    Treasurer = 3,
    Member = 4,
}

public enum GroupStatus
{
    Active = 1,
    Dissolved = 2,
}
