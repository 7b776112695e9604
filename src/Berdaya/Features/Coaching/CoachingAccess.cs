using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>
/// Who sees and runs which trainings (docs/domain.md, Roles and scope): the program office keeps the catalogue and the
/// providers; staff of the field plan sessions and take attendance; a facilitator sees the sessions held in their
/// villages or with partners of their villages; a partner only the sessions they are invited to; evaluators and viewers
/// read their programs' sessions. Out of scope is not found.
/// </summary>
[FeatureService]
public sealed class CoachingAccess(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public CurrentUser User => me;

    public DateOnly Today => clock.Today();

    public bool MayManageCatalogue => me.IsAdmin || me.IsOfficer;

    public bool MayPlan => me.IsAdmin || me.IsOfficer || me.IsFacilitator;

    public bool MayReadCatalogue => me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsEvaluator || me.IsViewer;

    /// <summary>A facilitator who is not also an officer works in their villages only.</summary>
    private bool VillageBound => me.IsFacilitator && !me.IsOfficer && !me.IsAdmin;

    public async Task<IQueryable<TrainingSession>> SessionsAsync(CancellationToken ct = default)
    {
        var s = await me.ScopeAsync(ct);
        IQueryable<TrainingSession> q = db.TrainingSessions;
        if (s.IsAdmin)
        {
            return q;
        }

        if (me.IsPartner && !me.IsOfficer && !me.IsFacilitator)
        {
            var pid = s.PartnerId ?? Guid.Empty;
            return q.Where(x => x.Participants.Any(p => p.PartnerId == pid));
        }

        var programs = s.ProgramIds.ToList();
        q = q.Where(x => programs.Contains(x.ProgramId));
        if (VillageBound)
        {
            var villages = s.VillageCodes.ToList();
            q = q.Where(x => (x.VillageCode != null && villages.Contains(x.VillageCode))
                || x.Participants.Any(p => db.Partners.Any(pa => pa.Id == p.PartnerId && villages.Contains(pa.VillageCode))));
        }

        return q;
    }

    /// <summary>The session with its participants, tracked for a change; 404 when out of scope.</summary>
    public async Task<TrainingSession> RequireSessionAsync(Guid id, CancellationToken ct = default) =>
        await (await SessionsAsync(ct)).Include(x => x.Participants).FirstOrDefaultAsync(x => x.Id == id, ct)
        ?? throw new DomainException("training.notfound", "Id", ErrorKind.NotFound);

    /// <summary>Throws 403 for a role that may never plan or run sessions.</summary>
    public void RequirePlanner()
    {
        if (!MayPlan)
        {
            throw new DomainException("training.forbidden", null, ErrorKind.Forbidden);
        }
    }

    public void RequireOffice()
    {
        if (!MayManageCatalogue)
        {
            throw new DomainException("training.forbidden", null, ErrorKind.Forbidden);
        }
    }

    public void RequireCatalogueReader()
    {
        if (!MayReadCatalogue)
        {
            throw new DomainException("training.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>The program asked for (404 out of scope), else the user's only or first program.</summary>
    public async Task<Guid> ProgramAsync(Guid? programId, CancellationToken ct)
    {
        if (programId is { } id && id != Guid.Empty)
        {
            await me.RequireProgramAsync(id, ct);
            return await db.Programs.AnyAsync(p => p.Id == id, ct) ? id : throw new DomainException("program.notfound", "ProgramId", ErrorKind.NotFound);
        }

        var s = await me.ScopeAsync(ct);
        var ids = s.ProgramIds.ToList();
        return await db.Programs.Where(p => s.IsAdmin || ids.Contains(p.Id)).OrderBy(p => p.Code).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("program.notfound", "ProgramId", ErrorKind.NotFound);
    }

    /// <summary>The program's threshold, the default when it never set one.</summary>
    public async Task<decimal> ThresholdAsync(Guid programId, CancellationToken ct) =>
        await db.CoachingSettings.Where(x => x.ProgramId == programId).Select(x => (decimal?)x.UnderstoodThreshold).FirstOrDefaultAsync(ct)
        ?? CoachingSettings.DefaultThreshold;
}
