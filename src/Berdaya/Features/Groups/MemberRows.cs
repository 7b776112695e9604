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

    /// <summary>The partners of a posted form's rows, which stay on the form when it is shown again.</summary>
    public static List<Guid> Posted(IReadOnlyList<MemberRow> rows) => rows.Select(r => r.PartnerId).Distinct().ToList();

    /// <summary>
    /// Candidate rows, keeping what the user already ticked. A form shown again keeps its rows in the
    /// order they were posted, so an error keyed by a row's index lands on the same partner.
    /// </summary>
    public static List<MemberRow> Build(IEnumerable<PartnerChoice> candidates, IReadOnlyList<MemberRow> posted, Guid? ownGroupId = null, string? ownGroupName = null)
    {
        var byId = posted.GroupBy(r => r.PartnerId).ToDictionary(g => g.Key, g => g.First());
        var order = posted.Select((r, i) => (r.PartnerId, i)).DistinctBy(x => x.PartnerId).ToDictionary(x => x.PartnerId, x => x.i);
        return candidates.Select((c, i) => (c, i)).OrderBy(x => order.TryGetValue(x.c.Id, out var at) ? at : posted.Count + x.i).Select(x => x.c).Select(c =>
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
