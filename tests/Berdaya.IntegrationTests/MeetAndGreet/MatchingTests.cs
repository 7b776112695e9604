using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.MeetAndGreet;

/// <summary>
/// Mentors and matching rounds (docs/domain.md, Meet and Greet; decision 0031): the demo's Conggeang round pairs Mekar Sari's and
/// Sinar Tani's members with the Opak and Citra Sari mentors, optimally, within every capacity, never within a group, each pair
/// with its reasons; bad rounds and offers are refused naming the field; a pair is kept or removed once.
/// </summary>
public sealed class MatchingTests
{
    private static readonly string[] Marketing = ["Marketing"];

    [Theory]
    [AllDatabases]
    public async Task The_demo_round_proposes_pairs_with_reasons_within_capacities_and_never_within_a_group(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var rounds = await (await officer.GetAsync("/api/v1/matching/rounds")).Json200();
        var id = rounds.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Temu mitra Conggeang 2026").GetProperty("id").GetGuid();
        var round = await (await officer.GetAsync($"/api/v1/matching/rounds/{id}")).Json200();
        var pairs = round.GetProperty("pairs").EnumerateArray().ToList();
        pairs.Count.ShouldBeGreaterThan(5);
        round.GetProperty("total").GetInt64().ShouldBe(pairs.Sum(p => (long)p.GetProperty("score").GetInt32()));
        round.GetProperty("total").GetInt64().ShouldBeGreaterThanOrEqualTo(round.GetProperty("greedyTotal").GetInt64());
        pairs.ShouldAllBe(p => p.GetProperty("reasons").GetString()!.Length > 0);

        // The round's page draws its repayment comparison as a chart beside the table.
        (await (await app.PagesAs(Demo.Officer)).GetAsync($"/matching/{id}")).Document.QuerySelector("#outcome-chart svg").ShouldNotBeNull();

        await using var scope = app.Scope(out var db);
        var offers = await db.MentorOffers.Where(o => o.WithdrawnAt == null).ToDictionaryAsync(o => o.PartnerId, o => o.Capacity);
        var groupOf = await db.GroupMemberships.Where(m => m.ActivePartnerId != null).ToDictionaryAsync(m => m.ActivePartnerId!.Value, m => m.GroupId);
        var groupNames = await db.Groups.ToDictionaryAsync(g => g.Id, g => g.Name);
        foreach (var byMentor in pairs.GroupBy(p => p.GetProperty("mentorId").GetGuid()))
        {
            byMentor.Count().ShouldBeLessThanOrEqualTo(offers[byMentor.Key]);
        }

        // The demo's mentors volunteered before the round that pairs them began.
        var startedOn = DateOnly.Parse(round.GetProperty("startedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var mentorIds = pairs.Select(p => p.GetProperty("mentorId").GetGuid()).Distinct().ToList();
        (await db.MentorOffers.Where(o => mentorIds.Contains(o.PartnerId)).Select(o => o.OfferedOn).ToListAsync()).ShouldAllBe(d => d < startedOn);

        pairs.Select(p => p.GetProperty("menteeId").GetGuid()).ShouldBeUnique();
        foreach (var p in pairs)
        {
            var (mentor, mentee) = (p.GetProperty("mentorId").GetGuid(), p.GetProperty("menteeId").GetGuid());
            groupOf.GetValueOrDefault(mentor).ShouldNotBe(groupOf[mentee]);
            groupNames[groupOf[mentee]].ShouldBeOneOf("Mekar Sari", "Sinar Tani");
        }

        // Keeping a pair happens once.
        var pair = pairs.First(p => p.GetProperty("state").GetString() == "Proposed").GetProperty("id").GetGuid();
        (await (await officer.PostAsJsonAsync($"/api/v1/matching/pairs/{pair}", new { keep = true })).Json200()).GetProperty("state").GetString().ShouldBe("Accepted");
        await (await officer.PostAsJsonAsync($"/api/v1/matching/pairs/{pair}", new { keep = false })).Problem(HttpStatusCode.Conflict);
    }

    [Theory]
    [AllDatabases]
    public async Task A_bad_round_or_mentor_offer_is_refused_naming_the_field_and_nothing_is_written(string provider)
    {
        // An Opak member volunteers: the demo changes, so on an app of the test's own.
        await using var app = await TestApp.Own(provider);
        var program = await QuestionnaireScenario.ProgramAsync(app);
        var officer = await app.ApiAs(Demo.Officer);
        await using (var scope = app.Scope(out var db))
        {
            var before = await db.MatchingRounds.CountAsync();
            await (await officer.PostAsJsonAsync("/api/v1/matching/rounds", new { programId = program, name = "Uji", region = "99.99", weightNeeds = 11 }))
                .Problem(HttpStatusCode.BadRequest, "region");
            var zero = await (await officer.PostAsJsonAsync("/api/v1/matching/rounds",
                    new { programId = program, name = "Uji", region = "32.11.07", weightProduct = 0, weightNeeds = 0, weightDistance = 0, weightCapacity = 0 }))
                .Problem(HttpStatusCode.BadRequest, "weightNeeds");
            zero.GetProperty("code").GetString().ShouldBe("matching.weight.zero");
            await (await officer.PostAsJsonAsync("/api/v1/matching/rounds", new { programId = program, name = "", region = "32.11.07" }))
                .Problem(HttpStatusCode.BadRequest, "name");
            await (await (await app.ApiAs(Demo.Facilitator)).PostAsJsonAsync("/api/v1/matching/rounds", new { programId = program, name = "Uji", region = "32.11.07" }))
                .Problem(HttpStatusCode.Forbidden);
            (await db.MatchingRounds.CountAsync()).ShouldBe(before);
        }

        // A new partner with no record may not mentor; an independent one may, within the bounds.
        var (_, partners) = await GroupScenario.GroupAsync(app, 5);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{partners[0].Id}/mentor", new { capacity = 2, travelKm = 10, topics = Marketing }))
            .Problem(HttpStatusCode.BadRequest, "partnerId");
        var lilis = await app.PartnerIdAsync("Lilis Suryati");

        var bad = await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{lilis}/mentor", new { capacity = 11, travelKm = -1, topics = Array.Empty<string>() }))
            .Problem(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ShouldBe(["capacity", "topics", "travelKm"]);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{lilis}/mentor", new { capacity = 2, travelKm = 10, topics = Marketing }))
            .Json200(HttpStatusCode.Created);
        (await (await facilitator.GetAsync("/api/v1/mentors")).Json200()).EnumerateArray().Count(m => m.GetProperty("partnerId").GetGuid() == lilis).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task A_mentor_offer_is_made_on_the_partners_page_with_each_bound_beside_its_field(string provider)
    {
        // The Opak member Lilis volunteers through the facilitator on her Meet and Greet page: the demo changes, so an app of the test's own.
        await using var app = await TestApp.Own(provider);
        var lilis = await app.PartnerIdAsync("Lilis Suryati");

        var pages = await app.PagesAs(Demo.Facilitator);
        var page = await pages.GetAsync($"/partners/{lilis}/mentoring");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        const string form = "form[action*='handler=Volunteer']";
        var bad = await pages.SubmitAsync(page, form, new Dictionary<string, string> { ["Volunteer.Capacity"] = "11", ["Volunteer.TravelKm"] = "300" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "Volunteer.Capacity", "Volunteer.TravelKm", "Volunteer.Topics" })
        {
            bad.Document.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Trim().ShouldNotBeEmpty(field);
        }

        await using (var scope = app.Scope(out var db))
        {
            (await db.MentorOffers.AnyAsync(o => o.PartnerId == lilis && o.WithdrawnAt == null)).ShouldBeFalse();
        }

        var saved = await pages.SubmitAsync(page, form,
            new Dictionary<string, string> { ["Volunteer.Capacity"] = "2", ["Volunteer.TravelKm"] = "12", ["Volunteer.Topics"] = "Production" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await pages.GetAsync($"/partners/{lilis}/mentoring")).Document.QuerySelector("#mentor-offer")!.TextContent.ShouldContain("12 km");
        var mentors = await (await (await app.ApiAs(Demo.Officer)).GetAsync("/api/v1/mentors")).Json200();
        var offer = mentors.EnumerateArray().Single(m => m.GetProperty("partnerId").GetGuid() == lilis);
        (offer.GetProperty("capacity").GetInt32(), offer.GetProperty("travelKm").GetInt32()).ShouldBe((2, 12));
    }
}
