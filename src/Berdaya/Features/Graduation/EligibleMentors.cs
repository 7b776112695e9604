using Berdaya.Data;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Graduation;

/// <summary>A graduated partner who may mentor others.</summary>
public sealed record Mentor(Guid PartnerId, Guid ProgramId, string OwnerName, string BusinessName, string Sector, string? Products, string VillageCode,
    DateOnly? GraduatedOn);

/// <summary>
/// The partners eligible to mentor in the Meet and Greet program (docs/domain.md, Bankability and graduation): those who graduated
/// independent, in the reader's scope, at most 200 by name, shown newest graduates first; optionally of one program, village or sector.
/// </summary>
[FeatureService]
public sealed class EligibleMentors(AppDbContext db, CurrentUser me)
{
    public const int MaxShown = 200;

    public async Task<IReadOnlyList<Mentor>> ListAsync(Guid? programId, string? villageCode, string? sector, CancellationToken ct)
    {
        var q = (await me.PartnersAsync(ct)).AsNoTracking().Where(p => p.Status == PartnerStatus.Independent);
        if (programId is { } program)
        {
            q = q.Where(p => p.ProgramId == program);
        }

        if (!string.IsNullOrWhiteSpace(villageCode))
        {
            var v = villageCode.Trim();
            q = q.Where(p => p.VillageCode == v);
        }

        if (!string.IsNullOrWhiteSpace(sector))
        {
            var s = sector.Trim();
            q = q.Where(p => p.Sector == s);
        }

        var rows = await q.OrderBy(p => p.OwnerName).ThenBy(p => p.Id).Take(MaxShown).Select(p => new Mentor(p.Id, p.ProgramId, p.OwnerName, p.BusinessName, p.Sector, p.Products, p.VillageCode,
                db.Graduations.Where(g => g.PartnerId == p.Id).Select(g => (DateOnly?)g.GraduatedOn).FirstOrDefault()))
            .ToListAsync(ct);
        return rows.OrderByDescending(m => m.GraduatedOn).ThenBy(m => m.OwnerName, StringComparer.Ordinal).ToList();
    }
}
