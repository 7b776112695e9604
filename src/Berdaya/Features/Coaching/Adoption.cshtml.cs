using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Coaching;

/// <summary>The adoption check, the topic's weeks after the session: one row per participant who came.</summary>
public sealed class AdoptionModel(CoachingQueries queries, CoachingAccess access, RecordAdoption record, TextsLocalizer t) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RecordAdoption.Command Input { get; set; } = new();

    public CoachingQueries.SessionDetails Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        access.RequirePlanner();
        await LoadAsync(ct);
        Input.Rows = Session.Participants.Where(p => p.Attendance == AttendanceState.Attended)
            .Select(p => new RecordAdoption.Row { PartnerId = p.PartnerId, Used = p.Used, Reason = p.Reason, ReasonText = p.ReasonText }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        access.RequirePlanner();
        await record.HandleAsync(Id, Input, ct);
        TempData["Flash"] = t["training.adoption.saved"].Value;
        return Redirect($"/trainings/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    public string NameOf(Guid partnerId) => Session.Participants.FirstOrDefault(p => p.PartnerId == partnerId)?.Name ?? "";

    private async Task LoadAsync(CancellationToken ct) => Session = await queries.SessionAsync(Id, ct);
}
