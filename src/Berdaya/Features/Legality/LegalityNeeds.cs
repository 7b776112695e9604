using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Legality;

/// <summary>
/// Legality gaps as open needs (docs/domain.md, Legality milestones): no NIB; a food producer without a held
/// PIRT; a licence expired, or expiring within 90 days.
/// </summary>
[FeatureService]
public sealed class LegalityNeeds(AppDbContext db, Texts texts, TimeProvider clock) : INeedSource
{
    public async Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct)
    {
        if (kind is { } k && k != NeedKind.Legality)
        {
            return [];
        }

        var today = clock.Today();
        var soon = today.AddDays(90);
        var culture = CultureInfo.CurrentUICulture;
        var needs = new List<PartnerNeed>();
        var held = db.LegalityItems.Where(i => i.State == LegalityState.Granted && (i.ExpiresOn == null || i.ExpiresOn >= today));

        var noNib = await db.Partners.Where(p => partnerIds.Contains(p.Id))
            .Where(p => !held.Any(i => i.PartnerId == p.Id && i.Kind == LegalityKind.Nib))
            .Select(p => p.Id).ToListAsync(ct);
        needs.AddRange(noNib.Select(id => new PartnerNeed(id, NeedKind.Legality, texts.Get("legality.need.nib", culture), null, Href(id, LegalityKind.Nib))));

        var noPirt = await db.Partners.Where(p => partnerIds.Contains(p.Id))
            .Where(p => !held.Any(i => i.PartnerId == p.Id && i.Kind == LegalityKind.Pirt))
            .Select(p => new { p.Id, p.Sector, p.Products }).ToListAsync(ct);
        needs.AddRange(noPirt.Where(p => FoodProducer.Is(p.Sector, p.Products))
            .Select(p => new PartnerNeed(p.Id, NeedKind.Legality, texts.Get("legality.need.pirt", culture), null, Href(p.Id, LegalityKind.Pirt))));

        var lapsing = await db.LegalityItems.Where(i => partnerIds.Contains(i.PartnerId) && i.Kind != LegalityKind.FoodSafetyCertificate)
            .Where(i => i.State == LegalityState.Expired || (i.State == LegalityState.Granted && i.ExpiresOn <= soon))
            .Select(i => new { i.PartnerId, i.Kind, i.State, i.ExpiresOn }).ToListAsync(ct);
        foreach (var i in lapsing)
        {
            var name = texts.Get($"enum.LegalityKind.{i.Kind}", culture);
            var expired = LegalityExpiry.StateOn(i.State, i.ExpiresOn, today) == LegalityState.Expired;
            var date = i.ExpiresOn is { } e ? Show.Date(e, culture) : "";
            var reason = texts.Format(expired ? "legality.need.expired" : "legality.need.expiring", culture, name, date);
            needs.Add(new PartnerNeed(i.PartnerId, NeedKind.Legality, reason, i.ExpiresOn, Href(i.PartnerId, i.Kind)));
        }

        return needs;
    }

    private static string Href(Guid partnerId, LegalityKind kind) => $"/partners/{partnerId}/legality/{kind.Slug()}";
}
