using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// The demo's present-day round (docs/domain.md, Meet and Greet): Kecamatan Conggeang, where Mekar Sari's and Sinar Tani's members
/// are coached and the Opak and Citra Sari mentors live, proposed by the same rules as any round six weeks ago. Since then the officer
/// kept most pairs and removed one; five pairs agreed on both sides, one is waiting for its mentee, one mentor declined (to be swapped);
/// the agreed mentees rated their confidence before meeting, three pairs met, one with a follow-up and a shared purchase of raw
/// material across groups; the Mekar Sari treasurer's "after" rating is still to come, on her phone. The rest wait for the officer.
/// </summary>
internal sealed class DemoMatchingRound(MatchingRounds rounds, AppDbContext db, TimeProvider clock) : IDemoStep
{
    private const string Officer = "Hendra Gunawan (CDC)";
    private const string Facilitator = "Asep Saepudin (Pendamping Desa)";

    public async Task SeedAsync(Guid programId, CancellationToken ct)
    {
        var today = clock.Today();
        var started = today.AddDays(-45);
        var round = await rounds.StartForAsync(programId, "Temu mitra Conggeang 2026", "32.11.07", Officer, started, ct);
        var pairs = await db.RoundPairs.Where(p => p.RoundId == round.Id).ToListAsync(ct);
        var ids = pairs.SelectMany(p => new[] { p.MentorPartnerId, p.MenteePartnerId }).Distinct().ToList();
        var names = await db.Partners.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var groups = (await db.GroupMemberships.Where(m => ids.Contains(m.PartnerId) && m.ActivePartnerId != null).Select(m => new { m.PartnerId, m.GroupId })
            .ToListAsync(ct)).ToDictionary(m => m.PartnerId, m => (Guid?)m.GroupId);
        var treasurer = await db.Users.Where(u => u.Email == "bendahara.mekarsari@demo.berdaya.id").Select(u => u.PartnerId).FirstOrDefaultAsync(ct);

        // The treasurer's pair first, so that the demo's partner login has a mentor, a meeting and a rating to give.
        var ordered = pairs.OrderByDescending(p => p.MenteePartnerId == treasurer).ThenByDescending(p => p.Score).ToList();
        var at = BusinessCalendar.MorningOf(started.AddDays(2));
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i];
            if (i == 7)
            {
                p.Decide(false);
                continue;
            }

            if (i > 7)
            {
                continue;
            }

            p.Decide(true);
            if (i == 6)
            {
                p.Answer(true, false);
                Event(programId, groups, p.MentorPartnerId, started.AddDays(4), "matching.pair.declined",
                    $"{names[p.MentorPartnerId]} menolak berpasangan dengan {names[p.MenteePartnerId]}: sedang musim panen melinjo", p.Id, nameof(RoundPair));
                continue;
            }

            p.Answer(true, true);
            if (i == 5)
            {
                continue;
            }

            p.Answer(false, true);
            Event(programId, groups, p.MenteePartnerId, started.AddDays(4), "matching.pair.agreed",
                $"{names[p.MenteePartnerId]} dan mentor {names[p.MentorPartnerId]} setuju berpasangan", p.Id, nameof(RoundPair));
            Rated(programId, groups, ConfidenceRating.Make(programId, round.Id, p.MenteePartnerId, ConfidenceMoment.Before,
                [2 + (i % 2), 2, 3, 3 + (i % 2)], started.AddDays(5), started, null, null, false, ConsentWay.InPerson, today, Facilitator, at.AddDays(3)));
        }

        // Three pairs met in the mentor's or the mentee's house.
        var met = ordered.Take(3).ToList();
        for (var i = 0; i < met.Count; i++)
        {
            var p = met[i];
            var on = started.AddDays(14 + (i * 3));
            var m = Meeting.Record(programId, round.Id, p.Id, MeetingKind.Pair, on, started, i == 0 ? $"Rumah {names[p.MentorPartnerId]}" : $"Rumah {names[p.MenteePartnerId]}",
                i switch
                {
                    0 => "Menata angsuran dan buku kas; kemasan untuk toko oleh-oleh",
                    1 => "Mengurus PIRT dan label halal",
                    _ => "Bahan baku: membeli singkong dan minyak bersama",
                },
                i == 0 ? "Mencatat buku kas setiap hari; mencoba kemasan plastik 0,10 dengan label kelompok." : null,
                [(p.MentorPartnerId, AttendeeRole.Mentor, true), (p.MenteePartnerId, AttendeeRole.Mentee, true)], today, Facilitator, BusinessCalendar.MorningOf(on));
            db.Meetings.Add(m);
            foreach (var who in new[] { p.MentorPartnerId, p.MenteePartnerId })
            {
                Event(programId, groups, who, on, "meeting.held", $"Temu mitra: {names[p.MenteePartnerId]} bertemu mentor {names[p.MentorPartnerId]} di {m.Place}", m.Id,
                    nameof(Meeting));
            }

            if (i == 0)
            {
                db.FollowUps.Add(FollowUp.ForMeeting(programId, m.Id, p.MenteePartnerId, groups.GetValueOrDefault(p.MenteePartnerId),
                    "Bawa buku kas sebulan ke pertemuan berikut untuk dibaca bersama mentor", FollowUpOwner.Partner(p.MenteePartnerId), on, today.AddDays(10)));
            }

            if (i == 2)
            {
                var c = Collaboration.Make(m, CollaborationKind.SharedPurchase, p.MenteePartnerId, p.MentorPartnerId,
                    "Membeli minyak goreng dan plastik kemasan bersama setiap awal bulan, satu angkutan dari pasar Conggeang.", on.AddDays(3), Facilitator,
                    BusinessCalendar.MorningOf(on.AddDays(3)));
                db.Collaborations.Add(c);
                foreach (var (who, other) in new[] { (p.MenteePartnerId, p.MentorPartnerId), (p.MentorPartnerId, p.MenteePartnerId) })
                {
                    Event(programId, groups, who, c.StartedOn, "collaboration.started", $"Kerja sama dengan {names[other]} dari temu mitra: {c.What}", c.Id,
                        nameof(Collaboration));
                }

                // This mentee rated her confidence again after the meeting.
                Rated(programId, groups, ConfidenceRating.Make(programId, round.Id, p.MenteePartnerId, ConfidenceMoment.After, [4, 4, 4, 4], on.AddDays(7), started,
                    started.AddDays(20), on, false, ConsentWay.Phone, today, Facilitator, BusinessCalendar.MorningOf(on.AddDays(7))));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A rating, on the mentee's group's timeline as Fostering, as one rated in the app would be.</summary>
    private void Rated(Guid programId, Dictionary<Guid, Guid?> groups, ConfidenceRating r)
    {
        db.ConfidenceRatings.Add(r);
        db.Timeline.Add(new TimelineEvent(programId, groups.GetValueOrDefault(r.PartnerId), r.PartnerId, r.RatedOn, FivePApproach.Fostering, "confidence.rated",
            Confidence.Summary(r), nameof(ConfidenceRating), r.Id, BusinessCalendar.MorningOf(r.RatedOn)));
    }

    private void Event(Guid programId, Dictionary<Guid, Guid?> groups, Guid partnerId, DateOnly on, string kind, string summary, Guid subject, string type) =>
        db.Timeline.Add(new TimelineEvent(programId, groups.GetValueOrDefault(partnerId), partnerId, on, FivePApproach.Supporting, kind, summary, type, subject,
            BusinessCalendar.MorningOf(on)));
}
