using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>
/// Invites partners to a session (docs/domain.md, Coaching: trainings): a group's members, a village's partners, the
/// partners whose open needs the topic answers (from every <see cref="INeedSource"/>), or some picked by hand; all within
/// the user's scope and the session's capacity, or nobody.
/// </summary>
[FeatureService]
public sealed class InviteParticipants(AppDbContext db, CoachingAccess access, IEnumerable<INeedSource> needs)
{
    public sealed record Command
    {
        public Guid? GroupId { get; set; }
        public string? VillageCode { get; set; }

        /// <summary>Invite the partners whose open needs include the topic's need.</summary>
        public bool ByNeed { get; set; }

        public List<Guid>? PartnerIds { get; set; }
    }

    public async Task<int> HandleAsync(Guid sessionId, Command c, CancellationToken ct = default)
    {
        access.RequirePlanner();
        var session = await access.RequireSessionAsync(sessionId, ct);
        var partners = (await access.User.PartnersAsync(ct)).Where(p => p.ProgramId == session.ProgramId);
        var chosen = new HashSet<Guid>();
        var errors = new List<DomainException>();
        if (c.GroupId is { } groupId)
        {
            if (!await (await access.User.GroupsAsync(ct)).AnyAsync(g => g.Id == groupId && g.ProgramId == session.ProgramId, ct))
            {
                errors.Add(new DomainException("training.invite.group", "GroupId"));
            }
            else
            {
                chosen.UnionWith(await partners.Where(p => db.GroupMemberships.Any(m => m.GroupId == groupId && m.ActivePartnerId == p.Id))
                    .Select(p => p.Id).ToListAsync(ct));
            }
        }

        if (!string.IsNullOrWhiteSpace(c.VillageCode))
        {
            var village = c.VillageCode.Trim();
            var found = await partners.Where(p => p.VillageCode == village).Select(p => p.Id).ToListAsync(ct);
            if (found.Count == 0)
            {
                errors.Add(new DomainException("training.invite.village", "VillageCode"));
            }

            chosen.UnionWith(found);
        }

        if (c.ByNeed)
        {
            var need = await db.TrainingTopics.Where(t => t.Id == session.TopicId).Select(t => t.Need).FirstAsync(ct);
            foreach (var source in needs)
            {
                chosen.UnionWith((await source.NeedsAsync(partners.Select(p => p.Id), need, ct)).Where(n => n.Kind == need).Select(n => n.PartnerId));
            }
        }

        if (c.PartnerIds is { Count: > 0 } picked)
        {
            var ids = picked.Distinct().ToList();
            var known = await partners.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
            if (known.Count != ids.Count)
            {
                errors.Add(new DomainException("training.invite.partner", "PartnerIds"));
            }

            chosen.UnionWith(known);
        }

        if (errors.Count == 0 && chosen.Count == 0)
        {
            errors.Add(new DomainException("training.invite.none", "PartnerIds"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var added = session.Invite(chosen);
        await db.SaveChangesAsync(ct);
        return added;
    }
}
