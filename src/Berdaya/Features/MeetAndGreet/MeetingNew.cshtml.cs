using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// Recording a held meeting (docs/domain.md, Meet and Greet: meetings): a kept pair both agreed to, or a proposed peer seminar; who
/// came, the date and place, the topics, what was agreed, and up to three follow-ups.
/// </summary>
public sealed class MeetingNewModel(Meetings meetings, Texts texts, MeetingAccess access) : PageModel, IFormPage
{
    public const int FollowUpRows = 3;

    /// <summary>Whether the reader opens the round's page (the office).</summary>
    public bool IsOffice => access.IsOffice;

    [FromQuery(Name = "pair")]
    public Guid? PairId { get; set; }

    [FromQuery(Name = "round")]
    public Guid? RoundId { get; set; }

    [FromQuery(Name = "seminar")]
    public int? Seminar { get; set; }

    [BindProperty]
    public Meetings.Command Meeting { get; set; } = new();

    public MeetingDraft Draft { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Meeting.HeldOn = access.Today;
        Meeting.Came = Draft.Invited.Select(i => i.PartnerId).ToList();
        if (Draft.Topic is { } need)
        {
            Meeting.Topics = texts.Get($"enum.NeedKind.{need}", CultureInfo.CurrentUICulture);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Meeting.Kind = Draft.Kind;
        Meeting.PairId = Draft.PairId;
        Meeting.RoundId = Draft.RoundId;
        Meeting.SpeakerId = Draft.SpeakerId;
        Meeting.Participants = Draft.Invited.Where(i => i.Role == AttendeeRole.Participant).Select(i => i.PartnerId).ToList();
        var m = await meetings.RecordAsync(Meeting, ct);
        TempData["Flash"] = texts.Get("meeting.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/meetings/{m.Id}");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => Task.CompletedTask;

    private async Task LoadAsync(CancellationToken ct)
    {
        Draft = await meetings.DraftAsync(PairId, RoundId, Seminar, ct);
        Meeting.FollowUps ??= [];
        while (Meeting.FollowUps.Count < FollowUpRows)
        {
            Meeting.FollowUps.Add(new Meetings.FollowUpInput());
        }
    }
}
