using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Graduation;
using Berdaya.Web;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Graduation;

/// <summary>What the letter of recommendation and the certificate print: the partner, the program, the graduation and the loans repaid.</summary>
public sealed record GraduationDocument(Guid PartnerId, string OwnerName, string? Nik, string BusinessName, string Sector, string? Products, string Village,
    string? Address, DateOnly? BusinessStartedOn, string? GroupName, string ProgramName, string OperatorName, string UnitName, GraduationLine Graduation,
    IReadOnlyList<ItemResult> Items, int Loans, decimal Principal, DateOnly? LastRepaidOn);

/// <summary>
/// The documents of a graduation (docs/domain.md, Bankability and graduation): read by whoever reads the partner's checklist; a
/// partner not graduated has none (404).
/// </summary>
[FeatureService]
public sealed class GraduationDocuments(AppDbContext db, BankabilityAccess access, BankabilityQuery query, RegionDirectory regions)
{
    public async Task<GraduationDocument> HandleAsync(Guid partnerId, CancellationToken ct)
    {
        var p = await access.PartnerAsync(partnerId, false, ct);
        var g = await query.GraduationAsync(partnerId, ct) ?? throw new DomainException("graduation.notfound", "Id", ErrorKind.NotFound);
        var items = (await db.Graduations.AsNoTracking().Where(x => x.Id == g.Id).FirstAsync(ct)).Items();
        var program = await db.Programs.AsNoTracking().Where(x => x.Id == p.ProgramId).Select(x => new { x.Name, x.OperatorName, x.UnitName }).FirstAsync(ct);
        var group = p.GroupId is { } gid ? await db.Groups.Where(x => x.Id == gid).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var loans = await db.Loans.AsNoTracking().Where(l => l.PartnerId == partnerId).Select(l => new { l.Principal, l.RepaidOn }).ToListAsync(ct);
        var village = await regions.DescribeAsync(p.VillageCode, ct);

        // The bank verifies identity from the card itself; the letter shows the NIK masked, as lists do (decision 0006).
        var nik = access.MaySeeNik ? Domain.Partners.Nik.Mask(p.Nik) : null;
        return new GraduationDocument(p.Id, p.OwnerName, nik, p.BusinessName, p.Sector, p.Products, village is null ? p.VillageCode : $"{village.Name}, {village.Path}",
            p.Address, p.BusinessStartedOn, group, program.Name, program.OperatorName, program.UnitName, g, items, loans.Count, loans.Sum(l => l.Principal),
            loans.Where(l => l.RepaidOn is not null).Max(l => l.RepaidOn));
    }
}
