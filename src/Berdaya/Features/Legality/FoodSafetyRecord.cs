using Berdaya.Data;
using Berdaya.Domain.Legality;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Legality;

/// <summary>
/// Whether a partner has the food-safety certificate a PIRT needs (docs/domain.md, Legality milestones): an
/// uploaded certificate (a <see cref="LegalityKind.FoodSafetyCertificate"/> item recorded as granted, with its
/// date and a document), or a food-safety training attended.
/// </summary>
[FeatureService]
public sealed class FoodSafetyRecord(AppDbContext db)
{
    public async Task<bool> HasAsync(Guid partnerId, CancellationToken ct)
    {
        var certificate = await db.LegalityItems.AnyAsync(i => i.PartnerId == partnerId && i.Kind == LegalityKind.FoodSafetyCertificate
            && i.State == LegalityState.Granted && i.GrantedOn != null && i.DocumentId != null, ct);
        if (certificate)
        {
            return true;
        }

        return await Coaching.FoodSafety.TrainedPartners(db).AnyAsync(p => p == partnerId, ct);
    }
}
