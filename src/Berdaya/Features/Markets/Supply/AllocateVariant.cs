using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Supply;

/// <summary>
/// Which member makes which variant, as the group decides (docs/domain.md, Product variants): its chair or treasurer,
/// or staff in scope. Beyond the variant's limit is refused; two members racing for its last place: one wins, the other
/// gets 409 (decision 0021).
/// </summary>
[FeatureService]
public sealed class AllocateVariant(AppDbContext db, GroupMarketAccess access)
{
    public sealed record Command
    {
        public Guid? VariantId { get; set; }
        public Guid? PartnerId { get; set; }
    }

    public async Task<VariantAllocation> AllocateAsync(Guid groupId, Command c, CancellationToken ct = default)
    {
        var g = await access.GroupAsync(groupId, ct);
        access.RequireDecider(g);
        var errors = new List<DomainException>();
        var variant = c.VariantId is { } vid ? await db.ProductVariants.FirstOrDefaultAsync(v => v.Id == vid && v.GroupId == g.Id && v.RetiredOn == null, ct) : null;
        if (variant is null)
        {
            errors.Add(new DomainException("supply.variant.unknown", "VariantId"));
        }

        if (c.PartnerId is not { } pid || !g.Members.ContainsKey(pid))
        {
            errors.Add(new DomainException("variant.member.unknown", "PartnerId"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var taken = await db.VariantAllocations.Where(a => a.VariantId == variant!.Id).Select(a => new { a.PartnerId, a.Place }).ToListAsync(ct);
        if (taken.Any(t => t.PartnerId == c.PartnerId))
        {
            throw new DomainException("variant.allocation.duplicate", "PartnerId", ErrorKind.Conflict);
        }

        var place = VariantAllocation.FreePlace(taken.Select(t => t.Place), variant!.MaxMakers)
                    ?? throw new DomainValidationException([new DomainException("variant.allocation.full", "VariantId", ErrorKind.Validation,
                        variant.MaxMakers ?? VariantAllocation.PlacesMax)]);
        var allocation = new VariantAllocation(g.Id, variant.Id, c.PartnerId!.Value, place, access.Today, access.UserId, access.Now);
        db.VariantAllocations.Add(allocation);
        db.Timeline.Add(new TimelineEvent(g.ProgramId, g.Id, allocation.PartnerId, access.Today, FivePApproach.Protecting, "variant.allocated",
            $"{g.Members[allocation.PartnerId]} membuat {VariantName(variant)}", nameof(VariantAllocation), allocation.Id, access.Now));
        await access.SaveAsync("variant.allocation.race", ct);
        return allocation;
    }

    public async Task UnallocateAsync(Guid groupId, Guid allocationId, CancellationToken ct = default)
    {
        var g = await access.GroupAsync(groupId, ct);
        access.RequireDecider(g);
        var allocation = await db.VariantAllocations.FirstOrDefaultAsync(a => a.Id == allocationId && a.GroupId == g.Id, ct)
                         ?? throw new DomainException("variant.allocation.notfound", "Id", ErrorKind.NotFound);
        var variant = await db.ProductVariants.FirstAsync(v => v.Id == allocation.VariantId, ct);
        db.VariantAllocations.Remove(allocation);
        db.Timeline.Add(new TimelineEvent(g.ProgramId, g.Id, allocation.PartnerId, access.Today, FivePApproach.Protecting, "variant.unallocated",
            $"{g.Members.GetValueOrDefault(allocation.PartnerId, "?")} tidak lagi membuat {VariantName(variant)}", nameof(VariantAllocation), allocation.Id,
            access.Now));
        await access.SaveAsync("variant.allocation.race", ct);
    }

    public static string VariantName(ProductVariant v) => $"{v.Flavour} {v.Size}";
}
