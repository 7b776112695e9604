using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

public sealed class NewVisitModel(RecordVisit record, MonitoringAccess access, FollowUpOwners owners, CurrentUser me, AppDbContext db, Texts texts)
    : PageModel, IFormPage
{
    public const int FindingRows = 3;
    public const int FollowUpRows = 2;

    [BindProperty]
    public RecordVisit.Command Input { get; set; } = new();

    public Guid? GroupId { get; private set; }
    public string? GroupName { get; private set; }
    public List<(Guid Id, string Name)> Groups { get; private set; } = [];
    public List<(Guid Id, string Name)> Members { get; private set; } = [];
    public List<MonitoringQueries.HelpItem> OpenHelp { get; private set; } = [];
    public List<FollowUpOwners.OwnerChoice> Owners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? groupId, CancellationToken ct)
    {
        access.RequireStaff();
        Input.GroupId = groupId;
        Input.VisitedOn = access.Today;
        Input.Visitors = me.Id is null ? null : await db.Users.Where(u => u.Id == me.Id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        await LoadAsync(ct);
        Input.PartnerIds = Members.Select(m => m.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        access.RequireStaff();
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var visit = await record.HandleAsync(Input, ct);
        TempData["Flash"] = texts.Get("monitoring.visit.saved", System.Globalization.CultureInfo.CurrentUICulture);
        return Redirect($"/visits/{visit.Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        GroupId = Input.GroupId;
        if (GroupId is not { } groupId)
        {
            Groups = (await (await me.GroupsAsync(ct)).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).Take(500).ToListAsync(ct))
                .Select(g => (g.Id, g.Name)).ToList();
            return;
        }

        var group = await (await me.GroupsAsync(ct)).Where(g => g.Id == groupId).Select(g => new { g.Name, g.ProgramId }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("group.notfound", "GroupId", ErrorKind.NotFound);
        GroupName = group.Name;
        Members = (await db.GroupMemberships.Where(m => m.GroupId == groupId && m.ActivePartnerId != null)
                .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName })
                .ToListAsync(ct))
            .OrderBy(p => p.OwnerName, StringComparer.CurrentCulture).Select(p => (p.Id, p.OwnerName)).ToList();
        var memberIds = Members.Select(m => m.Id).ToList();
        OpenHelp = await db.HelpRequests.Where(h => memberIds.Contains(h.PartnerId) && h.State == HelpRequestState.Open)
            .Join(db.Partners, h => h.PartnerId, p => p.Id, (h, p) => new MonitoringQueries.HelpItem(h.Id, h.PartnerId, p.OwnerName, h.Kind, h.Description,
                h.AskedOn, h.State, h.Answer, h.ClosedOn, h.AnsweredByVisitId))
            .ToListAsync(ct);
        Owners = await owners.OptionsAsync(group.ProgramId, Members, ct);
        Input.Location ??= new RecordVisit.LocationInput();
        while (Input.Findings.Count < FindingRows)
        {
            Input.Findings.Add(new RecordVisit.FindingInput());
        }

        while (Input.FollowUps.Count < FollowUpRows)
        {
            Input.FollowUps.Add(new RecordVisit.FollowUpInput());
        }

        foreach (var m in Members.Where(m => !Input.PartnerAdvice.Exists(a => a.PartnerId == m.Id)))
        {
            Input.PartnerAdvice.Add(new RecordVisit.PartnerAdviceInput { PartnerId = m.Id });
        }
    }
}
