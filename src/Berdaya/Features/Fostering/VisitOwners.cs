using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fostering;

/// <summary>
/// Who owns the monitoring visit a decline opens (docs/domain.md, Quarterly reports): a facilitator of the partner's village,
/// else the program's officer, else an administrator. The program's candidates are read once; a village is then picked in memory,
/// so a check of a whole quarter asks the database once, not once per partner.
/// </summary>
public sealed class VisitOwners
{
    private readonly List<(string Id, string Role)> staff;
    private readonly ILookup<string, string> facilitatorsByVillage;

    private VisitOwners(List<(string Id, string Role)> staff, ILookup<string, string> facilitatorsByVillage)
    {
        this.staff = staff;
        this.facilitatorsByVillage = facilitatorsByVillage;
    }

    public static async Task<VisitOwners> ForProgramAsync(AppDbContext db, Guid programId, CancellationToken ct)
    {
        var candidates = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { u.Id, u.IsActive, u.CreatedAt, x.Role })
            .Where(u => u.IsActive && (u.Role == Roles.Administrator
                                       || ((u.Role == Roles.Facilitator || u.Role == Roles.ProgramOfficer)
                                           && db.UserPrograms.Any(up => up.UserId == u.Id && up.ProgramId == programId))))
            .Select(u => new { u.Id, u.Role, u.CreatedAt })
            .ToListAsync(ct);
        // The longest-serving first, so the same facilitator owns a village's visits whoever joined it since.
        candidates = candidates.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var facilitators = candidates.Where(c => c.Role == Roles.Facilitator).Select(c => c.Id).ToList();
        var rank = facilitators.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var villages = (await db.UserVillages.Where(v => facilitators.Contains(v.UserId))
                .Select(v => new { v.UserId, v.VillageCode })
                .ToListAsync(ct))
            .OrderBy(v => rank[v.UserId])
            .ToList();
        return new VisitOwners(candidates.Select(c => (c.Id, c.Role ?? "")).ToList(),
            villages.ToLookup(v => v.VillageCode, v => v.UserId, StringComparer.Ordinal));
    }

    public FollowUpOwner? For(string villageCode)
    {
        var pick = facilitatorsByVillage[villageCode].FirstOrDefault()
                   ?? staff.Where(s => s.Role == Roles.ProgramOfficer).Select(s => s.Id).FirstOrDefault()
                   ?? staff.Where(s => s.Role == Roles.Administrator).Select(s => s.Id).FirstOrDefault();
        return pick is null ? null : FollowUpOwner.User(pick);
    }
}
