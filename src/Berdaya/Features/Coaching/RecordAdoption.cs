using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>
/// The adoption check (docs/domain.md, Coaching: trainings): the topic's weeks after a session, the facilitator records for
/// each participant whether they used it, with the reason when not. All rows are kept or none.
/// </summary>
[FeatureService]
public sealed class RecordAdoption(AppDbContext db, CoachingAccess access, TimeProvider clock)
{
    public sealed record Row
    {
        public Guid PartnerId { get; set; }
        public bool? Used { get; set; }
        public AdoptionReason? Reason { get; set; }
        public string? ReasonText { get; set; }
    }

    public sealed record Command
    {
        public List<Row>? Rows { get; set; }
    }

    public async Task<TrainingSession> HandleAsync(Guid sessionId, Command c, CancellationToken ct = default)
    {
        access.RequirePlanner();
        var session = await access.RequireSessionAsync(sessionId, ct);
        var weeks = await db.TrainingTopics.Where(t => t.Id == session.TopicId).Select(t => t.AdoptionWeeks).FirstAsync(ct);
        var today = clock.Today();
        var errors = new List<DomainException>();
        var due = session.AdoptionDue(weeks);
        if (!session.IsHeld || due > today)
        {
            throw new DomainValidationException([new DomainException("training.adoption.notdue", "Rows", ErrorKind.Validation, due)]);
        }

        var rows = (c.Rows ?? []).Where(r => r.Used is not null || r.Reason is not null || !string.IsNullOrWhiteSpace(r.ReasonText)).ToList();
        if (rows.Count == 0)
        {
            throw new DomainValidationException([new DomainException("training.adoption.rows.required", "Rows")]);
        }

        for (var i = 0; i < (c.Rows ?? []).Count; i++)
        {
            var row = c.Rows![i];
            if (!rows.Contains(row))
            {
                continue;
            }

            var prefix = $"Rows[{i}].";
            if (session.Participant(row.PartnerId) is not { } participant)
            {
                errors.Add(new DomainException("training.adoption.notpresent", prefix + "PartnerId"));
                continue;
            }

            participant.RecordAdoption(row.Used, row.Reason, row.ReasonText, today, errors, prefix);
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        await db.SaveChangesAsync(ct);
        return session;
    }
}
