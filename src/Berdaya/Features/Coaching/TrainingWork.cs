using System.Runtime.CompilerServices;
using Berdaya.Data;
using Berdaya.Domain.Coaching;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>
/// Trainings on the work list (docs/domain.md, Coaching: trainings): for the office, the sessions poorly understood and
/// the topics with low adoption; for the field, the adoption checks that have come due; for a partner, the feedback
/// they have not given yet.
/// </summary>
[FeatureService]
public sealed class TrainingWork(AppDbContext db, CoachingAccess access, CoachingQueries queries, TextsLocalizer t) : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(CancellationToken ct)
    {
        var me = access.User;
        var items = new List<WorkItem>();
        if (me.IsAdmin || me.IsOfficer)
        {
            var s = await me.ScopeAsync(ct);
            var programs = s.IsAdmin ? await db.Programs.Select(p => p.Id).ToListAsync(ct) : s.ProgramIds.ToList();
            var flagged = 0;
            var low = 0;
            var programWithFlags = (Guid?)null;
            foreach (var program in programs)
            {
                if (!await db.TrainingSessions.AnyAsync(x => x.ProgramId == program && x.IsHeld, ct))
                {
                    continue;
                }

                var flags = await queries.FlagsAsync(program, ct);
                flagged += flags.Sessions.Count;
                low += flags.LowAdoption.Count;
                if (flags.Sessions.Count + flags.LowAdoption.Count > 0)
                {
                    programWithFlags ??= program;
                }
            }

            if (flagged + low > 0)
            {
                items.Add(new WorkItem("trainings-flagged", WorkItem.Reports - 5, t["training.work.flagged", flagged, low],
                    $"/trainings/flags?programId={programWithFlags}", flagged + low));
            }
        }

        if (access.MayPlan)
        {
            var due = await DueAdoptionAsync(db, await access.SessionsAsync(ct), access.Today, ct);
            if (due.Count > 0)
            {
                items.Add(new WorkItem("trainings-adoption", WorkItem.Decisions + 5, t["training.work.adoption"],
                    due.Count == 1 ? $"/trainings/{due[0].Id}/adoption" : "/trainings", due.Count, due.Take(3).Select(d => d.Topic).ToList()));
            }
        }
        else if (me.IsPartner && (await me.ScopeAsync(ct)).PartnerId is { } partnerId)
        {
            var waiting = await db.SessionParticipants.Where(p => p.PartnerId == partnerId && p.Attendance == AttendanceState.Attended && p.Understood == null)
                .Select(p => p.SessionId).ToListAsync(ct);
            if (waiting.Count > 0)
            {
                items.Add(new WorkItem("trainings-feedback", WorkItem.Drafts, t["training.work.feedback"], $"/trainings/{waiting[0]}/feedback", waiting.Count));
            }
        }

        return items;
    }

    public sealed record Due(Guid Id, Guid ProgramId, string Topic, DateOnly HeldOn, DateOnly DueOn, string? VillageCode);

    /// <summary>
    /// Held sessions with a participant whose adoption is not recorded yet and whose topic's weeks have passed. Only the
    /// sessions of the last <see cref="TrainingTopic.MaxAdoptionWeeks"/> weeks and one more can come due, so the read
    /// keeps to the date index.
    /// </summary>
    public static async Task<List<Due>> DueAdoptionAsync(AppDbContext db, IQueryable<TrainingSession> sessions, DateOnly today, CancellationToken ct)
    {
        var from = today.AddDays(-7 * (TrainingTopic.MaxAdoptionWeeks + 1));
        var rows = await sessions
            .Where(s => s.IsHeld && s.HeldOn >= from && s.HeldOn <= today
                && s.Participants.Any(p => p.Attendance == AttendanceState.Attended && p.Used == null))
            .Join(db.TrainingTopics, s => s.TopicId, t => t.Id, (s, t) => new { s.Id, s.ProgramId, s.HeldOn, s.VillageCode, t.Name, t.AdoptionWeeks })
            .ToListAsync(ct);
        return rows.Select(r => new Due(r.Id, r.ProgramId, r.Name, r.HeldOn, TrainingOutcomes.AdoptionDue(r.HeldOn, r.AdoptionWeeks), r.VillageCode))
            .Where(d => d.DueOn <= today)
            .OrderBy(d => d.DueOn)
            .ToList();
    }
}

/// <summary>The nightly reminder of an adoption check that has come due (key <c>adoption:{sessionId}</c>), for the program's staff.</summary>
[FeatureService]
public sealed class AdoptionReminders : IReminderSource
{
    public async IAsyncEnumerable<ReminderDraft> DueAsync(AppDbContext db, DateOnly today, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var d in await TrainingWork.DueAdoptionAsync(db, db.TrainingSessions, today, ct))
        {
            yield return new ReminderDraft($"adoption:{d.Id}", "training.reminder.adoption", d.ProgramId, d.DueOn,
                $"{d.Topic} ({d.HeldOn:yyyy-MM-dd})", $"/trainings/{d.Id}/adoption", VillageCode: d.VillageCode);
        }
    }
}
