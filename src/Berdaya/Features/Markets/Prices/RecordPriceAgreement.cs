using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets.Prices;

/// <summary>A group's new price agreement (docs/domain.md, Group price agreements): its chair or treasurer, or staff in scope.</summary>
[FeatureService]
public sealed class RecordPriceAgreement(AppDbContext db, GroupMarketAccess access)
{
    public sealed record Command
    {
        public DateOnly? MeetingOn { get; set; }
        public DateOnly? EffectiveFrom { get; set; }
        public List<Guid>? Present { get; set; }
        public List<PriceLineInput>? Lines { get; set; }
        public string? Note { get; set; }
    }

    public async Task<PriceAgreement> HandleAsync(Guid groupId, Command c, CancellationToken ct = default)
    {
        var g = await access.GroupAsync(groupId, ct);
        access.RequireDecider(g);
        var products = (await db.GroupProducts.Where(p => p.GroupId == g.Id).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var previous = await db.PriceAgreements.Where(a => a.GroupId == g.Id).OrderByDescending(a => a.EffectiveFrom)
            .Select(a => (DateOnly?)a.EffectiveFrom).FirstOrDefaultAsync(ct);
        var agreement = PriceAgreement.Create(g.ProgramId, g.Id, c.MeetingOn, c.EffectiveFrom, c.Present, c.Lines, c.Note,
            g.Members.Keys.ToHashSet(), products, previous, access.Today, access.UserId, access.Now);
        db.PriceAgreements.Add(agreement);
        db.Timeline.Add(new TimelineEvent(g.ProgramId, g.Id, null, agreement.MeetingOn, FivePApproach.Protecting, "price.agreed",
            $"Kesepakatan harga {g.Name}: {agreement.Lines.Count} harga, berlaku {agreement.EffectiveFrom:dd-MM-yyyy}, dihadiri {agreement.Present.Count} anggota",
            nameof(PriceAgreement), agreement.Id, access.Now));
        await access.SaveAsync("price.conflict", ct);
        return agreement;
    }
}
