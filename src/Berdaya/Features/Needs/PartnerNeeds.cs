using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Needs;

public sealed record TopicLink(Guid Id, string Code, string Name);

/// <summary>The open needs of one kind with the reasons found, and the program's training topics that answer them.</summary>
public sealed record NeedGroup(NeedKind Kind, IReadOnlyList<PartnerNeed> Reasons, IReadOnlyList<TopicLink> Topics);

public sealed record PartnerNeedsView(Guid PartnerId, string Name, string Business, IReadOnlyList<NeedGroup> Needs);

public sealed record GroupNeedsView(Guid GroupId, string Name, IReadOnlyList<PartnerNeedsView> Members, IReadOnlyList<(NeedKind Kind, int Partners)> Counts);

/// <summary>
/// A partner's open needs (docs/domain.md, Needs per partner), gathered from every feature's <see cref="INeedSource"/>,
/// with the program's training topics that answer each kind, for the partner themself, the staff of their village and
/// program; and a group's members' needs side by side for the staff.
/// </summary>
[FeatureService]
public sealed class PartnerNeeds(AppDbContext db, CurrentUser me, IEnumerable<INeedSource> sources)
{
    public async Task<PartnerNeedsView> HandleAsync(Guid partnerId, CancellationToken ct)
    {
        if (me.IsEvaluator || me.IsViewer)
        {
            throw new DomainException("needs.forbidden", null, ErrorKind.Forbidden);
        }

        var scope = await me.ScopeAsync(ct);
        var partners = await me.PartnersAsync(ct);
        if (me.IsPartner && scope.PartnerId != partnerId)
        {
            // A member reads her own needs, not another member's.
            partners = partners.Where(_ => false);
        }

        var partner = await partners.Where(p => p.Id == partnerId).Select(p => new { p.Id, p.OwnerName, p.BusinessName, p.ProgramId }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("partner.notfound", null, ErrorKind.NotFound);
        var views = await ViewsAsync(partner.ProgramId, [(partner.Id, partner.OwnerName, partner.BusinessName)], ct);
        return views[0];
    }

    public async Task<GroupNeedsView> GroupAsync(Guid groupId, CancellationToken ct)
    {
        if (!(me.IsAdmin || me.IsOfficer || me.IsFacilitator))
        {
            throw new DomainException("needs.forbidden", null, ErrorKind.Forbidden);
        }

        var group = await (await me.GroupsAsync(ct)).Where(g => g.Id == groupId).Select(g => new { g.Id, g.Name, g.ProgramId }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("group.notfound", null, ErrorKind.NotFound);
        var members = await db.GroupMemberships.Where(m => m.GroupId == groupId && m.ActivePartnerId != null)
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName, p.BusinessName })
            .OrderBy(p => p.OwnerName).ToListAsync(ct);
        var views = await ViewsAsync(group.ProgramId, members.Select(m => (m.Id, m.OwnerName, m.BusinessName)).ToList(), ct);
        var counts = views.SelectMany(v => v.Needs.Select(n => (v.PartnerId, n.Kind))).GroupBy(x => x.Kind)
            .Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key).ToList();
        return new GroupNeedsView(group.Id, group.Name, views, counts);
    }

    private async Task<List<PartnerNeedsView>> ViewsAsync(Guid programId, IReadOnlyList<(Guid Id, string Name, string Business)> partners, CancellationToken ct)
    {
        var ids = partners.Select(p => p.Id).ToList();
        var found = new List<PartnerNeed>();

        // One after the other: the sources share the request's database context.
        foreach (var source in sources)
        {
            found.AddRange(await source.NeedsAsync(db.Partners.Where(p => ids.Contains(p.Id)).Select(p => p.Id), null, ct));
        }

        var topics = await db.TrainingTopics.Where(t => t.ProgramId == programId).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Code, t.Name, t.Need }).ToListAsync(ct);
        return partners.Select(p => new PartnerNeedsView(p.Id, p.Name, p.Business,
                found.Where(n => n.PartnerId == p.Id).GroupBy(n => n.Kind).OrderBy(g => g.Key)
                    .Select(g => new NeedGroup(g.Key, g.OrderByDescending(n => n.Since).ToList(),
                        topics.Where(t => t.Need == g.Key).Select(t => new TopicLink(t.Id, t.Code, t.Name)).ToList()))
                    .ToList()))
            .ToList();
    }
}
