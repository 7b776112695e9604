using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Coaching;

/// <summary>The sign-in sheet on a phone: tick who came, one short form.</summary>
public sealed class AttendanceModel(CoachingQueries queries, CoachingAccess access, RecordAttendance record, TextsLocalizer t) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RecordAttendance.Command Input { get; set; } = new();

    public CoachingQueries.SessionDetails Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        access.RequirePlanner();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        access.RequirePlanner();
        await record.HandleAsync(Id, Input, ct);
        TempData["Flash"] = t["training.attendance.saved"].Value;
        return Redirect($"/trainings/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct) => Session = await queries.SessionAsync(Id, ct);
}
