using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Fund;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>
/// The sign-in sheet (docs/domain.md, Coaching: trainings): who came, the rest of the invited recorded absent. It marks the
/// session held, posts its cost to the fund's ledger as a coaching grant (once) and puts the training on the timeline of
/// each participant's group, as Empowering.
/// </summary>
[FeatureService]
public sealed class RecordAttendance(AppDbContext db, CoachingAccess access, FundLedger fund, TimeProvider clock)
{
    public sealed record Command
    {
        public List<Guid>? Present { get; set; }
    }

    public async Task<TrainingSession> HandleAsync(Guid sessionId, Command c, CancellationToken ct = default)
    {
        access.RequirePlanner();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var session = await access.RequireSessionAsync(sessionId, ct);
        await fund.LockAsync(session.ProgramId, ct);
        var present = (c.Present ?? []).ToHashSet();
        session.RecordAttendance(present, clock.Today());

        var topic = await db.TrainingTopics.Where(t => t.Id == session.TopicId).Select(t => t.Name).FirstAsync(ct);
        var now = clock.GetUtcNow();
        if (session.Cost > 0)
        {
            var available = await fund.AvailableOnAsync(session.ProgramId, session.HeldOn, ct);
            if (session.Cost > available)
            {
                throw new DomainValidationException([new DomainException("fund.cost.insufficient", "Cost", ErrorKind.Validation, Math.Max(0m, available), session.HeldOn)]);
            }

            var entry = JournalEntry.ForFundMovement(session.ProgramId, session.HeldOn, EntryKind.CoachingGrant, session.Cost,
                CostDescription(topic, session), access.User.RequiredId, now);
            db.JournalEntries.Add(entry);
            session.CostPosted(entry.Id);
        }

        var came = present.ToList();
        var groups = await db.GroupMemberships.Where(m => m.ActivePartnerId != null && came.Contains(m.ActivePartnerId.Value))
            .GroupBy(m => m.GroupId).Select(g => new { GroupId = g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var g in groups)
        {
            db.Timeline.Add(new TimelineEvent(session.ProgramId, g.GroupId, null, session.HeldOn, FivePApproach.Empowering, "training.held",
                $"{topic}: {session.Place} ({g.Count} hadir)", nameof(TrainingSession), session.Id, now));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return session;
    }

    /// <summary>The ledger line names the session it pays for (docs/domain.md, The ledger).</summary>
    public static string CostDescription(string topic, TrainingSession session) =>
        $"Pelatihan {topic}, {session.Place} (sesi {session.Id.ToString("N")[..8]})";
}
