using System.Globalization;
using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Placements;

/// <summary>
/// Opens a partner's placement at an outlet of one of the program's channels (docs/domain.md, Placements and
/// consignment): outlet, products, agreed price, terms and start date, checked all at once; on the timeline in the same save.
/// </summary>
[FeatureService]
public sealed class StartPlacement(AppDbContext db, PlacementAccess access)
{
    public sealed record Command
    {
        public Guid? ChannelId { get; set; }
        public string? OutletName { get; set; }
        public string? Products { get; set; }
        public decimal? AgreedPrice { get; set; }

        [JsonConverter(typeof(JsonStringEnumConverter<PaymentKind>))]
        public PaymentKind? Terms { get; set; }

        public int? DaysToPay { get; set; }
        public DateOnly? StartedOn { get; set; }
    }

    public async Task<Placement> HandleAsync(Guid partnerId, Command c, CancellationToken ct = default)
    {
        var partner = await access.PartnerAsync(partnerId, ct);
        var channelOk = c.ChannelId is { } ch && await db.MarketChannels.AnyAsync(m => m.Id == ch && m.ProgramId == partner.ProgramId, ct);
        Placement placement;
        try
        {
            placement = Placement.Start(partner.ProgramId, partner.Id, c.ChannelId ?? Guid.Empty, c.OutletName, c.Products, c.AgreedPrice, c.Terms,
                c.DaysToPay, c.StartedOn, access.Today, access.UserId, access.Now);
            if (!channelOk)
            {
                throw new DomainValidationException([]);
            }
        }
        catch (DomainValidationException e) when (!channelOk)
        {
            throw new DomainValidationException([new DomainException(c.ChannelId is null ? "field.required" : "placement.channel.notfound", "ChannelId"), .. e.Errors]);
        }

        db.Placements.Add(placement);
        db.Timeline.Add(PlacementTimeline.For(partner, placement, "placement.started", placement.StartedOn,
            $"mulai titip jual {placement.Products}, Rp {placement.AgreedPrice.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}/unit", access.Now));
        await db.SaveChangesAsync(ct);
        return placement;
    }
}
