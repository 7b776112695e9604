using Berdaya.Data;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Tasks;

/// <summary>One reminder as the user sees it: its text in their language, and a WhatsApp link to the partner for staff who may see the phone.</summary>
public sealed record TaskRow(Guid Id, string Kind, string Text, DateOnly DueOn, string Href, DateTimeOffset RaisedAt, bool Done, string? WhatsApp);

/// <summary>A page of reminders and, on the first page, the live work list.</summary>
public sealed record TaskPage(IReadOnlyList<WorkItem> Work, IReadOnlyList<TaskRow> Reminders, int Open, int Page, bool More);

/// <summary>
/// The user's work list (docs/domain.md, Reminders and the work list): what the features say is waiting now, then
/// the reminders raised for them, newest first.
/// </summary>
[FeatureService]
public sealed class TaskList(ReminderInbox inbox, CurrentUser me, AppDbContext db, IEnumerable<IWorkSource> sources, TextsLocalizer t,
    TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<TaskPage> HandleAsync(int page, bool done, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, 10_000);
        var work = new List<WorkItem>();
        if (page == 1 && !done)
        {
            // One after the other: the sources share the request's database context.
            foreach (var source in sources)
            {
                work.AddRange(await source.ItemsAsync(ct));
            }
        }

        var visible = await inbox.VisibleAsync(ct);
        var open = await visible.CountAsync(r => r.DoneAt == null, ct);
        var rows = await visible.Where(r => done ? r.DoneAt != null : r.DoneAt == null)
            .OrderByDescending(r => r.DueOn).ThenByDescending(r => r.RaisedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(r => new { r.Id, r.Kind, r.Subject, r.DueOn, r.Href, r.RaisedAt, r.DoneAt, r.WhatsAppMessage, r.PartnerId })
            .ToListAsync(ct);
        var partnerIds = rows.Where(r => r.WhatsAppMessage != null && r.PartnerId != null).Select(r => r.PartnerId!.Value).Distinct().ToList();
        var phones = me.MaySeeContact && partnerIds.Count > 0
            ? await (await me.PartnersAsync(ct)).Where(p => partnerIds.Contains(p.Id)).Select(p => new { p.Id, p.Phone }).ToDictionaryAsync(p => p.Id, p => p.Phone, ct)
            : [];
        var list = rows.Take(PageSize).Select(r => new TaskRow(r.Id, r.Kind, t[r.Kind, r.Subject].Value, r.DueOn, r.Href, r.RaisedAt, r.DoneAt != null,
            r.WhatsAppMessage is { } m && r.PartnerId is { } p && phones.TryGetValue(p, out var phone) ? Phone.WhatsAppLink(phone, m) : null)).ToList();
        return new TaskPage(work.OrderBy(i => i.Order).ThenBy(i => i.Id, StringComparer.Ordinal).ToList(), list, open, page, rows.Count > PageSize);
    }

    /// <summary>Marks a reminder dealt with; one the user does not see is not found (404).</summary>
    public async Task MarkDoneAsync(Guid id, CancellationToken ct)
    {
        var reminder = await inbox.FindAsync(id, ct);
        if ((me.IsViewer || me.IsEvaluator) && reminder.AssigneeUserId != me.Id)
        {
            throw new Domain.Common.DomainException("reminder.forbidden", null, Domain.Common.ErrorKind.Forbidden);
        }

        if (reminder.MarkDone(me.RequiredId, clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
