using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Exhibitions;

/// <summary>docs/domain.md, Exhibitions: eligibility from the on-time record with reasons, invitations with override, places, attendance and its cost, results.</summary>
public sealed class ExhibitionTests
{
    private static async Task<(Guid Program, Guid Eti, Guid Ujang, Guid Entin)> DemoAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        Guid Partner(string name) => db.Partners.Where(p => p.OwnerName == name).Select(p => p.Id).Single();
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        return (program, Partner("Eti Rohaeti"), Partner("Ujang Sopandi"), Partner("Entin Supartini"));
    }

    private static async Task<Guid> PlanAsync(HttpClient api, Guid program, string startsOn, string endsOn, int places = 5, decimal cost = 1_000_000m,
        int months = 12)
    {
        var created = await (await api.PostAsJsonAsync("/api/v1/exhibitions", new
        {
            programId = program,
            name = TestData.Unique("Pameran"),
            category = "Local",
            organiser = "CDC Telkom Bandung",
            place = "Gedung Telkom Japati, Bandung",
            startsOn,
            endsOn,
            places,
            cost,
            months,
        })).Json200(HttpStatusCode.Created);
        return created.GetProperty("exhibition").GetProperty("id").GetGuid();
    }

    private static Dictionary<Guid, JsonElement> Candidates(JsonElement view) =>
        view.GetProperty("candidates").EnumerateArray().ToDictionary(c => c.GetProperty("partnerId").GetGuid());

    [Theory]
    [AllDatabases]
    public async Task The_officer_sees_who_is_eligible_ranked_with_the_reason_for_each_one_left_out(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);

        // Judged on 31 May 2007 over 3 months: Ujang paid April 2007 (due the 5th) 28 days late; Eti paid all on time.
        var x = await PlanAsync(api, d.Program, "2007-06-01", "2007-06-03", months: 3);
        var view = await (await api.GetAsync($"/api/v1/exhibitions/{x}/eligibility")).Json200();
        var c = Candidates(view);
        c[d.Ujang].GetProperty("eligible").GetBoolean().ShouldBeFalse();
        c[d.Ujang].GetProperty("why").GetString().ShouldBe("angsuran 2007-04 dibayar 28 hari terlambat");
        c[d.Eti].GetProperty("eligible").GetBoolean().ShouldBeTrue();
        c[d.Eti].GetProperty("streak").GetInt32().ShouldBeGreaterThanOrEqualTo(3);

        // Ranked: every eligible partner before any who is not, the longest streak first.
        var list = view.GetProperty("candidates").EnumerateArray().ToList();
        var firstLeftOut = list.FindIndex(e => !e.GetProperty("eligible").GetBoolean());
        list.Skip(firstLeftOut).ShouldAllBe(e => !e.GetProperty("eligible").GetBoolean());
        var streaks = list.Take(firstLeftOut).Select(e => e.GetProperty("streak").GetInt32()).ToList();
        streaks.ShouldBe(streaks.OrderByDescending(s => s).ToList());
        view.GetProperty("eligible").GetInt32().ShouldBe(firstLeftOut);

        // In English the reason reads in English.
        var en = await app.ApiAs(Demo.Officer, "en");
        var english = Candidates(await (await en.GetAsync($"/api/v1/exhibitions/{x}/eligibility")).Json200());
        english[d.Ujang].GetProperty("why").GetString().ShouldBe("installment 2007-04 paid 28 days late");

        // An issued exhibition-invitation reward (judged 31 December 2007) makes the partner eligible by that reward.
        var later = await PlanAsync(api, d.Program, "2008-02-10", "2008-02-12", months: 12);
        var byReward = Candidates(await (await api.GetAsync($"/api/v1/exhibitions/{later}/eligibility")).Json200());
        byReward[d.Eti].GetProperty("eligible").GetBoolean().ShouldBeTrue();
        byReward[d.Eti].GetProperty("why").GetString()!.ShouldContain("undangan pameran");
        byReward[d.Ujang].GetProperty("eligible").GetBoolean().ShouldBeFalse();

        // Repaid partners keep their last 12 installments: in 2010 Ujang's 2007 lateness no longer counts.
        var repaid = await PlanAsync(api, d.Program, "2010-03-10", "2010-03-12", months: 12);
        var after = Candidates(await (await api.GetAsync($"/api/v1/exhibitions/{repaid}/eligibility")).Json200());
        after[d.Ujang].GetProperty("eligible").GetBoolean().ShouldBeTrue();
        after[d.Ujang].GetProperty("why").GetString()!.ShouldContain("12 bulan");
    }

    [Theory]
    [AllDatabases]
    public async Task The_counted_ranking_agrees_with_the_rule_read_in_memory_late_early_repaid_and_by_reward(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var today = BusinessCalendar.Today(TimeProvider.System);

        // Judged on the demo's history: 3 months with Ujang late (2007), 12 months with Eti's reward (2008), 6 months
        // mid-way, the repaid partners' last months (2010, 2012), on a due day (the 5th is still pending), and today.
        var plans = new List<Guid>
        {
            await PlanAsync(api, d.Program, "2007-06-01", "2007-06-03", months: 3),
            await PlanAsync(api, d.Program, "2008-02-10", "2008-02-12", months: 12),
            await PlanAsync(api, d.Program, "2009-01-20", "2009-01-22", months: 6),
            await PlanAsync(api, d.Program, "2010-03-10", "2010-03-12", months: 12),
            await PlanAsync(api, d.Program, "2011-07-06", "2011-07-08", months: 12),
            await PlanAsync(api, d.Program, "2012-12-06", "2012-12-08", months: 24),
            await PlanAsync(api, d.Program, today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                today.AddDays(31).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), months: 12),
        };

        var seen = new HashSet<string>();
        foreach (var x in plans)
        {
            List<Features.Exhibitions.ExhibitionEligibility.RankedPartner> fast;
            IReadOnlyList<Features.Exhibitions.EligibleCandidate> slow;
            var culture = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
            try
            {
                await using var scope = app.Scope(out var db);
                var exhibition = await db.Exhibitions.Include(e => e.Invitations).SingleAsync(e => e.Id == x);
                var eligibility = scope.ServiceProvider.GetRequiredService<Features.Exhibitions.ExhibitionEligibility>();
                fast = [.. await eligibility.RankAsync(exhibition, CancellationToken.None)];
                slow = await eligibility.JudgeAsync(exhibition, (IReadOnlyList<Guid>?)null, CancellationToken.None);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = culture;
            }

            fast.Select(r => (r.PartnerId, r.Eligible, r.Streak, r.LastInvited, r.Name))
                .ShouldBe(slow.Select(c => (c.PartnerId, c.Eligible, c.Streak, c.LastInvited, c.Name)));

            // The page shown carries the reasons of the rule read in memory, in the same order.
            var page = (await (await api.GetAsync($"/api/v1/exhibitions/{x}/eligibility")).Json200()).GetProperty("candidates").EnumerateArray()
                .Select(e => (e.GetProperty("partnerId").GetGuid(), e.GetProperty("eligible").GetBoolean(), e.GetProperty("streak").GetInt32(),
                    e.GetProperty("why").GetString()))
                .ToList();
            page.ShouldBe(slow.Take(Features.Exhibitions.ExhibitionEligibility.PageSize).Select(c => (c.PartnerId, c.Eligible, c.Streak, (string?)c.Why)));
            foreach (var c in slow)
            {
                seen.Add(c.Why.Contains("undangan pameran", StringComparison.Ordinal) ? "reward"
                    : c.Why.Contains("terlambat", StringComparison.Ordinal) ? "late"
                    : c.Eligible ? "eligible" : "other");
            }
        }

        seen.ShouldBe(["eligible", "late", "reward", "other"], ignoreOrder: true);
    }

    [Theory]
    [AllDatabases]
    public async Task Inviting_a_partner_who_is_not_eligible_is_refused_with_the_reason_unless_the_officer_gives_one(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var x = await PlanAsync(api, d.Program, "2007-06-01", "2007-06-03", months: 3);

        var refused = await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/invitations", new { partnerId = d.Ujang }))
            .Problem(HttpStatusCode.BadRequest, "partnerId");
        refused.GetProperty("errors").GetProperty("partnerId")[0].GetString()!.ShouldContain("angsuran 2007-04 dibayar 28 hari terlambat");
        await using (var scope = app.Scope(out var db))
        {
            (await db.ExhibitionInvitations.CountAsync(i => i.ExhibitionId == x)).ShouldBe(0);
        }

        var overridden = await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/invitations",
            new { partnerId = d.Ujang, overrideReason = "Produk baru rasa balado perlu diuji pasar" })).Json200(HttpStatusCode.Created);
        overridden.GetProperty("overrideReason").GetString().ShouldBe("Produk baru rasa balado perlu diuji pasar");
        overridden.GetProperty("basis").GetString()!.ShouldContain("28 hari terlambat");

        // A second invitation of the same partner is a conflict.
        await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/invitations", new { partnerId = d.Ujang, overrideReason = "lagi" }))
            .Problem(HttpStatusCode.Conflict, "partnerId");

        await using (var scope = app.Scope(out var db))
        {
            var id = overridden.GetProperty("id").GetGuid();
            (await db.Timeline.CountAsync(t => t.SubjectId == id && t.Kind == "exhibition.invited" && t.Approach == FivePApproach.Supporting)).ShouldBe(1);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_exhibitions_are_refused_by_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        await using var scope = app.Scope(out var db);
        var before = await db.Exhibitions.CountAsync();
        var problem = await (await api.PostAsJsonAsync("/api/v1/exhibitions", new
        {
            programId = d.Program,
            name = "",
            category = "Local",
            organiser = "CDC",
            place = new string('x', 201),
            startsOn = "2026-05-10",
            endsOn = "2026-05-08",
            places = 0,
            cost = -5,
            months = 0,
        })).Problem(HttpStatusCode.BadRequest, "endsOn");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "name", "place", "places", "cost", "months" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        (await db.Exhibitions.CountAsync()).ShouldBe(before);

        // Out of scope and other roles.
        await (await api.PostAsJsonAsync("/api/v1/exhibitions", new { programId = Guid.NewGuid(), name = "x" })).Problem(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/exhibitions/{Guid.NewGuid()}/eligibility")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var email in new[] { Demo.Facilitator, Demo.Treasurer, Demo.Evaluator, Demo.Viewer })
        {
            var other = await app.ApiAs(email);
            (await other.PostAsJsonAsync("/api/v1/exhibitions", new { programId = d.Program })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        // Evaluators read the list as counts: no personal data in it.
        var evaluator = await app.ApiAs(Demo.Evaluator);
        var list = await (await evaluator.GetAsync($"/api/v1/exhibitions?programId={d.Program}&year=2008")).Json200();
        list.GetArrayLength().ShouldBe(4);
        list.GetRawText().ShouldNotContain("Eti Rohaeti");
    }

    [Theory]
    [AllDatabases]
    public async Task Acceptances_beyond_the_places_are_a_conflict_and_attendance_posts_the_cost_once(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var x = await PlanAsync(api, d.Program, "2010-03-10", "2010-03-12", places: 1, cost: 1_750_000m);
        var eti = (await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/invitations", new { partnerId = d.Eti, overrideReason = "uji" }))
            .Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var entin = (await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/invitations", new { partnerId = d.Entin, overrideReason = "uji" }))
            .Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // The chair (Eti) accepts her own invitation on her phone; the treasurer cannot see it.
        var chair = await app.ApiAs(Demo.Chair);
        (await chair.GetAsync($"/api/v1/exhibitions/invitations/{entin}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await chair.PostAsJsonAsync($"/api/v1/exhibitions/invitations/{eti}/response", new { accept = true })).Json200())
            .GetProperty("state").GetString().ShouldBe("Accepted");
        (await (await chair.GetAsync("/api/v1/exhibitions/invitations/mine")).Json200()).EnumerateArray()
            .ShouldContain(i => i.GetProperty("id").GetGuid() == eti);
        var treasurer = await app.ApiAs(Demo.Treasurer);
        (await treasurer.PostAsJsonAsync($"/api/v1/exhibitions/invitations/{eti}/response", new { accept = false })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // One place, taken: a second acceptance is a conflict and changes nothing.
        await (await api.PostAsJsonAsync($"/api/v1/exhibitions/invitations/{entin}/response", new { accept = true })).Problem(HttpStatusCode.Conflict);
        await using (var scope = app.Scope(out var db))
        {
            (await db.Exhibitions.Where(e => e.Id == x).Select(e => e.Accepted).SingleAsync()).ShouldBe(1);
        }

        // Attendance: only of the accepted; it posts the cost once as a coaching grant.
        await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/attendance", new { present = new[] { d.Entin } })).Problem(HttpStatusCode.BadRequest, "present");
        await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/attendance", new { present = new[] { d.Eti } })).Json200();
        await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/attendance", new { present = new[] { d.Eti } })).Problem(HttpStatusCode.Conflict);
        await using (var scope = app.Scope(out var db))
        {
            var entryId = await db.Exhibitions.Where(e => e.Id == x).Select(e => e.CostEntryId).SingleAsync();
            var entry = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.Id == entryId);
            entry.Kind.ShouldBe(EntryKind.CoachingGrant);
            entry.Lines.Sum(l => l.Debit).ShouldBe(1_750_000m);
            (await db.Timeline.CountAsync(t => t.SubjectId == x && t.Kind == "exhibition.attended" && t.Approach == FivePApproach.Protecting)).ShouldBe(1);
        }

        // Results after the event: a bad order is refused by field, then the sales and an order are recorded once.
        await (await chair.PostAsJsonAsync($"/api/v1/exhibitions/invitations/{eti}/results",
            new { sales = 450_000, orders = new[] { new { buyer = "", what = "Emping balado 10 kg", followUpOn = "2010-01-01" } } }))
            .Problem(HttpStatusCode.BadRequest, "orders[0].buyer");
        var results = await (await chair.PostAsJsonAsync($"/api/v1/exhibitions/invitations/{eti}/results",
            new { sales = 450_000, orders = new[] { new { buyer = "Toko Kartika", contact = "022-7201234", what = "Emping balado 10 kg", followUpOn = "2010-03-20" } } }))
            .Json200();
        results.GetProperty("sales").GetDecimal().ShouldBe(450_000m);
        results.GetProperty("orders").GetArrayLength().ShouldBe(1);
        await (await chair.PostAsJsonAsync($"/api/v1/exhibitions/invitations/{eti}/results", new { sales = 1 })).Problem(HttpStatusCode.Conflict);

        var quarters = await (await api.GetAsync($"/api/v1/exhibitions?programId={d.Program}&year=2010")).Json200();
        var row = quarters.EnumerateArray().SelectMany(q => q.GetProperty("exhibitions").EnumerateArray()).Single(e => e.GetProperty("id").GetGuid() == x);
        row.GetProperty("participants").GetInt32().ShouldBe(1);
        row.GetProperty("sales").GetDecimal().ShouldBe(450_000m);
        row.GetProperty("orders").GetInt32().ShouldBe(1);
        row.GetProperty("costPerRupiahSold").GetDecimal().ShouldBe(3.89m);
    }

    [Theory]
    [AllDatabases]
    public async Task Two_acceptances_of_the_last_place_end_in_one_conflict(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var x = await PlanAsync(api, d.Program, "2010-06-10", "2010-06-12", places: 1);
        var a = (await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/invitations", new { partnerId = d.Eti, overrideReason = "uji" })).Json200(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var b = (await (await api.PostAsJsonAsync($"/api/v1/exhibitions/{x}/invitations", new { partnerId = d.Entin, overrideReason = "uji" })).Json200(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var other = await app.ApiAs(Demo.Officer);
        var answers = await Task.WhenAll(
            api.PostAsJsonAsync($"/api/v1/exhibitions/invitations/{a}/response", new { accept = true }),
            other.PostAsJsonAsync($"/api/v1/exhibitions/invitations/{b}/response", new { accept = true }));
        answers.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await using var scope = app.Scope(out var db);
        (await db.ExhibitionInvitations.CountAsync(i => i.ExhibitionId == x && i.State == Domain.Exhibitions.InvitationState.Accepted)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task The_demo_shows_mekar_saris_members_eligible_or_not_for_the_coming_exhibition_and_the_pages_work(string provider)
    {
        var app = await TestApp.For(provider);
        await using (var scope = app.Scope(out var db))
        {
            (await db.Exhibitions.CountAsync(e => e.StartsOn < new DateOnly(2013, 1, 1))).ShouldBeGreaterThan(20);
        }

        var api = await app.ApiAs(Demo.Officer);
        Guid upcoming;
        Guid siti, agus;
        await using (var scope = app.Scope(out var db))
        {
            var today = Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System);
            upcoming = await db.Exhibitions.Where(e => e.StartsOn > today).OrderBy(e => e.StartsOn).Select(e => e.Id).FirstAsync();
            siti = await db.Partners.Where(p => p.OwnerName == "Siti Aminah").Select(p => p.Id).SingleAsync();
            agus = await db.Partners.Where(p => p.OwnerName == "Agus Salim").Select(p => p.Id).SingleAsync();
        }

        var pages = await app.PagesAs(Demo.Officer);
        var page = await pages.GetAsync($"/exhibitions/{upcoming}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector($"tr[data-partner='{siti}']")!.GetAttribute("data-eligible").ShouldBe("true");
        var agusRow = page.Document.QuerySelector($"tr[data-partner='{agus}']")!;
        agusRow.GetAttribute("data-eligible").ShouldBe("false");
        agusRow.TextContent.ShouldContain("belum lunas");

        // The invite form of a partner who is not eligible shows the refusal; with a reason it invites.
        var refused = await pages.SubmitAsync(page, $"tr[data-partner='{agus}'] form", new Dictionary<string, string>());
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldContain(e => e.Contains("belum lunas", StringComparison.Ordinal));

        var list = await pages.GetAsync("/exhibitions");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Document.QuerySelectorAll("section[data-quarter]").Length.ShouldBeGreaterThan(20);

        var chair = await app.PagesAs(Demo.Chair);
        var mine = await chair.GetAsync("/exhibitions/mine");
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        mine.Document.QuerySelectorAll("#my-invitations li").Length.ShouldBeGreaterThan(0);
    }
}
