using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// Who sees and records the meetings of Meet and Greet (docs/domain.md, Meet and Greet: meetings; Roles and scope): administrators
/// and the program's officers and viewers read all of a program; a facilitator a meeting with someone of their villages; a partner a
/// meeting they were invited to. Officers, facilitators and administrators record (a facilitator with someone of their villages among
/// the invited); a partner rates their own confidence and answers their own pairs. Evaluators never (403).
/// </summary>
[FeatureService]
public sealed class MeetingAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public bool IsField => me.IsAdmin || me.IsOfficer || me.IsFacilitator;
    public bool IsPartner => me.IsPartner && !IsField;

    /// <summary>The office (officers, administrators) runs matching rounds and opens their pages.</summary>
    public bool IsOffice => me.IsAdmin || me.IsOfficer;
    public DateOnly Today => clock.Today();
    public DateTimeOffset Now => clock.GetUtcNow();
    public string By => me.Name ?? me.RequiredId;

    public void RequireReader()
    {
        if (!(IsField || me.IsViewer || me.IsPartner))
        {
            throw new DomainException("meeting.forbidden", null, ErrorKind.Forbidden);
        }
    }

    public void RequireField()
    {
        if (!IsField)
        {
            throw new DomainException("meeting.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>The partners the reader may see, as ids (a partner user: only themself).</summary>
    public async Task<IQueryable<Guid>> PartnerIdsAsync(CancellationToken ct)
    {
        var q = await me.PartnersAsync(ct);
        if (IsPartner)
        {
            var own = (await me.ScopeAsync(ct)).PartnerId ?? Guid.Empty;
            q = q.Where(p => p.Id == own);
        }

        return q.Select(p => p.Id);
    }

    /// <summary>The reader's own partner record, for a partner user.</summary>
    public async Task<Guid?> OwnPartnerAsync(CancellationToken ct) => IsPartner ? (await me.ScopeAsync(ct)).PartnerId : null;

    /// <summary>A meeting the reader may see, with its attendees; otherwise 404 (403 for a role that never reads).</summary>
    public async Task<Meeting> MeetingAsync(Guid id, bool write, CancellationToken ct)
    {
        RequireReader();
        if (write)
        {
            RequireField();
        }

        var m = await db.Meetings.Include(x => x.Attendees).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null || !await MaySeeAsync(m, ct))
        {
            throw new DomainException("meeting.notfound", "Id", ErrorKind.NotFound);
        }

        return m;
    }

    public async Task<bool> MaySeeAsync(Meeting m, CancellationToken ct)
    {
        var s = await me.ScopeAsync(ct);
        if (s.IsAdmin)
        {
            return true;
        }

        if ((me.IsOfficer || me.IsViewer) && s.ProgramIds.Contains(m.ProgramId))
        {
            return true;
        }

        var ids = m.Attendees.Select(a => a.PartnerId).ToList();
        return await (await PartnerIdsAsync(ct)).AnyAsync(p => ids.Contains(p), ct);
    }

    /// <summary>The active group of each partner (their latest membership where none is active), for the timeline and the group rule.</summary>
    public async Task<Dictionary<Guid, Guid>> GroupsOfAsync(IReadOnlyCollection<Guid> partnerIds, CancellationToken ct) =>
        (await db.GroupMemberships.AsNoTracking().Where(m => partnerIds.Contains(m.PartnerId))
            .Select(m => new { m.PartnerId, m.GroupId, Active = m.ActivePartnerId != null, m.JoinedOn }).ToListAsync(ct))
        .GroupBy(m => m.PartnerId)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.Active).ThenByDescending(m => m.JoinedOn).First().GroupId);
}
