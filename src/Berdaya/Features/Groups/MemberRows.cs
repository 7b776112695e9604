using Berdaya.Domain.Groups;

namespace Berdaya.Features.Groups;

/// <summary>One candidate row of the membership form: tick to include, with a role.</summary>
public sealed class MemberRow
{
    public Guid PartnerId { get; set; }
    public bool Selected { get; set; }
    public GroupRole Role { get; set; } = GroupRole.Member;
    public string OwnerName { get; set; } = "";
    public string? Note { get; set; }
}

public static class MemberRows
{
    /// <summary>The selected rows as members, with each member's row index for mapping errors back.</summary>
    public static (List<MemberInput> Members, List<int> RowOfMember) Selected(IReadOnlyList<MemberRow> rows)
    {
        var members = new List<MemberInput>();
        var map = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Selected)
            {
                members.Add(new MemberInput(rows[i].PartnerId, rows[i].Role));
                map.Add(i);
            }
        }

        return (members, map);
    }

    /// <summary>The partners ticked on a posted form.</summary>
    public static List<Guid> Ticked(IReadOnlyList<MemberRow> rows) => rows.Where(r => r.Selected).Select(r => r.PartnerId).ToList();

    /// <summary>Candidate rows, keeping what the user already ticked.</summary>
    public static List<MemberRow> Build(IEnumerable<PartnerChoice> candidates, IReadOnlyList<MemberRow> posted, Guid? ownGroupId = null, string? ownGroupName = null)
    {
        var byId = posted.GroupBy(r => r.PartnerId).ToDictionary(g => g.Key, g => g.First());
        return candidates.Select(c =>
        {
            var before = byId.GetValueOrDefault(c.Id);
            return new MemberRow
            {
                PartnerId = c.Id,
                OwnerName = $"{c.OwnerName} · {c.BusinessName}",
                Selected = before?.Selected ?? false,
                Role = before?.Role ?? GroupRole.Member,
                Note = c.GroupName is null || (ownGroupId is not null && c.GroupName == ownGroupName) ? null : c.GroupName,
            };
        }).ToList();
    }
}
