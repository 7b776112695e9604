using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Exhibitions;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Exhibitions;

/// <summary>
/// Who sees and runs exhibitions (docs/domain.md, Roles and scope; Exhibitions): the program office plans them, judges
/// eligibility, invites and records attendance; viewers and evaluators read the program's exhibitions as counts; a partner
/// sees only their own invitations, answers them and records their own results. Out of scope is not found.
/// </summary>
[FeatureService]
public sealed class ExhibitionAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public CurrentUser User => me;

    public DateOnly Today => clock.Today();

    public DateTimeOffset Now => clock.GetUtcNow();

    public bool MayManage => me.IsAdmin || me.IsOfficer;

    public bool MayReadProgram => me.IsAdmin || me.IsOfficer || me.IsViewer || me.IsEvaluator;

    public void RequireOffice()
    {
        if (!MayManage)
        {
            throw new DomainException("exhibition.forbidden", null, ErrorKind.Forbidden);
        }
    }

    public void RequireReader()
    {
        if (!MayReadProgram)
        {
            throw new DomainException("exhibition.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>The exhibitions of the programs in scope.</summary>
    public async Task<IQueryable<Exhibition>> ExhibitionsAsync(CancellationToken ct = default)
    {
        var s = await me.ScopeAsync(ct);
        if (s.IsAdmin)
        {
            return db.Exhibitions;
        }

        var programs = s.ProgramIds.ToList();
        return db.Exhibitions.Where(x => programs.Contains(x.ProgramId));
    }

    /// <summary>An exhibition of the office's programs with its invitations, tracked; 404 when out of scope.</summary>
    public async Task<Exhibition> RequireExhibitionAsync(Guid id, CancellationToken ct = default)
    {
        RequireOffice();
        return await (await ExhibitionsAsync(ct)).Include(x => x.Invitations).ThenInclude(i => i.Orders).FirstOrDefaultAsync(x => x.Id == id, ct)
               ?? throw new DomainException("exhibition.notfound", "Id", ErrorKind.NotFound);
    }

    /// <summary>
    /// An invitation with its exhibition, tracked: the invited partner's own, or any of the office's programs; 404 otherwise
    /// (a partner never learns of another's invitation).
    /// </summary>
    public async Task<(Exhibition Exhibition, ExhibitionInvitation Invitation)> RequireInvitationAsync(Guid invitationId, CancellationToken ct = default)
    {
        var s = await me.ScopeAsync(ct);
        var found = await db.ExhibitionInvitations.AsNoTracking().Where(i => i.Id == invitationId)
            .Select(i => new { i.ExhibitionId, i.PartnerId }).FirstOrDefaultAsync(ct);
        var mine = found is not null && s.PartnerId == found.PartnerId;
        if (found is null || (!mine && !MayManage))
        {
            throw new DomainException("exhibition.invitation.notfound", "Id", ErrorKind.NotFound);
        }

        var exhibition = mine
            ? await db.Exhibitions.Include(x => x.Invitations).ThenInclude(i => i.Orders).FirstAsync(x => x.Id == found.ExhibitionId, ct)
            : await (await ExhibitionsAsync(ct)).Include(x => x.Invitations).ThenInclude(i => i.Orders).FirstOrDefaultAsync(x => x.Id == found.ExhibitionId, ct)
              ?? throw new DomainException("exhibition.invitation.notfound", "Id", ErrorKind.NotFound);
        return (exhibition, exhibition.Invitations.First(i => i.Id == invitationId));
    }
}
