using Berdaya.Data;
using Berdaya.Domain.Proposals;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Home;

/// <summary>
/// The start of each role's day: what is waiting for the user, gathered from every feature's <see cref="IWorkSource"/>
/// (the home page knows none of them), the reports they read, and for staff the counts of what they may see.
/// </summary>
public sealed class IndexModel(CurrentUser me, AppDbContext db, IEnumerable<IWorkSource> sources, ReminderInbox inbox, Web.Localization.TextsLocalizer t,
    ProgramScope scope) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public List<Tile> Tiles { get; } = [];

    /// <summary>What waits for the user, in the sources' order.</summary>
    public List<WorkItem> Work { get; } = [];

    /// <summary>The reports the user reads (links without counts).</summary>
    public List<WorkItem> Reading { get; } = [];

    /// <summary>The newest open reminders (the first of /tasks) and how many are open.</summary>
    public List<(string Text, DateOnly DueOn, string Href)> Reminders { get; } = [];

    public int OpenReminders { get; private set; }

    /// <summary>A partner's own page (their business, group and loans).</summary>
    public Guid? PartnerId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = me.RequiredId;
        DisplayName = await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? me.Name ?? "";

        // One after the other: the sources share the request's database context.
        var items = new List<WorkItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ItemsAsync(ct));
        }

        foreach (var item in items.OrderBy(i => i.Order).ThenBy(i => i.Id, StringComparer.Ordinal))
        {
            (item.Order >= WorkItem.Reports ? Reading : Work).Add(item);
        }

        var visible = (await inbox.VisibleAsync(ct)).Where(r => r.DoneAt == null);
        OpenReminders = await visible.CountAsync(ct);
        foreach (var r in await visible.OrderByDescending(r => r.DueOn).ThenByDescending(r => r.RaisedAt).Take(3)
                     .Select(r => new { r.Kind, r.Subject, r.DueOn, r.Href }).ToListAsync(ct))
        {
            Reminders.Add((t[r.Kind, r.Subject].Value, r.DueOn, r.Href));
        }

        if (me.IsPartner)
        {
            PartnerId = (await me.ScopeAsync(ct)).PartnerId;
            return;
        }

        var partners = await me.PartnersAsync(ct);
        var groups = await me.GroupsAsync(ct);
        var groupIds = groups.Select(g => g.Id);
        Tiles.Add(new Tile("home.partners", "/partners", await partners.CountAsync(p => p.Status != Domain.Partners.PartnerStatus.Independent, ct)));
        Tiles.Add(new Tile("home.groups", "/groups", await groups.CountAsync(ct)));
        if (me.MayRegister)
        {
            Tiles.Add(new Tile("home.socializations", "/socializations", await (await me.SocializationsAsync(ct)).CountAsync(ct)));
        }

        Tiles.Add(new Tile("home.proposals.open", "/proposals",
            await db.Proposals.CountAsync(p => groupIds.Contains(p.GroupId) && p.Status != ProposalStatus.Decided, ct)));
        if ((me.IsAdmin || me.IsOfficer || me.IsViewer) && await scope.ChoicesAsync(ct) is [var program, ..])
        {
            Classes = await new ClassHistoryReader(db).ReadAsync(program.Id, ct);
        }
    }

    /// <summary>The first program's outstanding principal by class at the month ends the closes kept (docs/domain.md, Impact), for the office and management.</summary>
    public PortfolioClassHistory Classes { get; private set; } = new([], null);

    public sealed record Tile(string Label, string Href, int Count);
}
