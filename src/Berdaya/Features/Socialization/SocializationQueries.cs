using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Socialization;

/// <summary>Socialization meetings the user may see, newest first, and one meeting with its attendees.</summary>
[FeatureService]
public sealed class SocializationQueries(AppDbContext db, CurrentUser me, RegionDirectory regions)
{
    public sealed record Item(Guid Id, DateOnly HeldOn, string VillageCode, string? VillageName, string Place, string? FacilitatorName, int Attendees);

    public sealed record Details(Guid Id, Guid ProgramId, DateOnly HeldOn, string VillageCode, string? VillagePath, string Place,
        string? FacilitatorUserId, string? FacilitatorName, string? OfficersPresent, string Topics, IReadOnlyList<Attendee> Attendees, bool MayEdit);

    public sealed record Attendee(Guid Id, string Name, string? Phone, string VillageCode, string? VillageName, bool Interested, Guid? PartnerId);

    public async Task<IReadOnlyList<Item>> ListAsync(CancellationToken ct = default)
    {
        if (!me.MayRegister)
        {
            throw new DomainException("socialization.forbidden", null, ErrorKind.Forbidden);
        }

        var rows = await (await me.SocializationsAsync(ct))
            .OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.Id)
            .Take(200)
            .Select(e => new
            {
                e.Id,
                e.HeldOn,
                e.VillageCode,
                e.Place,
                Facilitator = db.Users.Where(u => u.Id == e.FacilitatorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Count = e.Attendees.Count,
            })
            .ToListAsync(ct);
        var names = await regions.NamesAsync(rows.Select(r => r.VillageCode), ct);
        return rows.Select(r => new Item(r.Id, r.HeldOn, r.VillageCode, names.GetValueOrDefault(r.VillageCode), r.Place, r.Facilitator, r.Count)).ToList();
    }

    public async Task<Details> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (!me.MayRegister)
        {
            throw new DomainException("socialization.notfound", "Id", ErrorKind.NotFound);
        }

        var e = await (await me.SocializationsAsync(ct)).AsNoTracking().Include(x => x.Attendees).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new DomainException("socialization.notfound", "Id", ErrorKind.NotFound);
        var facilitator = e.FacilitatorUserId is null ? null
            : await db.Users.Where(u => u.Id == e.FacilitatorUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var village = await regions.DescribeAsync(e.VillageCode, ct);
        var names = await regions.NamesAsync(e.Attendees.Select(a => a.VillageCode), ct);
        var attendees = e.Attendees.OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .Select(a => new Attendee(a.Id, a.Name, me.MaySeeContact && a.Phone is not null ? Phone.Mask(a.Phone) : null, a.VillageCode,
                names.GetValueOrDefault(a.VillageCode), a.Interested, a.PartnerId))
            .ToList();
        return new Details(e.Id, e.ProgramId, e.HeldOn, e.VillageCode, village is null ? null : $"{village.Name}, {village.Path}", e.Place,
            e.FacilitatorUserId, facilitator, e.OfficersPresent, e.Topics, attendees, me.MayRegister);
    }
}
