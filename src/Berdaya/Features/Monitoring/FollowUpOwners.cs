using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Monitoring;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// Who may own a follow-up (docs/domain.md, Monitoring visits, help requests and follow-ups): an officer or facilitator
/// of the program (or an administrator), or one of the partners the visit or request is about.
/// </summary>
[FeatureService]
public sealed class FollowUpOwners(AppDbContext db)
{
    public sealed record OwnerChoice(string Value, string Name);

    public async Task<bool> IsValidAsync(FollowUpOwner owner, Guid programId, IReadOnlyCollection<Guid> partners, CancellationToken ct)
    {
        if (owner.PartnerId is { } p)
        {
            return partners.Contains(p);
        }

        var staff = await StaffAsync(programId, ct);
        return staff.Any(s => s.Id == owner.UserId);
    }

    /// <summary>The program's active officers and facilitators, and the administrators, by name.</summary>
    public async Task<List<(string Id, string Name)>> StaffAsync(Guid programId, CancellationToken ct)
    {
        var roles = new[] { Roles.ProgramOfficer, Roles.Facilitator, Roles.Administrator };
        var rows = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => roles.Contains(x.Name))
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { u.Id, u.DisplayName, u.IsActive, Role = x.Name })
            .Where(u => u.IsActive && (u.Role == Roles.Administrator || db.UserPrograms.Any(up => up.UserId == u.Id && up.ProgramId == programId)))
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(ct);
        return rows.DistinctBy(r => r.Id).OrderBy(r => r.DisplayName, StringComparer.CurrentCulture).Select(r => (r.Id, r.DisplayName)).ToList();
    }

    /// <summary>The owners a form offers: the staff, then the partners concerned.</summary>
    public async Task<List<OwnerChoice>> OptionsAsync(Guid programId, IReadOnlyList<(Guid Id, string Name)> partners, CancellationToken ct)
    {
        var staff = await StaffAsync(programId, ct);
        return staff.Select(s => new OwnerChoice(FollowUpOwner.User(s.Id).ToString(), s.Name))
            .Concat(partners.Select(p => new OwnerChoice(FollowUpOwner.Partner(p.Id).ToString(), p.Name)))
            .ToList();
    }

    /// <summary>Owner names for a list: users by display name, partners by owner name.</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IEnumerable<FollowUpOwner> owners, CancellationToken ct)
    {
        var list = owners.ToList();
        var userIds = list.Where(o => o.UserId is not null).Select(o => o.UserId!).Distinct().ToList();
        var partnerIds = list.Where(o => o.PartnerId is not null).Select(o => o.PartnerId!.Value).Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id)).Select(p => new { p.Id, p.OwnerName }).ToListAsync(ct);
        return users.Select(u => (Key: FollowUpOwner.User(u.Id).ToString(), Name: u.DisplayName))
            .Concat(partners.Select(p => (Key: FollowUpOwner.Partner(p.Id).ToString(), Name: p.OwnerName)))
            .ToDictionary(x => x.Key, x => x.Name);
    }
}
