using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Users;

/// <summary>Users for the administrator, with role and scope. Password hashes and stamps never leave here.</summary>
[FeatureService]
public sealed class UserQueries(AppDbContext db, TimeProvider clock)
{
    public const int ListLimit = 200;

    public async Task<List<UserSummaryDto>> ListAsync(string? q, CancellationToken ct = default)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = "%" + q.Trim().ToUpperInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
#pragma warning disable CA1304, CA1311 // Translated to the database's UPPER: no .NET culture applies.
            users = users.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern) || EF.Functions.Like(u.DisplayName.ToUpper(), pattern));
#pragma warning restore CA1304, CA1311
        }

        var rows = await users.OrderBy(u => u.NormalizedEmail).Take(ListLimit)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsActive, u.LockoutEnd, u.PartnerId })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await RolesAsync(ids, ct);
        var programs = await (from up in db.UserPrograms
                              join p in db.Programs on up.ProgramId equals p.Id
                              where ids.Contains(up.UserId)
                              select new { up.UserId, p.Code }).ToListAsync(ct);
        var villages = await db.UserVillages.Where(v => ids.Contains(v.UserId)).GroupBy(v => v.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var partnerIds = rows.Where(r => r.PartnerId is not null).Select(r => r.PartnerId!.Value).ToList();
        var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var now = clock.GetUtcNow();
        return rows.Select(r => new UserSummaryDto(
                r.Id, r.Email ?? "", r.DisplayName, roles.GetValueOrDefault(r.Id), r.IsActive, r.LockoutEnd > now,
                programs.Where(p => p.UserId == r.Id).Select(p => p.Code).Order(StringComparer.Ordinal).ToArray(),
                villages.FirstOrDefault(v => v.UserId == r.Id)?.Count ?? 0,
                r.PartnerId,
                r.PartnerId is { } pid ? partners.GetValueOrDefault(pid) : null))
            .ToList();
    }

    public async Task<UserDto> GetAsync(string id, CancellationToken ct = default)
    {
        var u = await db.Users.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new DomainException("admin.user.notfound", "Id", ErrorKind.NotFound);
        var roles = await RolesAsync([id], ct);
        var programIds = await db.UserPrograms.Where(x => x.UserId == id).Select(x => x.ProgramId).ToListAsync(ct);
        var villages = await db.UserVillages.Where(x => x.UserId == id).Select(x => x.VillageCode).OrderBy(x => x).ToListAsync(ct);
        string? partnerName = u.PartnerId is { } pid
            ? await db.Partners.Where(p => p.Id == pid).Select(p => p.OwnerName + " · " + p.BusinessName).FirstOrDefaultAsync(ct)
            : null;
        return new UserDto(u.Id, u.Email ?? "", u.DisplayName, roles.GetValueOrDefault(id), u.IsActive,
            u.LockoutEnd > clock.GetUtcNow(), u.LockoutEnd, u.AccessFailedCount, u.Language, u.CreatedAt,
            programIds.ToArray(), villages.ToArray(), u.PartnerId, partnerName);
    }

    private async Task<Dictionary<string, string?>> RolesAsync(List<string> ids, CancellationToken ct) =>
        (await (from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where ids.Contains(ur.UserId)
                select new { ur.UserId, r.Name }).ToListAsync(ct))
        .GroupBy(x => x.UserId)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Name).Order(StringComparer.Ordinal).FirstOrDefault());
}

public sealed record UserSummaryDto(
    string Id, string Email, string DisplayName, string? Role, bool IsActive, bool IsLockedOut,
    string[] ProgramCodes, int VillageCount, Guid? PartnerId, string? PartnerName);

public sealed record UserDto(
    string Id, string Email, string DisplayName, string? Role, bool IsActive, bool IsLockedOut, DateTimeOffset? LockoutEnd,
    int AccessFailedCount, string Language, DateTimeOffset CreatedAt, Guid[] ProgramIds, string[] VillageCodes, Guid? PartnerId, string? PartnerName);
