using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Berdaya.Features.Coaching;

/// <summary>Three questions after a session: the partner answers on their phone, or staff enter the answers for them.</summary>
public sealed class FeedbackModel(CoachingQueries queries, CoachingAccess access, RecordFeedback record, TextsLocalizer t) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RecordFeedback.Command Input { get; set; } = new();

    public CoachingQueries.SessionDetails Session { get; private set; } = null!;
    public List<SelectListItem> Participants { get; private set; } = [];

    /// <summary>Staff pick the participant; a partner answers for themself.</summary>
    public bool ChooseParticipant => Session.MayRun;

    public static IReadOnlyList<SelectListItem> Scores { get; } =
        Enumerable.Range(TrainingOutcomes.MinScore, TrainingOutcomes.MaxScore).Select(i => new SelectListItem(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public async Task<IActionResult> OnGetAsync(Guid? partnerId, CancellationToken ct)
    {
        Refuse();
        Input.PartnerId = partnerId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Refuse();
        await record.HandleAsync(Id, Input, ct);
        TempData["Flash"] = t["training.feedback.saved"].Value;
        return Redirect(access.MayPlan ? $"/trainings/{Id}/feedback" : $"/trainings/{Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private void Refuse()
    {
        if (!access.MayPlan && !access.User.IsPartner)
        {
            throw new DomainException("training.forbidden", null, ErrorKind.Forbidden);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Session = await queries.SessionAsync(Id, ct);
        Participants = Session.Participants.Where(p => p.Attendance == AttendanceState.Attended)
            .Select(p => new SelectListItem(p.Understood is null ? p.Name : $"{p.Name} ✓", p.PartnerId.ToString())).ToList();
    }
}
