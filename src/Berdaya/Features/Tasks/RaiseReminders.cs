using Berdaya.Data;
using Berdaya.Domain.Jobs;
using Berdaya.Domain.Reminders;
using Berdaya.Web;
using Berdaya.Web.Home;
using Berdaya.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Tasks;

/// <summary>
/// The reminder job (docs/domain.md, Reminders and the work list): once a day it asks every feature what has come
/// due and raises each reminder once. Safe on several nodes: a reminder's key is unique, so a node that loses
/// the race for a key skips it, and a day already done is not run again.
/// </summary>
[FeatureService]
public sealed class RaiseReminders(AppDbContext db, IEnumerable<IReminderSource> sources, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "reminders";
    private const int BatchSize = 500;

    public string Name => JobName;

    public Task<DateOnly?> DueAsync(DateOnly today, CancellationToken ct) => OncePerDay.DueAsync(db, JobName, today, clock, ct);

    public async Task<string?> RunAsync(DateOnly businessDate, JobProgress progress, CancellationToken ct)
    {
        var list = sources.ToList();
        var raised = 0;
        var seen = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var batch = new List<ReminderDraft>(BatchSize);
            await foreach (var draft in list[i].DueAsync(db, businessDate, ct))
            {
                seen++;
                batch.Add(draft);
                if (batch.Count == BatchSize)
                {
                    raised += await RaiseAsync(batch, ct);
                    batch.Clear();
                }
            }

            raised += await RaiseAsync(batch, ct);
            await progress.ReportAsync(i + 1, list.Count, ct);
        }

        return $"{raised} raised, {seen - raised} raised before";
    }

    /// <summary>Raises the drafts whose key is new; returns how many were.</summary>
    public async Task<int> RaiseAsync(IReadOnlyList<ReminderDraft> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0)
        {
            return 0;
        }

        var unique = drafts.GroupBy(d => d.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var keys = unique.Select(d => d.Key).ToList();
        var known = (await db.Reminders.Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        // In key order, so two nodes inserting the same keys take their locks in the same order.
        var fresh = unique.Where(d => !known.Contains(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal).Select(ToReminder).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        db.Reminders.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (Exception ex) when ((ex is DbUpdateException u && DbErrors.IsUniqueViolation(u)) || DbErrors.IsDeadlock(ex))
        {
            // Another node raised some of these keys between the read and the write: one at a time, each once.
            db.ChangeTracker.Clear();
            var count = 0;
            foreach (var r in fresh)
            {
                db.Reminders.Add(r);
                try
                {
                    await db.SaveChangesAsync(ct);
                    count++;
                }
                catch (DbUpdateException again) when (DbErrors.IsUniqueViolation(again))
                {
                }

                db.ChangeTracker.Clear();
            }

            return count;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private Reminder ToReminder(ReminderDraft d) => new(d.Key, d.Kind, d.ProgramId, d.DueOn, d.Subject, d.Href, d.PartnerId, d.VillageCode,
        d.AssigneeUserId, d.WhatsAppMessage, clock.GetUtcNow());
}
