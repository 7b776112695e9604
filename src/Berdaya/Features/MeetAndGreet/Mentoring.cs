using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record MentoringPair(Guid Id, Guid RoundId, string Round, bool AsMentor, Guid OtherId, string Other, string Reasons, PairState State, bool? MentorAgreed,
    bool? MenteeAgreed, int Meetings);

public sealed record RatingDue(Guid RoundId, string Round, ConfidenceMoment Moment);

public sealed record MentoringView(Guid PartnerId, string OwnerName, MentorLine? Offer, IReadOnlyList<MentoringPair> Pairs, IReadOnlyList<MeetingLine> Meetings,
    IReadOnlyList<CollaborationLine> Collaborations, IReadOnlyList<ConfidenceLine> Ratings, IReadOnlyList<RatingDue> Due, IReadOnlyList<EndorsementLine> Endorsements,
    Signals Signals);

/// <summary>
/// A partner's Meet and Greet (docs/domain.md, Meet and Greet: outcomes): as a mentor, their offer, mentees, meetings, what came of
/// them and their endorsements; as a mentee, their mentor, meetings, and the confidence ratings asked of them. The partner sees their
/// own; staff and viewers a partner in their scope.
/// </summary>
[FeatureService]
public sealed class Mentoring(AppDbContext db, MeetingAccess access, TrustSignals signals, Confidence confidence, Web.Localization.Texts texts)
{
    public async Task<MentoringView> GetAsync(Guid partnerId, CancellationToken ct)
    {
        access.RequireReader();
        var scope = await access.PartnerIdsAsync(ct);
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId && scope.Contains(p.Id)).Select(p => new { p.Id, p.OwnerName, p.BusinessName, p.ProgramId })
                          .FirstOrDefaultAsync(ct)
                      ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
        var offer = await db.MentorOffers.AsNoTracking().Where(o => o.PartnerId == partnerId && o.WithdrawnAt == null).OrderByDescending(o => o.OfferedOn)
            .FirstOrDefaultAsync(ct);
        var pairs = await db.RoundPairs.AsNoTracking().Where(p => p.MentorPartnerId == partnerId || p.MenteePartnerId == partnerId)
            .Where(p => p.State != PairState.Proposed && p.State != PairState.Removed).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Attendees).Where(m => m.Attendees.Any(a => a.PartnerId == partnerId))
            .OrderByDescending(m => m.HeldOn).Take(100).ToListAsync(ct);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var collabs = await db.Collaborations.AsNoTracking().Where(c => c.PartnerId == partnerId || c.OtherPartnerId == partnerId).OrderByDescending(c => c.StartedOn)
            .Take(100).ToListAsync(ct);
        var ratings = await db.ConfidenceRatings.AsNoTracking().Where(r => r.PartnerId == partnerId).OrderBy(r => r.RatedOn).ToListAsync(ct);
        var roundIds = pairs.Select(p => p.RoundId).Concat(meetings.Where(m => m.RoundId != null).Select(m => m.RoundId!.Value)).Distinct().ToList();
        var rounds = await db.MatchingRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var people = pairs.SelectMany(p => new[] { p.MentorPartnerId, p.MenteePartnerId }).Concat(collabs.SelectMany(c => new[] { c.PartnerId, c.OtherPartnerId }))
            .Distinct().ToList();
        var names = await db.Partners.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var signalsOf = await signals.ForAsync([partnerId], ct);
        var mine = signalsOf[partnerId];
        var meetingDays = meetings.ToDictionary(m => m.Id, m => m.HeldOn);
        var collabMeetings = collabs.Select(c => c.MeetingId).Where(id => !meetingDays.ContainsKey(id)).Distinct().ToList();
        foreach (var m in await db.Meetings.AsNoTracking().Where(m => collabMeetings.Contains(m.Id)).Select(m => new { m.Id, m.HeldOn }).ToListAsync(ct))
        {
            meetingDays[m.Id] = m.HeldOn;
        }

        // The ratings still asked of the partner: before, until their first meeting; after, once they met.
        var due = new List<RatingDue>();
        foreach (var roundId in roundIds)
        {
            if (!await confidence.IsMenteeAsync(roundId, partnerId, ct))
            {
                continue;
            }

            var cameTo = meetings.Where(m => m.RoundId == roundId && m.Came(partnerId)).ToList();
            var rated = ratings.Where(r => r.RoundId == roundId).Select(r => r.Moment).ToHashSet();
            if (!rated.Contains(ConfidenceMoment.Before) && cameTo.Count == 0)
            {
                due.Add(new RatingDue(roundId, rounds[roundId], ConfidenceMoment.Before));
            }

            if (!rated.Contains(ConfidenceMoment.After) && cameTo.Count > 0)
            {
                due.Add(new RatingDue(roundId, rounds[roundId], ConfidenceMoment.After));
            }
        }

        return new MentoringView(partner.Id, partner.OwnerName,
            offer is null ? null : new MentorLine(offer.PartnerId, partner.OwnerName, partner.BusinessName, offer.Capacity, offer.TravelKm, MentorOffer.KindsOf(offer.Topics), offer.OfferedOn),
            pairs.OrderByDescending(p => rounds.GetValueOrDefault(p.RoundId), StringComparer.Ordinal).Select(p =>
            {
                var asMentor = p.MentorPartnerId == partnerId;
                var other = asMentor ? p.MenteePartnerId : p.MentorPartnerId;
                return new MentoringPair(p.Id, p.RoundId, rounds.GetValueOrDefault(p.RoundId, ""), asMentor, other, names.GetValueOrDefault(other, "?"),
                    PairReasons.Read(p.Reasons, texts, System.Globalization.CultureInfo.CurrentUICulture), p.State,
                    p.MentorAgreed, p.MenteeAgreed, meetings.Count(m => m.PairId == p.Id));
            }).ToList(),
            meetings.Select(m => new MeetingLine(m.Id, m.Kind, m.HeldOn, m.Place, m.Topics, m.Attendees.Count, m.Attendees.Count(a => a.Came))).ToList(),
            collabs.Select(c => Collaborations.Line(c, names, meetingDays.GetValueOrDefault(c.MeetingId))).ToList(),
            ratings.Select(Confidence.Line).ToList(), due, mine.Endorsements, mine);
    }
}
