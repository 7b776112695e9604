using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.MeetAndGreet;

/// <summary>
/// Meetings, confidence and collaborations (docs/domain.md, Meet and Greet): a kept pair meets only once both sides agreed; a mentee
/// rates their confidence before their first meeting and after, once each, 1-5; a collaboration names a meeting both partners came
/// to, across groups, and a supply order across groups needs both to agree; a mentor is never over capacity; the round's outcomes
/// count what happened. Every refusal names its field and writes nothing.
/// </summary>
public sealed class MeetingsTests
{
    private static DateOnly Today => BusinessCalendar.Today(TimeProvider.System);

    private static async Task<(Guid Round, List<JsonElement> Pairs)> RoundAsync(HttpClient officer)
    {
        var rounds = await (await officer.GetAsync("/api/v1/matching/rounds")).Json200();
        var id = rounds.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Temu mitra Conggeang 2026").GetProperty("id").GetGuid();
        var round = await (await officer.GetAsync($"/api/v1/matching/rounds/{id}")).Json200();
        return (id, round.GetProperty("pairs").EnumerateArray().ToList());
    }

    private static async Task<(int Meetings, int Ratings, int Collaborations, int FollowUps, int Orders)> CountsAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        return (await db.Meetings.CountAsync(), await db.ConfidenceRatings.CountAsync(), await db.Collaborations.CountAsync(), await db.FollowUps.CountAsync(),
            await db.SupplyOrders.CountAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task A_pair_meets_once_both_agree_and_the_mentee_rates_confidence_before_and_after(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var (round, pairs) = await RoundAsync(officer);
        var pair = pairs.First(p => p.GetProperty("state").GetString() == "Proposed");
        var (pairId, mentor, mentee) = (pair.GetProperty("id").GetGuid(), pair.GetProperty("mentorId").GetGuid(), pair.GetProperty("menteeId").GetGuid());
        var today = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = await CountsAsync(app);

        // Not kept yet, then kept but not agreed: no meeting, no answer before it is kept.
        await (await facilitator.PostAsJsonAsync($"/api/v1/matching/pairs/{pairId}/answer", new { side = "Mentee", agree = true })).Problem(HttpStatusCode.Conflict);
        await (await officer.PostAsJsonAsync($"/api/v1/matching/pairs/{pairId}", new { keep = true })).Json200();
        var meeting = new { kind = "Pair", pairId, came = new[] { mentor, mentee }, heldOn = today, place = "Rumah mentor", topics = "Kemasan dan angsuran" };
        (await (await facilitator.PostAsJsonAsync("/api/v1/meetings", meeting)).Problem(HttpStatusCode.BadRequest, "pairId"))
            .GetProperty("code").GetString().ShouldBe("meeting.pair.notagreed");
        await (await facilitator.PostAsJsonAsync($"/api/v1/matching/pairs/{pairId}/answer", new { side = "Sideways", agree = true }))
            .Problem(HttpStatusCode.BadRequest, "side");
        await (await facilitator.PostAsJsonAsync($"/api/v1/matching/pairs/{pairId}/answer", new { side = "Mentee", agree = true })).Json200();
        await (await facilitator.PostAsJsonAsync($"/api/v1/matching/pairs/{pairId}/answer", new { side = "Mentee", agree = false })).Problem(HttpStatusCode.Conflict);
        await (await facilitator.PostAsJsonAsync($"/api/v1/matching/pairs/{pairId}/answer", new { side = "Mentor", agree = true })).Json200();

        // Confidence: "after" needs a meeting; each statement 1-5; staff say how it was given; once per moment.
        var rate = $"/api/v1/rounds/{round}/partners/{mentee}/confidence";
        (await (await facilitator.PostAsJsonAsync(rate, new { moment = "After", grow = 3, reach = 3, help = 3, repay = 3, ratedOn = today, way = "InPerson" }))
            .Problem(HttpStatusCode.BadRequest, "moment")).GetProperty("code").GetString().ShouldBe("confidence.after.nomeeting");
        var bad = await (await facilitator.PostAsJsonAsync(rate, new { moment = "Before", grow = 6, reach = 0, help = 3, repay = 3, ratedOn = today }))
            .Problem(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ShouldBe(["grow", "reach", "way"]);
        await (await facilitator.PostAsJsonAsync(rate, new { moment = "Before", grow = 2, reach = 2, help = 3, repay = 3, ratedOn = today, way = "InPerson" }))
            .Json200(HttpStatusCode.Created);
        await (await facilitator.PostAsJsonAsync(rate, new { moment = "Before", grow = 4, reach = 4, help = 4, repay = 4, ratedOn = today, way = "InPerson" }))
            .Problem(HttpStatusCode.Conflict);

        // The meeting: at least two came; follow-ups checked with it.
        (await (await facilitator.PostAsJsonAsync("/api/v1/meetings", meeting with { came = new[] { mentee } })).Problem(HttpStatusCode.BadRequest, "attendees"))
            .GetProperty("code").GetString().ShouldBe("meeting.attendees.came");
        await (await facilitator.PostAsJsonAsync("/api/v1/meetings", new
        {
            kind = "Pair",
            pairId,
            came = new[] { mentor, mentee },
            heldOn = today,
            place = "Rumah mentor",
            topics = "Kemasan",
            followUps = new[] { new { task = "Bawa buku kas", owner = $"partner:{Guid.NewGuid()}", dueOn = today } },
        }))
            .Problem(HttpStatusCode.BadRequest, "followUps[0].owner");
        (await CountsAsync(app)).ShouldBe(before with { Ratings = before.Ratings + 1 });
        var recorded = await (await facilitator.PostAsJsonAsync("/api/v1/meetings", new
        {
            kind = "Pair",
            pairId,
            came = new[] { mentor, mentee },
            heldOn = today,
            place = "Rumah mentor",
            topics = "Kemasan",
            agreed = "Coba label kelompok",
            followUps = new[] { new { task = "Bawa buku kas", owner = $"partner:{mentee}", dueOn = Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } },
        }))
            .Json200(HttpStatusCode.Created);
        var meetingId = recorded.GetProperty("id").GetGuid();
        recorded.GetProperty("followUps").GetArrayLength().ShouldBe(1);
        recorded.GetProperty("attendees").EnumerateArray().ShouldAllBe(a => a.GetProperty("came").GetBoolean());

        // "Before" is no longer possible after a meeting was held before its date; "after" now is.
        await (await facilitator.PostAsJsonAsync(rate, new { moment = "After", grow = 4, reach = 5, help = 4, repay = 4, ratedOn = today, way = "Phone" }))
            .Json200(HttpStatusCode.Created);

        // A collaboration names two partners who came, of different groups.
        var stranger = pairs.Select(p => p.GetProperty("menteeId").GetGuid()).First(p => p != mentee);
        (await (await facilitator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/collaborations",
                new { kind = "JointBooth", partnerId = mentee, otherPartnerId = stranger, what = "Stan bersama", startedOn = today }))
            .Problem(HttpStatusCode.BadRequest, "otherPartnerId")).GetProperty("code").GetString().ShouldBe("collaboration.notattended");
        await (await facilitator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/collaborations",
                new { kind = "JointBooth", partnerId = mentee, otherPartnerId = mentee, what = "Stan bersama", startedOn = today }))
            .Problem(HttpStatusCode.BadRequest, "otherPartnerId");
        await (await facilitator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/collaborations",
                new { kind = "JointBooth", partnerId = mentee, otherPartnerId = mentor, what = "Stan bersama di pameran kecamatan", startedOn = today }))
            .Json200(HttpStatusCode.Created);

        var outcome = await (await officer.GetAsync($"/api/v1/matching/rounds/{round}/outcomes")).Json200();
        outcome.GetProperty("meetings").GetInt32().ShouldBe(4);
        outcome.GetProperty("ratedBoth").GetInt32().ShouldBe(2);
        outcome.GetProperty("collaborations").GetInt32().ShouldBe(2);
        var line = outcome.GetProperty("perMentee").EnumerateArray().Single(m => m.GetProperty("partnerId").GetGuid() == mentee);
        line.GetProperty("before").GetDecimal().ShouldBe(2.5m);
        line.GetProperty("after").GetDecimal().ShouldBe(4.25m);
        line.GetProperty("meetingsCame").GetInt32().ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task A_swap_stays_within_capacity_and_a_supply_order_across_groups_needs_both_to_agree(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var (round, pairs) = await RoundAsync(officer);
        var removed = pairs.First(p => p.GetProperty("state").GetString() == "Removed");
        var (pairId, mentee) = (removed.GetProperty("id").GetGuid(), removed.GetProperty("menteeId").GetGuid());
        Dictionary<Guid, int> capacity;
        Guid stranger;
        await using (var scope = app.Scope(out var db))
        {
            capacity = await db.MentorOffers.Where(o => o.WithdrawnAt == null).ToDictionaryAsync(o => o.PartnerId, o => o.Capacity);
            stranger = await db.Partners.Where(p => p.OwnerName == "Lilis Suryati").Select(p => p.Id).SingleAsync();
        }

        var live = pairs.Where(p => p.GetProperty("state").GetString() is "Proposed" or "Accepted").GroupBy(p => p.GetProperty("mentorId").GetGuid())
            .ToDictionary(g => g.Key, g => g.Count());
        var full = capacity.Keys.First(m => live.GetValueOrDefault(m) >= capacity[m]);
        var room = capacity.Keys.Where(m => live.GetValueOrDefault(m) < capacity[m] && m != removed.GetProperty("mentorId").GetGuid()).ToList();
        var swap = $"/api/v1/matching/pairs/{pairId}/swap";
        (await (await officer.PostAsJsonAsync(swap, new { mentorId = mentee })).Problem(HttpStatusCode.BadRequest, "mentorId"))
            .GetProperty("code").GetString().ShouldBe("matching.swap.self");
        (await (await officer.PostAsJsonAsync(swap, new { mentorId = full })).Problem(HttpStatusCode.BadRequest, "mentorId"))
            .GetProperty("code").GetString().ShouldBe("matching.mentor.full");
        (await (await officer.PostAsJsonAsync(swap, new { mentorId = stranger })).Problem(HttpStatusCode.BadRequest, "mentorId"))
            .GetProperty("code").GetString().ShouldBe("matching.swap.notmentor");
        await (await facilitator.PostAsJsonAsync(swap, new { mentorId = room[0] })).Problem(HttpStatusCode.Forbidden);
        JsonElement swapped = default;
        foreach (var m in room)
        {
            var response = await officer.PostAsJsonAsync(swap, new { mentorId = m });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                swapped = await response.Json200(HttpStatusCode.Created);
                break;
            }

            (await response.Problem(HttpStatusCode.BadRequest, "mentorId")).GetProperty("code").GetString().ShouldBe("matching.swap.unreachable");
        }

        swapped.GetProperty("state").GetString().ShouldBe("Accepted");
        swapped.GetProperty("reasons").GetString()!.ShouldNotBeEmpty();
        (await (await officer.PostAsJsonAsync(swap, new { mentorId = room[^1] })).Problem(HttpStatusCode.Conflict)).GetProperty("code").GetString()
            .ShouldBe("matching.mentee.paired");

        // A supply order across groups from a demo meeting: a Citra Sari mentor buys from her Mekar Sari or Sinar Tani mentee.
        var outcome = await (await officer.GetAsync($"/api/v1/matching/rounds/{round}/outcomes")).Json200();
        JsonElement meeting = default;
        foreach (var m in outcome.GetProperty("meetingList").EnumerateArray())
        {
            var view = await (await facilitator.GetAsync($"/api/v1/meetings/{m.GetProperty("id").GetGuid()}")).Json200();
            if (view.GetProperty("attendees").EnumerateArray().Any(a => a.GetProperty("groupName").GetString() == "Citra Sari"))
            {
                meeting = view;
                break;
            }
        }

        var attendees = meeting.GetProperty("attendees").EnumerateArray().ToList();
        var buyer = attendees.Single(a => a.GetProperty("groupName").GetString() == "Citra Sari").GetProperty("partnerId").GetGuid();
        var seller = attendees.Single(a => a.GetProperty("groupName").GetString() != "Citra Sari").GetProperty("partnerId").GetGuid();
        Guid variant;
        await using (var scope = app.Scope(out var db))
        {
            var citra = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
            variant = await db.ProductVariants.Where(v => v.GroupId == citra && v.RetiredOn == null).Select(v => v.Id).FirstAsync();
        }

        var url = $"/api/v1/meetings/{meeting.GetProperty("id").GetGuid()}/collaborations";
        var order = new { variantId = variant, quantity = 10m, unit = "kg", price = 60000m, deliverBy = Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), label = "Buyer" };
        var before = await CountsAsync(app);
        await (await facilitator.PostAsJsonAsync(url, new { kind = "SupplyOrder", partnerId = buyer, otherPartnerId = seller, what = "Emping mentah 10 kg", startedOn = Today, order }))
            .Problem(HttpStatusCode.BadRequest, "bothAgreed");
        await (await facilitator.PostAsJsonAsync(url, new
        {
            kind = "SupplyOrder",
            partnerId = buyer,
            otherPartnerId = seller,
            what = "Emping mentah 10 kg",
            startedOn = Today,
            bothAgreed = true,
            order = order with { quantity = -1m },
        }))
            .Problem(HttpStatusCode.BadRequest, "order.quantity");
        (await CountsAsync(app)).ShouldBe(before);
        var made = await (await facilitator.PostAsJsonAsync(url, new
        {
            kind = "SupplyOrder",
            partnerId = buyer,
            otherPartnerId = seller,
            what = "Emping mentah 10 kg",
            startedOn = Today,
            bothAgreed = true,
            order,
        }))
            .Json200(HttpStatusCode.Created);
        var orderId = made.GetProperty("supplyOrderId").GetGuid();
        await using (var scope = app.Scope(out var db))
        {
            var placed = await db.SupplyOrders.SingleAsync(o => o.Id == orderId);
            placed.BuyerId.ShouldBe(buyer);
            placed.SellerId.ShouldBe(seller);
            placed.CollaborationId.ShouldBe(made.GetProperty("id").GetGuid());
            (await db.GroupMemberships.AnyAsync(m => m.GroupId == placed.GroupId && m.PartnerId == seller)).ShouldBeFalse();
        }

        // A mentor, signed in, endorses a mentee she met; not a partner she did not mentor.
        Guid eti, met, notMet;
        await using (var scope = app.Scope(out var db))
        {
            eti = await db.Users.Where(u => u.Email == Demo.Chair).Select(u => u.PartnerId!.Value).SingleAsync();
            var pairIds = await db.Meetings.Where(m => m.PairId != null).Select(m => m.PairId!.Value).ToListAsync();
            met = await db.RoundPairs.Where(p => p.MentorPartnerId == eti && pairIds.Contains(p.Id)).Select(p => p.MenteePartnerId).FirstAsync();
            notMet = await db.RoundPairs.Where(p => p.MentorPartnerId != eti).Select(p => p.MenteePartnerId).FirstAsync();
        }

        var chair = await app.ApiAs(Demo.Chair);
        await (await chair.PostAsJsonAsync($"/api/v1/partners/{notMet}/endorsements", new { text = "Rajin" })).Problem(HttpStatusCode.NotFound);
        (await (await chair.PostAsJsonAsync($"/api/v1/partners/{met}/endorsements", new { text = "Rajin mencatat buku kas sejak pertemuan pertama." }))
            .Json200(HttpStatusCode.Created)).GetProperty("role").GetString().ShouldBe("Mentor");
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{met}/endorsements", new { text = "Rajin" })).Problem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_sees_and_rates_only_their_own_and_roles_that_never_may_are_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var treasurer = await app.ApiAs(Demo.MekarSariTreasurer);
        var officer = await app.ApiAs(Demo.Officer);
        var (round, pairs) = await RoundAsync(officer);
        Guid own;
        await using (var scope = app.Scope(out var db))
        {
            own = await db.Users.Where(u => u.Email == Demo.MekarSariTreasurer).Select(u => u.PartnerId!.Value).SingleAsync();
        }

        var mine = await (await treasurer.GetAsync($"/api/v1/partners/{own}/mentoring")).Json200();
        mine.GetProperty("pairs").GetArrayLength().ShouldBeGreaterThan(0);
        mine.GetProperty("meetings").GetArrayLength().ShouldBeGreaterThan(0);
        var other = pairs.Select(p => p.GetProperty("menteeId").GetGuid()).First(p => p != own);
        await (await treasurer.GetAsync($"/api/v1/partners/{other}/mentoring")).Problem(HttpStatusCode.NotFound);
        await (await treasurer.PostAsJsonAsync($"/api/v1/rounds/{round}/partners/{other}/confidence",
            new { moment = "Before", grow = 3, reach = 3, help = 3, repay = 3, ratedOn = Today })).Problem(HttpStatusCode.NotFound);
        await (await treasurer.PostAsJsonAsync("/api/v1/meetings", new { kind = "Pair", pairId = Guid.NewGuid() })).Problem(HttpStatusCode.Forbidden);
        await (await (await app.ApiAs(Demo.Evaluator)).GetAsync($"/api/v1/partners/{own}/mentoring")).Problem(HttpStatusCode.Forbidden);
        await (await (await app.ApiAs(Demo.Evaluator)).GetAsync($"/api/v1/matching/rounds/{round}/outcomes")).Problem(HttpStatusCode.Forbidden);
    }
}
