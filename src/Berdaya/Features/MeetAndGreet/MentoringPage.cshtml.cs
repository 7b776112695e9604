using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// A partner's Meet and Greet page (docs/domain.md, Meet and Greet: outcomes): the mentor's mentees, meetings, what came of them and
/// endorsements; the mentee's mentor, meetings and the confidence ratings asked of them, which the partner gives here on their phone
/// (or the field staff for them, with how it was given); each side answers their pairs here.
/// </summary>
public sealed class MentoringPageModel(Mentoring mentoring, Confidence confidence, MatchingRounds rounds, Endorsements endorsements, Mentors mentors, MeetingAccess access,
    Texts texts)
    : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Confidence.Command Rate { get; set; } = new();

    [BindProperty]
    public Mentors.Command Volunteer { get; set; } = new();

    public MentoringView View { get; private set; } = null!;
    public bool ByPartner => access.IsPartner;
    public bool MayAct => access.IsField || access.IsPartner;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Rate.RatedOn = access.Today;
        if (View.Offer is { } offer)
        {
            Volunteer = new Mentors.Command { Capacity = offer.Capacity, TravelKm = offer.TravelKm, Topics = offer.Topics.ToList() };
        }
    }

    /// <summary>The partner, or the field staff for them, offers to mentor (docs/domain.md, Meet and Greet: mentors); a newer offer replaces the one in force.</summary>
    public async Task<IActionResult> OnPostVolunteerAsync(CancellationToken ct)
    {
        await mentors.VolunteerAsync(Id, Volunteer, ct);
        TempData["Flash"] = texts.Get("mentoring.volunteered", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/mentoring");
    }

    public async Task<IActionResult> OnPostRateAsync(Guid roundId, CancellationToken ct)
    {
        await confidence.RateAsync(roundId, Id, Rate, ct);
        TempData["Flash"] = texts.Get("mentoring.rated", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/mentoring");
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid pairId, string side, bool agree, CancellationToken ct)
    {
        await rounds.AnswerAsync(pairId, new MatchingRounds.AnswerCommand { Side = side, Agree = agree }, ct);
        TempData["Flash"] = texts.Get("matching.answered", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/mentoring");
    }

    [BindProperty]
    public Endorsements.Command Endorse { get; set; } = new();

    /// <summary>A mentor, signed in, endorses a mentee they met.</summary>
    public async Task<IActionResult> OnPostEndorseAsync(Guid menteeId, CancellationToken ct)
    {
        await endorsements.WriteAsync(menteeId, Endorse, ct);
        TempData["Flash"] = texts.Get("endorsement.saved", CultureInfo.CurrentUICulture);
        return Redirect($"/partners/{Id}/mentoring");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct) => View = await mentoring.GetAsync(Id, ct);

    public static string Side(MentoringPair p) => p.AsMentor ? "Mentor" : "Mentee";

    public static bool Waiting(MentoringPair p) => p.State == PairState.Accepted && (p.AsMentor ? p.MentorAgreed : p.MenteeAgreed) is null;
}
