using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Regions;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Users;

/// <summary>
/// Sets what a user may see (docs/domain.md, Roles and scope): the programs of an officer, facilitator, evaluator or
/// viewer; the villages of a facilitator (one by one, or every village of a district); the partner
/// record of a partner user.
/// </summary>
[FeatureService]
public sealed class SetUserScope(AppDbContext db)
{
    /// <param name="ProgramIds">Replaces the programs; null leaves them.</param>
    /// <param name="VillageCodes">With <paramref name="DistrictCodes"/>, replaces the villages by the union of both; both null leaves them.</param>
    /// <param name="PartnerId">Sets the partner record of a partner user; null leaves it.</param>
    public sealed record Command(IReadOnlyList<Guid>? ProgramIds, IReadOnlyList<string>? VillageCodes, IReadOnlyList<string>? DistrictCodes, Guid? PartnerId);

    public async Task HandleAsync(string id, Command c, CancellationToken ct = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new DomainException("admin.user.notfound", "Id", ErrorKind.NotFound);
        var role = await UserRules.RoleOfAsync(db, id, ct);
        var errors = new List<DomainException>();

        var programIds = c.ProgramIds?.Distinct().ToList();
        if (programIds is { Count: > 0 })
        {
            if (!UserRules.HasProgramScope(role))
            {
                errors.Add(new DomainException("admin.scope.programs.role", "ProgramIds"));
            }

            var known = await db.Programs.Where(p => programIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
            foreach (var missing in programIds.Except(known))
            {
                errors.Add(new DomainException("admin.scope.program.unknown", "ProgramIds", ErrorKind.Validation, missing));
            }
        }

        HashSet<string>? villages = null;
        if (c.VillageCodes is not null || c.DistrictCodes is not null)
        {
            villages = new HashSet<string>(StringComparer.Ordinal);
            var codes = (c.VillageCodes ?? []).Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).Distinct().ToList();
            var knownVillages = await db.Regions.Where(r => codes.Contains(r.Code) && r.Level == RegionLevel.Village).Select(r => r.Code).ToListAsync(ct);
            foreach (var missing in codes.Except(knownVillages))
            {
                errors.Add(new DomainException("village.unknown", "VillageCodes", ErrorKind.Validation, missing));
            }

            villages.UnionWith(knownVillages);
            foreach (var raw in c.DistrictCodes ?? [])
            {
                var district = (raw ?? "").Trim();
                if (!await db.Regions.AnyAsync(r => r.Code == district && r.Level == RegionLevel.District, ct))
                {
                    errors.Add(new DomainException("admin.scope.district.unknown", "DistrictCodes", ErrorKind.Validation, district));
                    continue;
                }

                villages.UnionWith(await db.Regions.Where(r => r.ParentCode == district && r.Level == RegionLevel.Village).Select(r => r.Code).ToListAsync(ct));
            }

            if (villages.Count > 0 && role != Roles.Facilitator)
            {
                errors.Add(new DomainException("admin.scope.villages.role", c.VillageCodes is { Count: > 0 } ? "VillageCodes" : "DistrictCodes"));
            }
        }

        if (c.PartnerId is { } partnerId)
        {
            if (role != Roles.Partner)
            {
                errors.Add(new DomainException("admin.scope.partner.role", "PartnerId"));
            }
            else if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
            {
                errors.Add(new DomainException("admin.scope.partner.unknown", "PartnerId", ErrorKind.Validation, partnerId));
            }
        }

        RuleErrors.Throw(errors);

        if (programIds is not null)
        {
            var current = await db.UserPrograms.Where(x => x.UserId == id).ToListAsync(ct);
            db.UserPrograms.RemoveRange(current.Where(x => !programIds.Contains(x.ProgramId)));
            db.UserPrograms.AddRange(programIds.Where(p => current.All(x => x.ProgramId != p)).Select(p => new UserProgram { UserId = id, ProgramId = p }));
        }

        if (villages is not null)
        {
            var current = await db.UserVillages.Where(x => x.UserId == id).ToListAsync(ct);
            db.UserVillages.RemoveRange(current.Where(x => !villages.Contains(x.VillageCode)));
            db.UserVillages.AddRange(villages.Where(v => current.All(x => x.VillageCode != v)).Select(v => new UserVillage { UserId = id, VillageCode = v }));
        }

        if (c.PartnerId is { } pid)
        {
            user.PartnerId = pid;
        }

        await db.SaveChangesAsync(ct);
    }
}
