using System.Globalization;
using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Proposals;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Groups;

public sealed record OfficerDto(Guid PartnerId, string Name, [property: JsonConverter(typeof(JsonStringEnumConverter<GroupRole>))] GroupRole Role);

public sealed record GroupSummary(Guid Id, string Name, DateOnly FormedOn, string VillageCode, string VillageName, int Members,
    IReadOnlyList<OfficerDto> Officers, [property: JsonConverter(typeof(JsonStringEnumConverter<ProposalStatus>))] ProposalStatus? LatestProposalStatus);

public sealed record MemberDto(Guid PartnerId, string OwnerName, string BusinessName, [property: JsonConverter(typeof(JsonStringEnumConverter<GroupRole>))] GroupRole Role, string? Phone, DateOnly JoinedOn);

public sealed record ProposalBrief(Guid Id, [property: JsonConverter(typeof(JsonStringEnumConverter<ProposalStatus>))] ProposalStatus Status, decimal RequestedTotal, int Items);

public sealed record GroupDetail(Guid Id, Guid ProgramId, string Name, DateOnly FormedOn, string VillageCode, string VillageName,
    string? FacilitatorUserId, string? FacilitatorName, [property: JsonConverter(typeof(JsonStringEnumConverter<GroupStatus>))] GroupStatus Status, IReadOnlyList<MemberDto> Members, ProposalBrief? CurrentProposal);

public sealed record TimelineItem(DateOnly OccurredOn, [property: JsonConverter(typeof(JsonStringEnumConverter<FivePApproach>))] FivePApproach Approach, string Kind, string Summary, Guid? PartnerId, string? SubjectType, Guid? SubjectId);

public sealed record PartnerChoice(Guid Id, string OwnerName, string BusinessName, string VillageCode, string? GroupName);

public sealed record UserChoice(string Id, string Name);

/// <summary>What the group pages and endpoints show, always starting from the user's scope.</summary>
[FeatureService]
public sealed class GroupQueries(AppDbContext db, CurrentUser me, GroupAccess access, RegionDirectory regions, Texts texts)
{
    public const int PageSize = 50;

    /// <summary>A page of the groups in scope, by name; <paramref name="q"/> keeps those whose name contains it.</summary>
    public async Task<IReadOnlyList<GroupSummary>> ListAsync(int page, string? q, CancellationToken ct)
    {
        var scoped = await me.GroupsAsync(ct);
        if (SearchText.Normalize(q) is { } text)
        {
            var pattern = SearchText.Contains(text);
#pragma warning disable CA1304, CA1311 // Translated to the database's UPPER: no .NET culture applies.
            scoped = scoped.Where(g => EF.Functions.Like(g.Name.ToUpper(), pattern, SearchText.Escape));
#pragma warning restore CA1304, CA1311
        }

        var groups = await scoped
            .OrderBy(g => g.Name).ThenBy(g => g.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(g => new { g.Id, g.Name, g.FormedOn, g.VillageCode })
            .ToListAsync(ct);
        var ids = groups.Select(g => g.Id).ToList();
        var members = await db.GroupMemberships
            .Where(m => ids.Contains(m.GroupId) && m.ActivePartnerId != null)
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { m.GroupId, m.PartnerId, m.Role, p.OwnerName })
            .ToListAsync(ct);
        var proposals = await db.Proposals.Where(p => ids.Contains(p.GroupId))
            .Select(p => new { p.Id, p.GroupId, p.Status })
            .ToListAsync(ct);
        var villages = await regions.NamesAsync(groups.Select(g => g.VillageCode), ct);
        return groups.Select(g => new GroupSummary(g.Id, g.Name, g.FormedOn, g.VillageCode, villages.GetValueOrDefault(g.VillageCode, g.VillageCode),
                members.Count(m => m.GroupId == g.Id),
                members.Where(m => m.GroupId == g.Id && m.Role != GroupRole.Member).OrderBy(m => m.Role)
                    .Select(m => new OfficerDto(m.PartnerId, m.OwnerName, m.Role)).ToList(),
                proposals.Where(p => p.GroupId == g.Id).OrderByDescending(p => p.Id).Select(p => (ProposalStatus?)p.Status).FirstOrDefault()))
            .ToList();
    }

    public async Task<GroupDetail> DetailAsync(Guid id, CancellationToken ct)
    {
        var group = await access.LoadAsync(id, ct);
        var active = group.ActiveMembers.ToList();
        var partnerIds = active.Select(m => m.PartnerId).ToList();
        var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.OwnerName, p.BusinessName, p.Phone })
            .ToDictionaryAsync(p => p.Id, ct);
        var members = active
            .OrderBy(m => m.Role).ThenBy(m => partners[m.PartnerId].OwnerName, StringComparer.CurrentCulture)
            .Select(m => new MemberDto(m.PartnerId, partners[m.PartnerId].OwnerName, partners[m.PartnerId].BusinessName, m.Role,
                me.MaySeeContact || me.IsPartner ? Phone.Mask(partners[m.PartnerId].Phone) : null, m.JoinedOn))
            .ToList();
        var latest = await db.Proposals.Where(p => p.GroupId == id).OrderByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Status, Amounts = p.Items.Select(i => i.RequestedAmount).ToList() })
            .FirstOrDefaultAsync(ct);
        var facilitator = group.FacilitatorUserId is null
            ? null
            : await db.Users.Where(u => u.Id == group.FacilitatorUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var village = await regions.DescribeAsync(group.VillageCode, ct);
        return new GroupDetail(group.Id, group.ProgramId, group.Name, group.FormedOn, group.VillageCode,
            village is null ? group.VillageCode : $"{village.Name}, {village.Path}", group.FacilitatorUserId, facilitator, group.Status, members,
            latest is null ? null : new ProposalBrief(latest.Id, latest.Status, latest.Amounts.Sum(), latest.Amounts.Count));
    }

    /// <summary>
    /// Everything that happened to the group, oldest first: its own timeline plus the socialization
    /// meetings its members attended (every stage lands on one timeline; docs/domain.md, The program and its stages).
    /// </summary>
    public async Task<IReadOnlyList<TimelineItem>> TimelineAsync(Guid id, CancellationToken ct)
    {
        var group = await access.LoadAsync(id, ct);
        var partnerIds = group.Members.Select(m => m.PartnerId).Distinct().ToList();
        var events = await db.Timeline.Where(t => t.GroupId == id)
            .Select(t => new { t.OccurredOn, t.Approach, t.Kind, t.Summary, t.PartnerId, t.SubjectType, t.SubjectId, t.Id })
            .ToListAsync(ct);
        var attended = await db.SocializationAttendees
            .Where(a => a.PartnerId != null && partnerIds.Contains(a.PartnerId.Value))
            .Join(db.Socializations, a => a.SocializationEventId, s => s.Id, (a, s) => new { s.Id, s.HeldOn, s.Place, s.VillageCode, a.Name })
            .ToListAsync(ct);
        var villages = await regions.NamesAsync(attended.Select(a => a.VillageCode), ct);
        // An evaluator scores forms and reads evaluations by pseudonymous code (decision 0028): the timeline, which names the partner,
        // does not give them the form's or the evaluation's id, which would tie the code to the name.
        var pseudonymous = me.IsEvaluator && !me.IsAdmin && !me.IsOfficer;
        var items = events
            .OrderBy(e => e.OccurredOn).ThenBy(e => e.Id)
            .Select(e => pseudonymous && e.SubjectType is "FilledForm" or "Evaluation"
                ? new TimelineItem(e.OccurredOn, e.Approach, e.Kind, e.Summary, e.PartnerId, null, null)
                : new TimelineItem(e.OccurredOn, e.Approach, e.Kind, e.Summary, e.PartnerId, e.SubjectType, e.SubjectId))
            .ToList();
        foreach (var meeting in attended.GroupBy(a => a.Id))
        {
            var first = meeting.First();
            var names = string.Join(", ", meeting.Select(a => a.Name).Order(StringComparer.CurrentCulture));
            items.Add(new TimelineItem(first.HeldOn, FivePApproach.Enabling, "socialization.attended",
                texts.Format("groups.timeline.attended", CultureInfo.CurrentUICulture, first.Place, villages.GetValueOrDefault(first.VillageCode, first.VillageCode), names),
                null, "SocializationEvent", first.Id));
        }

        // The socialization comes first on a day it shares with the group's formation or proposal: Enabling runs in that order (docs/domain.md, The program and its stages).
        return items.OrderBy(i => i.OccurredOn).ThenBy(i => i.Kind == "socialization.attended" ? 0 : 1).ToList();
    }

    /// <summary>
    /// Partners the user may put in a group of the program (optionally of one village), with their current group.
    /// A partner active in another group is not offered: a partner is in one group at a time
    /// (docs/domain.md, Partners and groups), and the rule that refuses it stays in the group. Those in
    /// <paramref name="keep"/> (the rows of a form being shown again) stay, so a refusal that names one
    /// of them still finds its row.
    /// </summary>
    public async Task<IReadOnlyList<PartnerChoice>> PartnerChoicesAsync(Guid programId, string? villageCode, Guid? ownGroupId, IReadOnlyCollection<Guid> keep, CancellationToken ct)
    {
        var q = (await me.PartnersAsync(ct)).Where(p => p.ProgramId == programId);
        if (!string.IsNullOrWhiteSpace(villageCode))
        {
            var v = villageCode.Trim();
            q = q.Where(p => p.VillageCode == v);
        }

        var own = ownGroupId ?? Guid.Empty;
        var kept = keep.ToList();
        q = q.Where(p => kept.Contains(p.Id) || !db.GroupMemberships.Any(m => m.ActivePartnerId == p.Id && m.GroupId != own));

        var partners = await q.OrderBy(p => p.OwnerName).Take(200)
            .Select(p => new { p.Id, p.OwnerName, p.BusinessName, p.VillageCode })
            .ToListAsync(ct);
        var ids = partners.Select(p => p.Id).ToList();
        var groups = await db.GroupMemberships.Where(m => ids.Contains(m.PartnerId) && m.ActivePartnerId != null)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { m.PartnerId, g.Name })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Name, ct);
        return partners.Select(p => new PartnerChoice(p.Id, p.OwnerName, p.BusinessName, p.VillageCode, groups.GetValueOrDefault(p.Id))).ToList();
    }

    public async Task<IReadOnlyList<UserChoice>> FacilitatorsAsync(CancellationToken ct)
    {
        var ids = access.FacilitatorUserIds();
        return await db.Users.Where(u => ids.Contains(u.Id) && u.IsActive)
            .OrderBy(u => u.DisplayName)
            .Select(u => new UserChoice(u.Id, u.DisplayName))
            .ToListAsync(ct);
    }
}
