using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Markets;

/// <summary>A program's new market channel (docs/domain.md, Market channels): the program office only; a name taken is 409.</summary>
[FeatureService]
public sealed class DefineChannel(AppDbContext db, ChannelAccess access)
{
    public sealed record Command
    {
        public Guid? ProgramId { get; set; }
        public string? Name { get; set; }
        public ChannelKind? Kind { get; set; }
        public string? Note { get; set; }
    }

    public async Task<MarketChannel> HandleAsync(Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        var program = c.ProgramId ?? await access.User.DefaultProgramAsync(ct)
            ?? throw new DomainValidationException([new DomainException("partner.program.required", "ProgramId")]);
        await access.User.RequireProgramAsync(program, ct);
        var channel = MarketChannel.Create(program, c.Name, c.Kind, c.Note, access.UserId, access.Now);
        if (await db.MarketChannels.AnyAsync(x => x.ProgramId == program && x.Name == channel.Name, ct))
        {
            throw new DomainException("channel.duplicate", "Name", ErrorKind.Conflict, channel.Name);
        }

        db.MarketChannels.Add(channel);
        await db.SaveChangesAsync(ct);
        return channel;
    }
}

/// <summary>
/// A channel's new set of requirements from a date (docs/domain.md, Market channels): the program office only; it
/// replaces the previous set from its date and never an earlier one; an unknown licence is refused by name.
/// </summary>
[FeatureService]
public sealed class AddChannelRequirement(AppDbContext db, ChannelAccess access)
{
    public sealed record Command
    {
        public DateOnly? EffectiveFrom { get; set; }
        public List<string>? Legality { get; set; }
        public string? PackagingMaterial { get; set; }
        public decimal? MinThicknessMm { get; set; }
        public string? LabelContents { get; set; }
        public decimal? MinMonthlyVolume { get; set; }
        public VolumeUnit? VolumeUnit { get; set; }
        public decimal? WorkingCapital { get; set; }
        public PaymentKind? Payment { get; set; }
        public int? PaymentDays { get; set; }
        public string? Note { get; set; }
    }

    public async Task<ChannelRequirement> HandleAsync(Guid channelId, Command c, CancellationToken ct = default)
    {
        access.RequireOffice();
        var channel = await access.ChannelAsync(channelId, ct);
        var previous = await db.ChannelRequirements.Where(r => r.ChannelId == channel.Id).MaxAsync(r => (DateOnly?)r.EffectiveFrom, ct);
        var terms = new RequirementTerms(c.EffectiveFrom, c.Legality ?? [], c.PackagingMaterial, c.MinThicknessMm, c.LabelContents, c.MinMonthlyVolume,
            c.VolumeUnit, c.WorkingCapital, c.Payment, c.PaymentDays, c.Note);
        var set = ChannelRequirement.Create(channel, terms, previous, access.Today, access.UserId, access.Now);
        db.ChannelRequirements.Add(set);
        await db.SaveChangesAsync(ct);
        return set;
    }
}

/// <summary>
/// A partner's market declaration (docs/domain.md, Readiness): the partner themself or staff in scope for them; the
/// declaration replaces the previous one, with who and when, and lands on the group's timeline (Protecting).
/// </summary>
[FeatureService]
public sealed class DeclareMarketProfile(AppDbContext db, ChannelAccess access)
{
    public sealed record Command
    {
        public string? PackagingMaterial { get; set; }
        public decimal? PackagingThicknessMm { get; set; }
        public bool? HasBarcode { get; set; }
        public decimal? MonthlyCapacity { get; set; }
        public VolumeUnit? CapacityUnit { get; set; }
        public decimal? WorkingCapital { get; set; }
    }

    public async Task<MarketProfile> HandleAsync(Guid partnerId, Command c, CancellationToken ct = default)
    {
        var by = access.Declarer();
        var partner = await access.PartnerAsync(partnerId, ct);
        var profile = await db.MarketProfiles.FirstOrDefaultAsync(p => p.PartnerId == partner.Id, ct);
        if (profile is null)
        {
            profile = new MarketProfile(partner.ProgramId, partner.Id);
            db.MarketProfiles.Add(profile);
        }

        profile.Declare(new MarketDeclaration(c.PackagingMaterial, c.PackagingThicknessMm, c.HasBarcode, c.MonthlyCapacity, c.CapacityUnit, c.WorkingCapital),
            by, access.UserId, access.Today, access.Now);
        db.Timeline.Add(new TimelineEvent(partner.ProgramId, partner.GroupId, partner.Id, access.Today, FivePApproach.Protecting, "markets.declared",
            $"{partner.OwnerName}: pernyataan kesiapan pasar diperbarui", nameof(MarketProfile), profile.Id, access.Now));
        await db.SaveChangesAsync(ct);
        return profile;
    }
}
