using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Reminders;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Home;

/// <summary>
/// The reminders a user sees (docs/domain.md, Reminders and the work list): those assigned to them, and the ones
/// for everybody concerned by scope: a program's officers, the facilitators of the village, the partner
/// themself. Evaluators and viewers see only what is assigned to them by name.
/// </summary>
[FeatureService]
public sealed class ReminderInbox(CurrentUser me, AppDbContext db)
{
    public async Task<IQueryable<Reminder>> VisibleAsync(CancellationToken ct)
    {
        var id = me.Id ?? "";
        var s = await me.ScopeAsync(ct);
        var q = db.Reminders.AsQueryable();
        if (me.IsOfficer)
        {
            var programs = s.ProgramIds.ToList();
            return q.Where(r => r.AssigneeUserId == id || (r.AssigneeUserId == null && programs.Contains(r.ProgramId)));
        }

        if (me.IsFacilitator)
        {
            var programs = s.ProgramIds.ToList();
            var villages = s.VillageCodes.ToList();
            return q.Where(r => r.AssigneeUserId == id
                || (r.AssigneeUserId == null && programs.Contains(r.ProgramId) && r.VillageCode != null && villages.Contains(r.VillageCode)));
        }

        if (me.IsPartner && s.PartnerId is { } partner)
        {
            return q.Where(r => r.AssigneeUserId == id || (r.AssigneeUserId == null && r.PartnerId == partner));
        }

        return q.Where(r => r.AssigneeUserId == id);
    }

    /// <summary>Open reminders for the top bar's count.</summary>
    public async Task<int> OpenCountAsync(CancellationToken ct) =>
        me.Id is null ? 0 : await (await VisibleAsync(ct)).CountAsync(r => r.DoneAt == null, ct);

    /// <summary>The count for the layout: none when it cannot be read (an error page must still render).</summary>
    public async Task<int?> OpenCountOrNoneAsync(CancellationToken ct)
    {
        try
        {
            return await OpenCountAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return null;
        }
    }

    /// <summary>One open reminder the user sees, or 404.</summary>
    public async Task<Reminder> FindAsync(Guid id, CancellationToken ct) =>
        await (await VisibleAsync(ct)).FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new DomainException("reminder.notfound", null, ErrorKind.NotFound);
}
