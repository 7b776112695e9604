using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record ConfidenceLine(Guid Id, Guid RoundId, ConfidenceMoment Moment, int Grow, int Reach, int Help, int Repay, decimal Average, DateOnly RatedOn,
    ConsentWay Way);

/// <summary>
/// A mentee's confidence before and after a round's meetings (docs/domain.md, Meet and Greet: confidence): the mentee of a kept pair,
/// or a partner invited to one of the round's seminars, rates four statements 1–5 on their phone, or the field staff record it with
/// how it was given. One rating per moment: a second is a conflict (409).
/// </summary>
[FeatureService]
public sealed class Confidence(AppDbContext db, MeetingAccess access)
{
    public sealed record Command
    {
        public ConfidenceMoment? Moment { get; set; }
        public int? Grow { get; set; }
        public int? Reach { get; set; }
        public int? Help { get; set; }
        public int? Repay { get; set; }
        public DateOnly? RatedOn { get; set; }

        /// <summary>Field staff only: how the mentee gave it (InPerson, Phone, Paper).</summary>
        public ConsentWay? Way { get; set; }
    }

    /// <summary>Whether the partner is a mentee of the round: of a pair kept by the officer, or invited to one of its seminars.</summary>
    public async Task<bool> IsMenteeAsync(Guid roundId, Guid partnerId, CancellationToken ct) =>
        await db.RoundPairs.AnyAsync(p => p.RoundId == roundId && p.MenteePartnerId == partnerId && p.State == PairState.Accepted, ct)
        || await db.Meetings.AnyAsync(m => m.RoundId == roundId && m.Kind == MeetingKind.Group
                                           && m.Attendees.Any(a => a.PartnerId == partnerId && a.Role == AttendeeRole.Participant), ct);

    public async Task<ConfidenceRating> RateAsync(Guid roundId, Guid partnerId, Command c, CancellationToken ct)
    {
        access.RequireReader();
        if (!(access.IsField || access.IsPartner))
        {
            throw new DomainException("meeting.forbidden", null, ErrorKind.Forbidden);
        }

        var scope = await access.PartnerIdsAsync(ct);
        var round = await db.MatchingRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || !await scope.AnyAsync(p => p == partnerId, ct) || !await db.Partners.AnyAsync(p => p.Id == partnerId && p.ProgramId == round.ProgramId, ct))
        {
            throw new DomainException("meeting.notfound", "Id", ErrorKind.NotFound);
        }

        if (!await IsMenteeAsync(roundId, partnerId, ct))
        {
            throw new DomainValidationException([new DomainException("confidence.notmentee", "PartnerId")]);
        }

        var days = await db.Meetings.AsNoTracking().Where(m => m.RoundId == roundId && m.Attendees.Any(a => a.PartnerId == partnerId && a.Came))
            .Select(m => m.HeldOn).ToListAsync(ct);
        var rating = ConfidenceRating.Make(round.ProgramId, roundId, partnerId, c.Moment, [c.Grow, c.Reach, c.Help, c.Repay], c.RatedOn, round.StartedOn,
            days.Count == 0 ? null : days.Min(), days.Count == 0 ? null : days.Max(), access.IsPartner, c.Way, access.Today, access.By, access.Now);
        if (await db.ConfidenceRatings.AnyAsync(r => r.RoundId == roundId && r.PartnerId == partnerId && r.Moment == rating.Moment, ct))
        {
            throw new DomainException("confidence.twice", "Moment", ErrorKind.Conflict);
        }

        db.ConfidenceRatings.Add(rating);
        var group = (await access.GroupsOfAsync([partnerId], ct)).TryGetValue(partnerId, out var g) ? (Guid?)g : null;
        db.Timeline.Add(new TimelineEvent(round.ProgramId, group, partnerId, rating.RatedOn, FivePApproach.Fostering, "confidence.rated",
            Summary(rating), nameof(ConfidenceRating), rating.Id, access.Now));
        await db.SaveChangesAsync(ct);
        return rating;
    }

    /// <summary>What the group's timeline says of a rating, in Bahasa Indonesia as every timeline entry.</summary>
    public static string Summary(ConfidenceRating r) =>
        string.Create(CultureInfo.GetCultureInfo("id-ID"), $"Keyakinan {(r.Moment == ConfidenceMoment.Before ? "sebelum" : "sesudah")} temu mitra: {r.Average:0.0} dari 5");

    public static ConfidenceLine Line(ConfidenceRating r) => new(r.Id, r.RoundId, r.Moment, r.Grow, r.Reach, r.Help, r.Repay, r.Average, r.RatedOn, r.Way);
}
