using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fostering;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fostering;

/// <summary>A program's report due days and decline threshold (docs/domain.md, Quarterly reports): read by staff, set by the office.</summary>
[FeatureService]
public sealed class FosteringProgramSettings(AppDbContext db, CurrentUser me, ProgramScope programs)
{
    public sealed record Command
    {
        public int? ReportDueDays { get; set; }
        public int? DeclinePercent { get; set; }
    }

    public sealed record View(Guid ProgramId, int ReportDueDays, int DeclinePercent);

    public bool MaySet => me.IsAdmin || me.IsOfficer;

    public async Task<View> GetAsync(Guid? programId, CancellationToken ct)
    {
        if (!(me.IsAdmin || me.IsOfficer || me.IsFacilitator))
        {
            throw new DomainException("fostering.forbidden", null, ErrorKind.Forbidden);
        }

        var id = await programs.ResolveAsync(programId, ct);
        var s = await db.FosteringSettings.AsNoTracking().FirstOrDefaultAsync(x => x.ProgramId == id, ct);
        return new View(id, s?.ReportDueDays ?? FosteringSettings.DefaultDueDays, s?.DeclinePercent ?? Decline.DefaultPercent);
    }

    public async Task<View> SetAsync(Guid? programId, Command c, CancellationToken ct)
    {
        if (!MaySet)
        {
            throw new DomainException("fostering.forbidden", null, ErrorKind.Forbidden);
        }

        var id = await programs.ResolveAsync(programId, ct);
        // A missing figure is out of its range: the message says the range.
        var due = c.ReportDueDays ?? -1;
        var percent = c.DeclinePercent ?? 0;
        var s = await db.FosteringSettings.FirstOrDefaultAsync(x => x.ProgramId == id, ct);
        if (s is null)
        {
            db.FosteringSettings.Add(new FosteringSettings(id, due, percent));
        }
        else
        {
            s.Set(due, percent);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DomainException("fostering.settings.race", "DeclinePercent", ErrorKind.Conflict);
        }

        return new View(id, due, percent);
    }
}
