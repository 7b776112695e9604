using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Exhibitions;

/// <summary>
/// One exhibition: its details and invitations, the program's partners ranked for it with the reason for each one left
/// out, the invite button (with the override reason for one who is not eligible) and, once it has started, attendance.
/// </summary>
public sealed class DetailsModel(ExhibitionQueries queries, ExhibitionEligibility eligibility, InviteToExhibition invite,
    RecordExhibitionAttendance attendance, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public InviteToExhibition.Command Invite { get; set; } = new();

    [BindProperty]
    public RecordExhibitionAttendance.Command Attendance { get; set; } = new();

    public ExhibitionDetails Details { get; private set; } = null!;

    public EligibilityView Eligible { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        await invite.HandleAsync(Id, Invite, ct);
        TempData["Flash"] = texts.Get("exhibitions.invited", CultureInfo.CurrentUICulture);
        return Redirect($"/exhibitions/{Id}#invitations");
    }

    public async Task<IActionResult> OnPostAttendanceAsync(CancellationToken ct)
    {
        await attendance.HandleAsync(Id, Attendance, ct);
        TempData["Flash"] = texts.Get("exhibitions.attendance.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/exhibitions/{Id}#invitations");
    }

    /// <summary>The invite form is a button on each row: its refusal (the partner's reason) is shown above the table.</summary>
    public string? KeyOf(string field) => field is "Present" or "Cost" ? "Attendance.Present" : "";

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await queries.DetailsAsync(Id, ct);
        Eligible = await eligibility.ForAsync(Id, PageNumber, ct);
    }
}
