using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>
/// A training not adopted as a need (docs/domain.md, Needs per partner; Coaching: trainings): a participant whose adoption check
/// said they did not use the topic, and who has used it at no later session, still needs what the topic answers (its need kind),
/// which a mentor may help with.
/// </summary>
[FeatureService]
public sealed class TrainingNeeds(AppDbContext db, Texts texts) : INeedSource
{
    public async Task<IReadOnlyList<PartnerNeed>> NeedsAsync(IQueryable<Guid> partnerIds, NeedKind? kind, CancellationToken ct)
    {
        var rows = db.SessionParticipants.AsNoTracking()
            .Where(sp => sp.Used == false && partnerIds.Contains(sp.PartnerId))
            .Join(db.TrainingSessions, sp => sp.SessionId, s => s.Id, (sp, s) => new { sp.PartnerId, sp.AdoptionCheckedOn, s.TopicId, SessionId = s.Id })
            .Join(db.TrainingTopics, x => x.TopicId, t => t.Id, (x, t) => new { x.PartnerId, x.AdoptionCheckedOn, x.TopicId, x.SessionId, t.Name, t.Need })
            .Where(x => !db.SessionParticipants.Any(used => used.PartnerId == x.PartnerId && used.Used == true
                                                           && db.TrainingSessions.Any(s => s.Id == used.SessionId && s.TopicId == x.TopicId)));
        if (kind is { } k)
        {
            rows = rows.Where(x => x.Need == k);
        }

        var culture = CultureInfo.CurrentUICulture;
        var found = await rows.OrderBy(x => x.PartnerId).ThenBy(x => x.SessionId).Take(1000).ToListAsync(ct);
        return found.GroupBy(x => (x.PartnerId, x.TopicId))
            .Select(g => g.OrderByDescending(x => x.AdoptionCheckedOn).First())
            .Select(x => new PartnerNeed(x.PartnerId, x.Need, texts.Format("coaching.need.notadopted", culture, x.Name), x.AdoptionCheckedOn, $"/trainings/{x.SessionId}"))
            .ToList();
    }
}
