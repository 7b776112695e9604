using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Features.Markets.Supply;
using Berdaya.Features.Monitoring;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// A meeting (docs/domain.md, Meet and Greet: meetings): who came, topics, what was agreed, its follow-ups, and the collaborations that
/// came from it, with the forms to add either for field staff.
/// </summary>
public sealed class MeetingPageModel(Meetings meetings, Collaborations collaborations, MeetingAccess access, FollowUpOwners owners, Texts texts,
    MonitoringAccess followUps, Web.Auth.CurrentUser me) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Meetings.FollowUpInput FollowUp { get; set; } = new();

    [BindProperty]
    public Collaborations.Command Collaboration { get; set; } = new() { Order = new PlaceSupplyOrder.Command() };

    public MeetingView View { get; private set; } = null!;
    public IReadOnlyList<FollowUpOwners.OwnerChoice> Owners { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Variants { get; private set; } = [];
    public bool MayRecord => access.IsField;

    /// <summary>Whether the reader opens the round's page (the office).</summary>
    public bool IsOffice => access.IsOffice;

    /// <summary>The meeting's follow-ups the reader opens (the follow-up page's own scope); the others are shown without a link.</summary>
    public IReadOnlySet<Guid> FollowUpsOpened { get; private set; } = new HashSet<Guid>();

    /// <summary>The partner whose mentoring page a partner user opens (their own); staff and viewers open every attendee's.</summary>
    public Guid? OnlyMentoringOf { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Collaboration.StartedOn = access.Today;
    }

    public async Task<IActionResult> OnPostFollowUpAsync(CancellationToken ct)
    {
        await meetings.AddFollowUpAsync(Id, FollowUp, ct);
        TempData["Flash"] = texts.Get("meeting.followup.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/meetings/{Id}");
    }

    public async Task<IActionResult> OnPostCollaborationAsync(CancellationToken ct)
    {
        await collaborations.RecordAsync(Id, Collaboration, ct);
        TempData["Flash"] = texts.Get("collaboration.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/meetings/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct)
    {
        Collaboration.Order ??= new PlaceSupplyOrder.Command();
        return LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await meetings.GetAsync(Id, ct);
        var ids = View.FollowUps.Select(f => f.Id).ToList();
        FollowUpsOpened = ids.Count == 0 ? new HashSet<Guid>()
            : (await (await followUps.FollowUpsAsync(ct)).Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct)).ToHashSet();
        OnlyMentoringOf = me.IsPartner ? (await me.ScopeAsync(ct)).PartnerId ?? Guid.Empty : null;
        Owners = MayRecord ? await owners.OptionsAsync(View.ProgramId, View.Attendees.Select(a => (a.PartnerId, a.Name)).ToList(), ct) : [];
        Variants = MayRecord ? await collaborations.VariantsAsync(View, ct) : [];
    }
}
