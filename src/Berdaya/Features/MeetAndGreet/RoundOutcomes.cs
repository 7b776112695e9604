using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record MeetingLine(Guid Id, MeetingKind Kind, DateOnly HeldOn, string Place, string Topics, int Invited, int Came);

public sealed record MenteeOutcome(Guid PartnerId, string Name, string? Mentor, int MeetingsCame, decimal? Before, decimal? After, int Collaborations);

public sealed record RoundOutcome(Guid RoundId, int Meetings, int PairMeetings, int Seminars, int Invited, int Came, decimal? Attendance, int Mentees,
    int RatedBoth, decimal? Before, decimal? After, int Collaborations, int PartnersCollaborating, decimal? CollaborationsPerMentee, RepaymentWindow MenteesBefore,
    RepaymentWindow MenteesAfter, RepaymentWindow OthersBefore, RepaymentWindow OthersAfter, DateOnly WindowStart, DateOnly WindowEnd,
    IReadOnlyList<MeetingLine> MeetingList, IReadOnlyList<MenteeOutcome> PerMentee, IReadOnlyList<CollaborationLine> CollaborationList);

/// <summary>
/// What came of a round (docs/domain.md, Meet and Greet: outcomes): its meetings and attendance, the mentees' confidence before and
/// after, the collaborations per mentee (the old printed list's figure was one in ten), and the mentees' repayment record in the six
/// months before the round and since, beside the coached partners of the same region the round did not reach: a comparison, not proof.
/// </summary>
[FeatureService]
public sealed class RoundOutcomes(AppDbContext db, CurrentUser me, TimeProvider clock, TrustSignals signals)
{
    public const int WindowMonths = 6;

    public async Task<RoundOutcome> GetAsync(Guid roundId, CancellationToken ct)
    {
        if (!(me.IsAdmin || me.IsOfficer || me.IsViewer))
        {
            throw new DomainException("matching.forbidden", null, ErrorKind.Forbidden);
        }

        var s = await me.ScopeAsync(ct);
        var round = await db.MatchingRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || !(s.IsAdmin || s.ProgramIds.Contains(round.ProgramId)))
        {
            throw new DomainException("matching.notfound", "Id", ErrorKind.NotFound);
        }

        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Attendees).Where(m => m.RoundId == roundId).OrderBy(m => m.HeldOn).ToListAsync(ct);
        var pairs = await db.RoundPairs.AsNoTracking().Where(p => p.RoundId == roundId && p.State == PairState.Accepted).ToListAsync(ct);
        var mentees = pairs.Select(p => p.MenteePartnerId)
            .Concat(meetings.Where(m => m.Kind == MeetingKind.Group).SelectMany(m => m.Attendees).Where(a => a.Role == AttendeeRole.Participant).Select(a => a.PartnerId))
            .Distinct().ToList();
        var ratings = await db.ConfidenceRatings.AsNoTracking().Where(r => r.RoundId == roundId).ToListAsync(ct);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var collabs = await db.Collaborations.AsNoTracking().Where(c => meetingIds.Contains(c.MeetingId)).OrderBy(c => c.StartedOn).ToListAsync(ct);
        var people = mentees.Concat(pairs.Select(p => p.MentorPartnerId)).Concat(collabs.SelectMany(c => new[] { c.PartnerId, c.OtherPartnerId })).Distinct().ToList();
        var names = await db.Partners.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);

        var before = ratings.Where(r => r.Moment == ConfidenceMoment.Before).ToDictionary(r => r.PartnerId, r => r.Average);
        var after = ratings.Where(r => r.Moment == ConfidenceMoment.After).ToDictionary(r => r.PartnerId, r => r.Average);
        var both = before.Keys.Where(after.ContainsKey).ToList();
        var invited = meetings.Sum(m => m.Attendees.Count);
        var came = meetings.Sum(m => m.Attendees.Count(a => a.Came));
        var collaborating = collabs.SelectMany(c => new[] { c.PartnerId, c.OtherPartnerId }).Where(mentees.Contains).Distinct().Count();

        // The comparison: coached partners in a group in the round's region whom the round did not reach (not mentees, not mentors).
        var to = round.RegionCode + "~";
        var mentors = await db.MentorOffers.AsNoTracking().Where(o => o.ProgramId == round.ProgramId).Select(o => o.PartnerId).Distinct().ToListAsync(ct);
        var others = (await db.Partners.AsNoTracking()
                .Where(p => p.ProgramId == round.ProgramId && p.Status == PartnerStatus.Active && p.VillageCode.CompareTo(round.RegionCode) >= 0 && p.VillageCode.CompareTo(to) < 0
                            && db.GroupMemberships.Any(m => m.ActivePartnerId == p.Id))
                .Select(p => p.Id).ToListAsync(ct))
            .Where(p => !mentees.Contains(p) && !mentors.Contains(p)).ToList();
        var pivot = round.StartedOn;
        var start = pivot.AddMonths(-WindowMonths);
        var end = pivot.AddMonths(WindowMonths);
        var today = clock.Today();
        var afterEnd = end < today.AddDays(1) ? end : today.AddDays(1);

        var mentorOf = pairs.ToDictionary(p => p.MenteePartnerId, p => names.GetValueOrDefault(p.MentorPartnerId));
        var perMentee = mentees.Select(id => new MenteeOutcome(id, names.GetValueOrDefault(id, "?"), mentorOf.GetValueOrDefault(id),
                meetings.Count(m => m.Came(id)), before.TryGetValue(id, out var b) ? b : null, after.TryGetValue(id, out var a) ? a : null,
                collabs.Count(c => c.PartnerId == id || c.OtherPartnerId == id)))
            .OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
        return new RoundOutcome(round.Id, meetings.Count, meetings.Count(m => m.Kind == MeetingKind.Pair), meetings.Count(m => m.Kind == MeetingKind.Group), invited, came,
            invited == 0 ? null : Math.Round(100m * came / invited, 1), mentees.Count, both.Count,
            both.Count == 0 ? null : Math.Round(both.Average(p => before[p]), 2), both.Count == 0 ? null : Math.Round(both.Average(p => after[p]), 2),
            collabs.Count, collaborating, mentees.Count == 0 ? null : Math.Round((decimal)collabs.Count / mentees.Count, 2),
            await signals.WindowAsync(mentees, start, pivot, ct), await signals.WindowAsync(mentees, pivot, afterEnd, ct),
            await signals.WindowAsync(others, start, pivot, ct), await signals.WindowAsync(others, pivot, afterEnd, ct), start, afterEnd.AddDays(-1),
            meetings.Select(m => new MeetingLine(m.Id, m.Kind, m.HeldOn, m.Place, m.Topics, m.Attendees.Count, m.Attendees.Count(a => a.Came))).ToList(),
            perMentee, collabs.Select(c => Collaborations.Line(c, names, meetings.First(m => m.Id == c.MeetingId).HeldOn)).ToList());
    }
}
