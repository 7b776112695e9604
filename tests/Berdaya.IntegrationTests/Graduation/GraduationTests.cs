using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Berdaya.Data.Identity;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Graduation;
using Berdaya.Domain.Partners;
using Berdaya.Features.Graduation;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Graduation;

/// <summary>docs/domain.md, Bankability and graduation: the checklist, declarations and their bad input, graduation refused and accepted, the documents, scope, the demo.</summary>
public sealed class GraduationTests
{
    private static DateOnly Today => Domain.Common.BusinessCalendar.Today(TimeProvider.System);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A partner with no loan, no NIB and no cash book, registered by the officer in Narimbang.</summary>
    private static async Task<(Guid Id, string Name)> NewPartnerAsync(TestApp app, HttpClient officer, string? village = null)
    {
        var p = await PartnerRequests.CreateAsync(officer, PartnerRequests.Valid(village: village));
        return (p.GetProperty("id").GetGuid(), p.GetProperty("ownerName").GetString()!);
    }

    private static async Task DecideEvaluationAsync(TestApp app, Guid partnerId, EvaluationDecision decision)
    {
        await using var scope = app.Scope(out var db);
        var programId = await db.Partners.Where(p => p.Id == partnerId).Select(p => p.ProgramId).SingleAsync();
        var e = new Evaluation(programId, Today.Year - 1, EvaluationSubject.Partner, partnerId, null, "{}", "Uji", DateTimeOffset.UtcNow);
        e.Decide(decision, "Uji keputusan", "Uji", Today);
        db.Evaluations.Add(e);
        await db.SaveChangesAsync();
    }

    private static object Declaration(string item, string evidence = "Dilihat pendamping saat kunjungan", string? evidenceOn = null, decimal? amount = null) =>
        new { item, evidence, evidenceOn = evidenceOn ?? Iso(Today.AddDays(-2)), amount };

    [Theory]
    [AllDatabases]
    public async Task The_demo_graduated_citra_sari_after_2012_and_opak_before_and_mekar_sari_has_items_missing(string provider)
    {
        var app = await TestApp.For(provider);
        await using var scope = app.Scope(out var db);
        var citra = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
        var members = await db.GroupMemberships.Where(m => m.GroupId == citra).Select(m => m.PartnerId).ToListAsync();
        var graduated = await db.Graduations.Where(g => members.Contains(g.PartnerId)).ToListAsync();
        graduated.Count.ShouldBe(members.Count);
        graduated.ShouldAllBe(g => g.EvaluationYear == 2012 && g.GraduatedOn == new DateOnly(2013, 2, 4) && g.Tier != null);
        graduated.ShouldAllBe(g => g.Items().All(i => i.State == ItemState.Met || i.State == ItemState.Declared || i.State == ItemState.NotNeeded));
        (await db.Partners.CountAsync(p => members.Contains(p.Id) && p.Status == PartnerStatus.Independent)).ShouldBe(members.Count);

        var opak = await db.Groups.Where(g => g.Name == "Opak Conggeang").Select(g => g.Id).SingleAsync();
        var opakGraduations = await db.Graduations.Where(g => g.GroupId == opak).ToListAsync();
        opakGraduations.Count.ShouldBe(5);
        opakGraduations.ShouldAllBe(g => g.EvaluationId == null && g.GraduatedOn == new DateOnly(2005, 11, 20));

        var mekar = await db.Groups.Where(g => g.Name == "Mekar Sari").Select(g => g.Id).SingleAsync();
        var declared = await db.BankabilityDeclarations.Where(d => db.GroupMemberships.Any(m => m.GroupId == mekar && m.PartnerId == d.PartnerId))
            .Select(d => d.PartnerId).Distinct().ToListAsync();
        declared.Count.ShouldBe(3);
        var officer = await app.ApiAs(Demo.Officer);
        foreach (var id in declared)
        {
            var view = await (await officer.GetAsync($"/api/v1/partners/{id}/bankability")).Json200();
            view.GetProperty("holds").GetBoolean().ShouldBeFalse();
            view.GetProperty("open").GetArrayLength().ShouldBeGreaterThan(0);
            view.GetProperty("tier").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
        }

        // The graduates are the mentors the Meet and Greet program may pair.
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        http.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "mentor-test"), new Claim(ClaimTypes.Role, Roles.Administrator)], "test")),
        };
        var mentors = await scope.ServiceProvider.GetRequiredService<EligibleMentors>().ListAsync(null, null, null, default);
        mentors.Select(m => m.PartnerId).ShouldBeSubsetOf(await db.Partners.Where(p => p.Status == PartnerStatus.Independent).Select(p => p.Id).ToListAsync());
        mentors.ShouldContain(m => m.OwnerName == "Eti Rohaeti" && m.GraduatedOn == new DateOnly(2013, 2, 4));
        mentors.ShouldContain(m => m.OwnerName == "Titin Suhartini" && m.GraduatedOn == new DateOnly(2005, 11, 20));
    }

    [Theory]
    [AllDatabases]
    public async Task Graduating_is_refused_naming_each_open_item_and_changes_nothing(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var (id, _) = await NewPartnerAsync(app, officer);
        var problem = await (await officer.PostAsJsonAsync($"/api/v1/partners/{id}/graduation", new { bank = "BRI Unit Conggeang" }))
            .Problem(HttpStatusCode.BadRequest, "checklist");
        problem.GetProperty("errors").GetProperty("evaluation")[0].GetString()!.ShouldContain("evaluasi");
        var named = problem.GetProperty("errors").GetProperty("checklist").EnumerateArray().Select(m => m.GetString()!).ToList();
        named.ShouldContain(m => m.Contains("Kartu Keluarga"));
        named.ShouldContain(m => m.Contains("NIB atau Surat Keterangan Usaha"));
        named.ShouldContain(m => m.Contains("Riwayat angsuran bersih"));
        named.ShouldContain(m => m.Contains("Kebutuhan kredit"));

        // An evaluation that decided otherwise is named too.
        await DecideEvaluationAsync(app, id, EvaluationDecision.Continue);
        var again = await (await officer.PostAsJsonAsync($"/api/v1/partners/{id}/graduation", new { bank = "" })).Problem(HttpStatusCode.BadRequest, "evaluation");
        again.GetProperty("errors").GetProperty("evaluation")[0].GetString()!.ShouldContain("Dilanjutkan");

        await using var scope = app.Scope(out var db);
        (await db.Graduations.CountAsync(g => g.PartnerId == id)).ShouldBe(0);
        (await db.Partners.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()).ShouldNotBe(PartnerStatus.Independent);
        (await db.Timeline.CountAsync(t => t.PartnerId == id && t.Kind == "partner.graduated")).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_declaration_without_evidence_too_long_in_the_future_or_of_a_record_item_is_refused_by_field(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var (id, _) = await NewPartnerAsync(app, officer);
        var url = $"/api/v1/partners/{id}/bankability/declarations";
        await (await facilitator.PostAsJsonAsync(url, Declaration("FamilyCard", evidence: " "))).Problem(HttpStatusCode.BadRequest, "evidence");
        await (await facilitator.PostAsJsonAsync(url, Declaration("FamilyCard", evidence: new string('x', 501)))).Problem(HttpStatusCode.BadRequest, "evidence");
        await (await facilitator.PostAsJsonAsync(url, Declaration("FamilyCard", evidenceOn: Iso(Today.AddDays(1))))).Problem(HttpStatusCode.BadRequest, "evidenceOn");
        await (await facilitator.PostAsJsonAsync(url, Declaration("Identity"))).Problem(HttpStatusCode.BadRequest, "item");
        await (await facilitator.PostAsJsonAsync(url, Declaration("CreditNeed"))).Problem(HttpStatusCode.BadRequest, "amount");
        await (await facilitator.PostAsJsonAsync(url, Declaration("CreditNeed", amount: 20_000_000_000m))).Problem(HttpStatusCode.BadRequest, "amount");
        await using (var scope = app.Scope(out var db))
        {
            (await db.BankabilityDeclarations.CountAsync(d => d.PartnerId == id)).ShouldBe(0);
            (await db.Timeline.CountAsync(t => t.PartnerId == id && t.Kind == "bankability.declared")).ShouldBe(0);
        }

        var made = await (await facilitator.PostAsJsonAsync(url, Declaration("FamilyCard"))).Json200(HttpStatusCode.Created);
        made.GetProperty("item").GetString().ShouldBe("FamilyCard");
        await using (var scope = app.Scope(out var db))
        {
            var entry = await db.Timeline.SingleAsync(t => t.PartnerId == id && t.Kind == "bankability.declared");
            entry.Approach.ShouldBe(Domain.Common.FivePApproach.Fostering);
            entry.Summary.ShouldContain("Kartu Keluarga");
        }

        made.GetProperty("declaredBy").GetString().ShouldNotBeNullOrWhiteSpace();
        var view = await (await facilitator.GetAsync($"/api/v1/partners/{id}/bankability")).Json200();
        view.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "FamilyCard").GetProperty("state").GetString().ShouldBe("Declared");

        // The office does not declare on behalf of nobody: an evaluator and a viewer are refused before the body is read.
        await (await (await app.ApiAs(Demo.Viewer)).PostAsJsonAsync(url, Declaration("FamilyCard"))).Problem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_whose_evaluation_graduates_and_checklist_holds_becomes_independent_once_and_leaves_the_active_list(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var (id, name) = await NewPartnerAsync(app, officer);
        var url = $"/api/v1/partners/{id}/bankability/declarations";
        foreach (var item in new[] { "FamilyCard", "BusinessLicence", "RepaymentRecord", "BooksKept" })
        {
            await (await facilitator.PostAsJsonAsync(url, Declaration(item))).Json200(HttpStatusCode.Created);
        }

        // Above Rp 50 million the NPWP is asked; a smaller need is a micro KUR without it.
        await (await facilitator.PostAsJsonAsync(url, Declaration("CreditNeed", amount: 60_000_000m))).Json200(HttpStatusCode.Created);
        var view = await (await officer.GetAsync($"/api/v1/partners/{id}/bankability")).Json200();
        view.GetProperty("tier").GetString().ShouldBe("Micro");
        view.GetProperty("open").EnumerateArray().Select(o => o.GetString()).ShouldBe(["Npwp"]);
        await (await facilitator.PostAsJsonAsync(url, Declaration("CreditNeed", amount: 40_000_000m))).Json200(HttpStatusCode.Created);
        view = await (await officer.GetAsync($"/api/v1/partners/{id}/bankability")).Json200();
        view.GetProperty("holds").GetBoolean().ShouldBeTrue(view.GetRawText());

        await DecideEvaluationAsync(app, id, EvaluationDecision.Graduate);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/graduation", new { bank = "" })).Problem(HttpStatusCode.Forbidden);
        var graduated = await (await officer.PostAsJsonAsync($"/api/v1/partners/{id}/graduation", new { bank = "BRI Unit Conggeang" })).Json200(HttpStatusCode.Created);
        graduated.GetProperty("tier").GetString().ShouldBe("Micro");
        graduated.GetProperty("graduatedOn").GetString().ShouldBe(Iso(Today));
        await (await officer.PostAsJsonAsync($"/api/v1/partners/{id}/graduation", new { bank = "" })).Problem(HttpStatusCode.Conflict);
        await (await facilitator.PostAsJsonAsync(url, Declaration("FamilyCard"))).Problem(HttpStatusCode.Conflict);

        // Out of the active list, still found by name or by its status, its page and history kept.
        var browse = await (await officer.GetAsync($"/api/v1/partners?village={TestData.Narimbang}&pageSize=100")).Json200();
        browse.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("status").GetString() != "Independent");
        // By the whole name: its last word alone is six hex digits, which may all be decimal and would be read as a NIK.
        var words = Uri.EscapeDataString(name);
        (await (await officer.GetAsync($"/api/v1/partners?q={words}")).Json200()).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await officer.GetAsync($"/api/v1/partners?q={words}&status=Independent")).Json200()).GetProperty("total").GetInt32().ShouldBe(1);
        var partner = await (await officer.GetAsync($"/api/v1/partners/{id}")).Json200();
        partner.GetProperty("status").GetString().ShouldBe("Independent");
        partner.GetProperty("independentSince").GetString().ShouldBe(Iso(Today));

        var pages = await app.PagesAs(Demo.Officer);
        var details = await pages.GetAsync($"/partners/{id}");
        details.Document.QuerySelector("#independent-since")!.TextContent.ShouldContain("Mandiri sejak");
        details.Document.QuerySelector("#timeline, .timeline")!.TextContent.ShouldContain("lulus dan mandiri");
        var letter = await pages.GetAsync($"/partners/{id}/graduation/letter");
        letter.StatusCode.ShouldBe(HttpStatusCode.OK);
        letter.Document.QuerySelector("#letter-name")!.TextContent.ShouldBe(name);
        letter.Document.QuerySelector("#letter-bank")!.TextContent.ShouldBe("BRI Unit Conggeang");
        letter.Document.QuerySelectorAll("#checklist tbody tr").Length.ShouldBe(Enum.GetValues<BankabilityItem>().Length);
        var certificate = await pages.GetAsync($"/partners/{id}/graduation/certificate");
        certificate.Document.QuerySelector("#certificate-name")!.TextContent.ShouldBe(name);

        await using var scope = app.Scope(out var db);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(PartnerGraduation) && a.Action == "Added")).ShouldBeGreaterThan(0);
        (await db.Timeline.CountAsync(t => t.PartnerId == id && t.Kind == "partner.graduated" && t.Approach == Domain.Common.FivePApproach.Fostering)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task The_page_shows_the_checklist_declares_and_refuses_graduation_beside_the_form(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var (id, _) = await NewPartnerAsync(app, officer);
        var pages = await app.PagesAs(Demo.Officer);
        var page = await pages.GetAsync($"/partners/{id}/bankability");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelectorAll("#checklist tbody tr").Length.ShouldBe(Enum.GetValues<BankabilityItem>().Length);
        page.Document.QuerySelector("#bankability-open")!.TextContent.ShouldContain("Kartu Keluarga");

        var refused = await pages.SubmitAsync(page, "#graduate-form", new Dictionary<string, string> { ["Graduate.Bank"] = "BRI" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("#bankability-errors")!.TextContent.ShouldContain("Belum dapat lulus: Kartu Keluarga");

        var bad = await pages.SubmitAsync(page, "#declare-form", new Dictionary<string, string>
        {
            ["Declare.Item"] = "FamilyCard",
            ["Declare.Evidence"] = "",
            ["Declare.EvidenceOn"] = Iso(Today.AddDays(3)),
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PartnerRequests.FieldError(bad, "Declare.Evidence").ShouldNotBeNullOrWhiteSpace();
        PartnerRequests.FieldError(bad, "Declare.EvidenceOn").ShouldNotBeNullOrWhiteSpace();

        var saved = await pages.SubmitAsync(page, "#declare-form", new Dictionary<string, string>
        {
            ["Declare.Item"] = "FamilyCard",
            ["Declare.Evidence"] = "KK asli dilihat",
            ["Declare.EvidenceOn"] = Iso(Today),
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await pages.GetAsync($"/partners/{id}/bankability");
        after.Document.QuerySelector("#checklist tr[data-item='FamilyCard']")!.GetAttribute("data-state").ShouldBe("Declared");
        after.Document.QuerySelector("#declarations")!.TextContent.ShouldContain("KK asli dilihat");
    }

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_of_another_village_another_partner_and_an_evaluator_do_not_reach_the_checklist(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var (outside, _) = await NewPartnerAsync(app, officer, TestData.OutsideFacilitator);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.GetAsync($"/api/v1/partners/{outside}/bankability")).Problem(HttpStatusCode.NotFound);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{outside}/bankability/declarations", Declaration("FamilyCard"))).Problem(HttpStatusCode.NotFound);
        (await (await app.PagesAs(Demo.Facilitator)).GetAsync($"/partners/{outside}/bankability")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await (await app.ApiAs(Demo.Evaluator)).GetAsync($"/api/v1/partners/{outside}/bankability")).Problem(HttpStatusCode.Forbidden);
        await (await (await app.ApiAs(Demo.Chair)).GetAsync($"/api/v1/partners/{outside}/bankability")).Problem(HttpStatusCode.NotFound);

        // The chair reads her own checklist and documents; the treasurer may not read another member's.
        var d = await Security.DemoRecords.For(app);
        var chair = await app.PagesAs(Demo.Chair);
        (await chair.GetAsync($"/partners/{d.Chair}/graduation/letter")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.PagesAs(Demo.Treasurer)).GetAsync($"/partners/{d.Chair}/bankability")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A partner not graduated has no letter.
        (await (await app.PagesAs(Demo.Officer)).GetAsync($"/partners/{outside}/graduation/certificate")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = app.Scope(out var db);
        (await db.BankabilityDeclarations.CountAsync(x => x.PartnerId == outside)).ShouldBe(0);
    }
}
