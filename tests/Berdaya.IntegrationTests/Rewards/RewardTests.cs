using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Rewards;

/// <summary>docs/domain.md, Rewards: rules on the on-time record, who qualifies and why, issuing with refusal and 409, the certificate.</summary>
public sealed class RewardTests
{
    private const string DemoRule = "Tepat waktu 12 bulan (bayar sebelum tanggal 5)";

    private static async Task<(Guid Rule, Guid Eti, Guid Ujang, Guid Entin, Guid Group)> DemoAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        var rule = await db.RewardRules.Where(r => r.Name == DemoRule).Select(r => r.Id).SingleAsync();
        Guid Partner(string name) => db.Partners.Where(p => p.OwnerName == name).Select(p => p.Id).Single();
        var group = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
        return (rule, Partner("Eti Rohaeti"), Partner("Ujang Sopandi"), Partner("Entin Supartini"), group);
    }

    private static async Task<Guid> RuleAsync(HttpClient api, object body) =>
        (await (await api.PostAsJsonAsync("/api/v1/reward-rules", body)).Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [Theory]
    [AllDatabases]
    public async Task The_officer_sees_who_qualifies_and_why_not_for_a_date(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var view = await (await api.GetAsync($"/api/v1/reward-rules/{d.Rule}/qualification?on=2007-12-31")).Json200();
        var candidates = view.GetProperty("candidates").EnumerateArray().ToDictionary(c => c.GetProperty("receiverId").GetGuid());
        candidates.Count.ShouldBe(10);
        candidates[d.Ujang].GetProperty("qualifies").GetBoolean().ShouldBeFalse();
        candidates[d.Ujang].GetProperty("why").GetString().ShouldBe("angsuran 2007-04 dibayar 28 hari terlambat");
        candidates[d.Entin].GetProperty("why").GetString().ShouldBe("angsuran 2007-01 dibayar 12 hari terlambat");
        candidates[d.Eti].GetProperty("qualifies").GetBoolean().ShouldBeTrue();
        candidates[d.Eti].GetProperty("why").GetString().ShouldBe("12 bulan angsuran tepat waktu (2007-01 s.d. 2007-12)");

        // The demo issued the shirts and caps to the eight members who qualified.
        candidates.Values.Count(c => c.GetProperty("issueId").ValueKind != JsonValueKind.Null).ShouldBe(8);
        (await (await api.GetAsync($"/api/v1/reward-rules/{d.Rule}/issues")).Json200()).GetArrayLength().ShouldBe(8);

        // Two months into the loans, no one has twelve months yet.
        var early = await (await api.GetAsync($"/api/v1/reward-rules/{d.Rule}/qualification?on=2006-05-31")).Json200();
        early.GetProperty("candidates").EnumerateArray().ShouldAllBe(c => !c.GetProperty("qualifies").GetBoolean());
        early.GetProperty("candidates")[0].GetProperty("why").GetString()!.ShouldStartWith("baru 3 dari 12 bulan");
    }

    [Theory]
    [AllDatabases]
    public async Task Issuing_records_the_reward_refuses_who_does_not_qualify_and_a_second_issue_is_a_conflict(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var rule = await RuleAsync(api, new { name = TestData.Unique("Tepat waktu 24 bulan"), scope = "Partner", months = 24, kind = "HigherCeiling", ceilingIncrease = 2_000_000m });

        await using (var scope = app.Scope(out var db))
        {
            var before = await db.RewardIssues.CountAsync(i => i.RuleId == rule);
            var refused = await (await api.PostAsJsonAsync($"/api/v1/reward-rules/{rule}/issues", new { receiverId = d.Ujang, asOf = "2008-12-31" }))
                .Problem(HttpStatusCode.BadRequest, "receiverId");
            refused.GetProperty("errors").GetProperty("receiverId")[0].GetString()!.ShouldContain("angsuran 2007-04 dibayar 28 hari terlambat");
            (await db.RewardIssues.CountAsync(i => i.RuleId == rule)).ShouldBe(before);
        }

        var issued = await (await api.PostAsJsonAsync($"/api/v1/reward-rules/{rule}/issues", new { receiverId = d.Eti, asOf = "2008-12-31" }))
            .Json200(HttpStatusCode.Created);
        var id = issued.GetProperty("id").GetGuid();
        issued.GetProperty("period").GetString().ShouldBe("2008-12");
        await (await api.PostAsJsonAsync($"/api/v1/reward-rules/{rule}/issues", new { receiverId = d.Eti, asOf = "2008-12-20" }))
            .Problem(HttpStatusCode.Conflict, "receiverId");

        await using (var scope = app.Scope(out var db))
        {
            (await db.Timeline.CountAsync(t => t.SubjectId == id && t.Kind == "reward.issued" && t.Approach == FivePApproach.Supporting
                                               && t.GroupId == d.Group && t.PartnerId == d.Eti)).ShouldBe(1);
        }

        // The partner sees it, with the certificate in Bahasa Indonesia.
        var chair = await app.ApiAs(Demo.Chair);
        var mine = await (await chair.GetAsync($"/api/v1/partners/{d.Eti}/rewards")).Json200();
        mine.GetProperty("rewards").EnumerateArray().ShouldContain(r => r.GetProperty("id").GetGuid() == id);
        var pages = await app.PagesAs(Demo.Chair, "en");
        var certificate = await pages.GetAsync($"/rewards/issued/{id}/certificate");
        certificate.StatusCode.ShouldBe(HttpStatusCode.OK);
        certificate.Document.QuerySelector("#certificate h1")!.TextContent.ShouldBe("SERTIFIKAT PENGHARGAAN");
        certificate.Document.QuerySelector("#certificate-name")!.TextContent.Trim().ShouldBe("Eti Rohaeti");
        (await pages.GetAsync($"/partners/{d.Eti}/rewards")).Html.ShouldContain($"/rewards/issued/{id}/certificate");
    }

    [Theory]
    [AllDatabases]
    public async Task A_group_rule_looks_at_every_members_installments(string provider)
    {
        // Its own app: the shared one's access matrix reverses a Citra Sari member's first payment,
        // which leaves every later installment of hers late and no group rule can then be met.
        await using var app = await TestApp.Own(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var rule = await RuleAsync(api, new { name = TestData.Unique("Kelompok tepat waktu"), scope = "Group", months = 6, kind = "Certificate" });
        var bad = await (await api.GetAsync($"/api/v1/reward-rules/{rule}/qualification?on=2007-05-31")).Json200();
        var citra = bad.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("receiverId").GetGuid() == d.Group);
        citra.GetProperty("qualifies").GetBoolean().ShouldBeFalse();
        citra.GetProperty("why").GetString()!.ShouldContain("Ujang Sopandi: angsuran 2007-04 dibayar 28 hari terlambat");
        await (await api.PostAsJsonAsync($"/api/v1/reward-rules/{rule}/issues", new { receiverId = d.Group, asOf = "2007-05-31" }))
            .Problem(HttpStatusCode.BadRequest, "receiverId");

        var issued = await (await api.PostAsJsonAsync($"/api/v1/reward-rules/{rule}/issues", new { receiverId = d.Group, asOf = "2008-12-31" }))
            .Json200(HttpStatusCode.Created);
        issued.GetProperty("groupId").GetGuid().ShouldBe(d.Group);
        issued.GetProperty("partnerId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_rules_and_dates_are_refused_by_field_and_only_the_office_defines_and_issues(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        await using var scope = app.Scope(out var db);
        var rules = await db.RewardRules.CountAsync();
        var problem = await (await api.PostAsJsonAsync("/api/v1/reward-rules", new { name = "", scope = "Partner", months = 0, kind = "Merchandise" }))
            .Problem(HttpStatusCode.BadRequest, "name");
        problem.GetProperty("errors").TryGetProperty("months", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("item", out _).ShouldBeTrue();
        await (await api.PostAsJsonAsync("/api/v1/reward-rules", new { name = "Plafon", scope = "Partner", months = 12, kind = "HigherCeiling", ceilingIncrease = 0 }))
            .Problem(HttpStatusCode.BadRequest, "ceilingIncrease");
        (await db.RewardRules.CountAsync()).ShouldBe(rules);

        var future = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await api.PostAsJsonAsync($"/api/v1/reward-rules/{d.Rule}/issues", new { receiverId = d.Eti, asOf = future }))
            .Problem(HttpStatusCode.BadRequest, "asOf");
        await (await api.PostAsJsonAsync($"/api/v1/reward-rules/{d.Rule}/issues", new { receiverId = Guid.NewGuid(), asOf = "2007-12-31" }))
            .Problem(HttpStatusCode.NotFound);
        await (await api.PostAsJsonAsync($"/api/v1/reward-rules/{Guid.NewGuid()}/issues", new { receiverId = d.Eti, asOf = "2007-12-31" }))
            .Problem(HttpStatusCode.NotFound);

        foreach (var email in new[] { Demo.Facilitator, Demo.Treasurer, Demo.Evaluator })
        {
            var other = await app.ApiAs(email);
            (await other.PostAsJsonAsync($"/api/v1/reward-rules/{d.Rule}/issues", new { receiverId = d.Ujang, asOf = "2007-12-31" })).StatusCode
                .ShouldBe(HttpStatusCode.Forbidden);
            (await other.GetAsync($"/api/v1/reward-rules/{d.Rule}/qualification")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await db.RewardIssues.CountAsync(i => i.RuleId == d.Rule)).ShouldBe(8);
    }

    [Theory]
    [AllDatabases]
    public async Task The_rule_page_issues_and_shows_a_refusal_beside_the_receiver(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var rule = await RuleAsync(api, new { name = TestData.Unique("Undangan pameran"), scope = "Partner", months = 12, kind = "ExhibitionInvitation" });
        var pages = await app.PagesAs(Demo.Officer);
        var page = await pages.GetAsync($"/rewards/{rule}?On=2007-12-31");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector($"tr[data-receiver='{d.Ujang}']")!.TextContent.ShouldContain("28 hari terlambat");

        var refused = await pages.SubmitAsync(page, $"tr[data-receiver='{d.Ujang}'] form", new Dictionary<string, string>());
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldContain(e => e.Contains("28 hari terlambat", StringComparison.Ordinal));

        var done = await pages.SubmitAsync(page, $"tr[data-receiver='{d.Eti}'] form", new Dictionary<string, string>());
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await pages.GetAsync($"/rewards/{rule}?On=2007-12-31");
        after.Document.QuerySelectorAll("#issued-list li").Length.ShouldBe(1);
    }
}
