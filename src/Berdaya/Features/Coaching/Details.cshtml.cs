using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Coaching;

/// <summary>One session: its facts, participants, answers and adoption, and the invitation form while it is planned.</summary>
public sealed class DetailsModel(CoachingQueries queries, CoachingAccess access, InviteParticipants invite, TextsLocalizer t) : PageModel, IFormPage
{
    /// <summary>Partners offered for a hand-picked invitation, at most this many (the others by group, village or need).</summary>
    public const int MaxCandidates = 100;

    /// <summary>Whether the reader opens the catalogue's pages (providers); partners read a session without them.</summary>
    public bool MayReadCatalogue => access.MayReadCatalogue;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InviteParticipants.Command Invite { get; set; } = new();

    public CoachingQueries.SessionDetails Session { get; private set; } = null!;
    public List<SelectListItem> Groups { get; private set; } = [];
    public List<(Guid Id, string Name)> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var added = await invite.HandleAsync(Id, Invite, ct);
        TempData["Flash"] = t["training.invited", added].Value;
        return Redirect($"/trainings/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Session = await queries.SessionAsync(Id, ct);
        if (Session.MayRun && !Session.IsHeld)
        {
            Groups = await (await access.User.GroupsAsync(ct)).Where(g => g.ProgramId == Session.ProgramId).OrderBy(g => g.Name)
                .Select(g => new SelectListItem(g.Name, g.Id.ToString())).ToListAsync(ct);
            var invited = Session.Participants.Select(p => p.PartnerId).ToList();
            Candidates = (await (await access.User.PartnersAsync(ct)).Where(p => p.ProgramId == Session.ProgramId && !invited.Contains(p.Id))
                    .OrderBy(p => p.OwnerName).Take(MaxCandidates).Select(p => new { p.Id, p.OwnerName }).ToListAsync(ct))
                .Select(p => (p.Id, p.OwnerName)).ToList();
        }
    }
}
