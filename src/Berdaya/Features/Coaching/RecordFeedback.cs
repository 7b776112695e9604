using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web;

namespace Berdaya.Features.Coaching;

/// <summary>
/// A participant's three answers after a session (docs/domain.md, Coaching: trainings): entered by the partner on their
/// own phone, for themselves only, or by staff for them; only from someone who was there, scores 1 to 5.
/// </summary>
[FeatureService]
public sealed class RecordFeedback(AppDbContext db, CoachingAccess access, TimeProvider clock)
{
    public sealed record Command
    {
        public Guid? PartnerId { get; set; }
        public int? Understood { get; set; }
        public int? CanApply { get; set; }
        public string? Hard { get; set; }
    }

    public async Task<SessionParticipant> HandleAsync(Guid sessionId, Command c, CancellationToken ct = default)
    {
        var me = access.User;
        var staff = access.MayPlan;
        if (!staff && !me.IsPartner)
        {
            throw new DomainException("training.forbidden", null, ErrorKind.Forbidden);
        }

        var session = await access.RequireSessionAsync(sessionId, ct);
        var own = staff ? null : (await me.ScopeAsync(ct)).PartnerId;
        var partnerId = c.PartnerId ?? own;
        if (own is not null && partnerId != own)
        {
            // A partner answers for themself; another partner's answers are not theirs to see or write.
            throw new DomainException("training.participant.notfound", "PartnerId", ErrorKind.NotFound);
        }

        var participant = partnerId is { } p ? session.Participant(p) : null;
        if (participant is null)
        {
            var errors = new List<DomainException> { new("training.feedback.notpresent", "PartnerId") };
            TrainingOutcomes.CheckScore(c.Understood, "Understood", errors);
            TrainingOutcomes.CheckScore(c.CanApply, "CanApply", errors);
            throw new DomainValidationException(errors);
        }

        participant.RecordFeedback(c.Understood, c.CanApply, c.Hard, clock.Today());
        await db.SaveChangesAsync(ct);
        return participant;
    }
}
