using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>The program's comprehension threshold (docs/domain.md, Coaching: trainings; default 3.0).</summary>
[FeatureService]
public sealed class SetThreshold(AppDbContext db, CoachingAccess access)
{
    public sealed record Command
    {
        public Guid? ProgramId { get; set; }
        public decimal? UnderstoodThreshold { get; set; }
    }

    public async Task<decimal> HandleAsync(Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        var program = await access.ProgramAsync(c.ProgramId, ct);
        var settings = await db.CoachingSettings.FirstOrDefaultAsync(s => s.ProgramId == program, ct);
        if (settings is null)
        {
            settings = new CoachingSettings(program, c.UnderstoodThreshold ?? 0);
            db.CoachingSettings.Add(settings);
        }
        else
        {
            settings.SetThreshold(c.UnderstoodThreshold ?? 0);
        }

        await db.SaveChangesAsync(ct);
        return settings.UnderstoodThreshold;
    }
}
