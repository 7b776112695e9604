using Berdaya.Data;

namespace Berdaya.Web.Home;

/// <summary>
/// A feature's part of the reminder job (docs/domain.md, Reminders and the work list): what has come due on
/// <c>today</c> in that feature, across the whole deployment. The job asks every source marked
/// <see cref="FeatureServiceAttribute"/> and raises each draft once: <see cref="ReminderDraft.Key"/> is unique,
/// so a draft already raised (by this run, an earlier one, or another app node) is skipped. A source reads with
/// a date window on an indexed column, never a whole table, because it runs over every program at once.
/// </summary>
public interface IReminderSource
{
    IAsyncEnumerable<ReminderDraft> DueAsync(AppDbContext db, DateOnly today, CancellationToken ct);
}

/// <summary>
/// One reminder to raise. <see cref="Key"/> names the thing and the moment ("legality:{id}:90"), at most 120
/// characters. <see cref="Kind"/> is a text key (its text takes <see cref="Subject"/> as {0}). Who sees it:
/// <see cref="AssigneeUserId"/> when set (that user alone); otherwise the program's officers, the facilitators of
/// <see cref="VillageCode"/>, and the partner themself when <see cref="PartnerId"/> is set.
/// <see cref="WhatsAppMessage"/> is the Bahasa Indonesia message a facilitator sends the partner (a wa.me link to
/// the partner's phone), null when the reminder is not for a partner.
/// </summary>
public sealed record ReminderDraft(
    string Key,
    string Kind,
    Guid ProgramId,
    DateOnly DueOn,
    string Subject,
    string Href,
    Guid? PartnerId = null,
    string? VillageCode = null,
    string? AssigneeUserId = null,
    string? WhatsAppMessage = null);
