using System.Globalization;
using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Placements;

/// <summary>
/// Opens a partner's placement at an outlet of one of the program's channels (docs/domain.md, Placements and
/// consignment): outlet, products, agreed price, terms and start date, checked all at once; on the timeline in the same save.
/// </summary>
[FeatureService]
public sealed class StartPlacement(AppDbContext db, PlacementAccess access, AgreedPrices prices)
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

        /// <summary>The product of the partner's group the outlet takes, optional; with it the unit the price is per.</summary>
        public Guid? ProductId { get; set; }

        public string? Unit { get; set; }
    }

    public async Task<Placement> HandleAsync(Guid partnerId, Command c, CancellationToken ct = default)
    {
        var partner = await access.PartnerAsync(partnerId, ct);
        var channelOk = c.ChannelId is { } ch && await db.MarketChannels.AnyAsync(m => m.Id == ch && m.ProgramId == partner.ProgramId, ct);
        var before = new List<DomainException>();
        if (!channelOk)
        {
            before.Add(new DomainException(c.ChannelId is null ? "field.required" : "placement.channel.notfound", "ChannelId"));
        }

        // A group product is optional; named, it is one of the partner's group with the unit its price is per (decision 0021).
        var named = c.ProductId is not null || !string.IsNullOrWhiteSpace(c.Unit);
        if (named)
        {
            var known = c.ProductId is { } pid && partner.GroupId is { } gid && await db.GroupProducts.AnyAsync(p => p.Id == pid && p.GroupId == gid, ct);
            AgreedPriceWarning.CheckProduct(c.ProductId, known, c.Unit, null, needsQuantity: false, "", before);
        }

        Placement placement;
        try
        {
            placement = Placement.Start(partner.ProgramId, partner.Id, c.ChannelId ?? Guid.Empty, c.OutletName, c.Products, c.AgreedPrice, c.Terms,
                c.DaysToPay, c.StartedOn, access.Today, access.UserId, access.Now);
            if (before.Count > 0)
            {
                throw new DomainValidationException([]);
            }
        }
        catch (DomainValidationException e) when (before.Count > 0)
        {
            throw new DomainValidationException([.. before, .. e.Errors]);
        }

        if (named)
        {
            placement.PriceAgainst(c.ProductId!.Value, c.Unit!,
                await prices.SellingFloorAsync(partner.GroupId!.Value, c.ProductId.Value, c.Unit!, placement.StartedOn, ct));
        }

        db.Placements.Add(placement);
        db.Timeline.Add(PlacementTimeline.For(partner, placement, "placement.started", placement.StartedOn,
            $"mulai titip jual {placement.Products}, Rp {placement.AgreedPrice.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}/unit", access.Now));
        await db.SaveChangesAsync(ct);
        return placement;
    }
}
