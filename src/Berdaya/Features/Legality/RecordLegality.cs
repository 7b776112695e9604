using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Web;
using Berdaya.Web.Localization;

namespace Berdaya.Features.Legality;

/// <summary>
/// Records where a partner's licence stands (docs/domain.md, Legality milestones): staff only; the number's
/// form, the dates and the PIRT's food-safety certificate are checked all at once; the change is kept in the
/// history and on the timeline in the same save, or nothing is written.
/// </summary>
[FeatureService]
public sealed class RecordLegality(AppDbContext db, LegalityAccess access, FoodSafetyRecord foodSafety, Texts texts)
{
    public sealed record Command
    {
        [JsonConverter(typeof(JsonStringEnumConverter<LegalityState>))]
        public LegalityState? State { get; set; }

        public string? Number { get; set; }
        public DateOnly? AppliedOn { get; set; }
        public DateOnly? GrantedOn { get; set; }

        /// <summary>Left empty, a PIRT or trademark gets the rule's expiry (5 years from grant, 10 from filing).</summary>
        public DateOnly? ExpiresOn { get; set; }

        public string? IssuingOffice { get; set; }
        public string? Note { get; set; }
    }

    public async Task<Guid> HandleAsync(Guid partnerId, LegalityKind kind, Command c, CancellationToken ct = default)
    {
        access.RequireStaff();
        var partner = await access.PartnerAsync(partnerId, ct);
        if (c.State is not { } state)
        {
            throw new DomainValidationException([new DomainException("legality.state.required", "State")]);
        }

        var item = await access.ItemForChangeAsync(partner, kind, ct);
        var hasFoodSafety = kind != LegalityKind.Pirt || state != LegalityState.Granted || await foodSafety.HasAsync(partner.Id, ct);
        var entry = new LegalityEntry(state, c.Number, c.AppliedOn, c.GrantedOn, c.ExpiresOn, c.IssuingOffice, c.Note);
        var change = item.Record(entry, partner.Nik, hasFoodSafety, access.Today, access.UserId, access.Now);
        db.LegalityChanges.Add(change);
        db.Timeline.Add(LegalityTimeline.For(partner, item, change, texts));
        await db.SaveChangesAsync(ct);
        return item.Id;
    }
}
