using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Features.Legality;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Proposals;
using Berdaya.IntegrationTests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Legality;

/// <summary>docs/domain.md, Legality milestones: each rule and refusal through the API, on every database.</summary>
public sealed class LegalityTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly byte[] Pdf = "%PDF-1.4\n% uji\n%%EOF\n"u8.ToArray();

    private static async Task<Guid> NewPartnerAsync(TestApp app) => (await GroupScenario.PartnersAsync(app, 1))[0].Id;

    private static Task<HttpResponseMessage> PutAsync(HttpClient api, Guid partner, string kind, object body) =>
        api.PutAsJsonAsync($"/api/v1/partners/{partner}/legality/{kind}", body);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, Guid partner, string kind, byte[] content, string name = "dokumen.pdf")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await api.PostAsync($"/api/v1/partners/{partner}/legality/{kind}/document", form);
    }

    private static async Task<(int Items, int Changes, int Events, int Files)> CountsAsync(TestApp app, Guid partner)
    {
        await using var scope = app.Scope(out var db);
        var items = await db.LegalityItems.Where(i => i.PartnerId == partner).Select(i => i.Id).ToListAsync();
        return (items.Count, await db.LegalityChanges.CountAsync(c => c.PartnerId == partner),
            await db.Timeline.CountAsync(t => t.PartnerId == partner && t.Kind.StartsWith("legality.")),
            await db.Attachments.CountAsync(a => items.Contains(a.OwnerId)));
    }

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_records_a_NIB_granted_with_its_history_and_timeline_event(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = await NewPartnerAsync(app);
        var api = await app.ApiAs(Demo.Facilitator);
        await (await PutAsync(api, partner, "nib", new { state = "Applied", appliedOn = Iso(Today.AddDays(-20)), issuingOffice = "OSS" })).Json200();
        var item = await (await PutAsync(api, partner, "nib", new { state = "Granted", number = "9120-0001-12345", grantedOn = Iso(Today.AddDays(-5)) })).Json200();

        item.GetProperty("item").GetProperty("state").GetString().ShouldBe("Granted");
        item.GetProperty("item").GetProperty("number").GetString().ShouldBe("9120000112345");
        item.GetProperty("item").GetProperty("issuingOffice").GetString().ShouldBe("OSS");
        item.GetProperty("item").GetProperty("expiresOn").ValueKind.ShouldBe(JsonValueKind.Null);
        var history = item.GetProperty("history").EnumerateArray().ToList();
        history.Select(h => h.GetProperty("toState").GetString()).ShouldBe(["Granted", "Applied"]);

        await using var scope = app.Scope(out var db);
        var events = await db.Timeline.Where(t => t.PartnerId == partner && t.Kind.StartsWith("legality.")).ToListAsync();
        events.Select(e => e.Kind).ShouldBe(["legality.applied", "legality.granted"], ignoreOrder: true);
        events.ShouldAllBe(e => e.Approach == FivePApproach.Empowering);

        var list = await (await api.GetAsync($"/api/v1/partners/{partner}/legality")).Json200();
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString())
            .ShouldBe(["nib", "pirt", "halal", "trademark", "npwp", "food-safety"]);
    }

    [Theory]
    [AllDatabases]
    public async Task Numbers_of_the_wrong_form_are_refused_naming_the_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = await NewPartnerAsync(app);
        var api = await app.ApiAs(Demo.Facilitator, "en");
        var nib = await (await PutAsync(api, partner, "nib", new { state = "Granted", number = "912000011234", grantedOn = Iso(Today) })).Problem(HttpStatusCode.BadRequest, "number");
        GroupScenario.Message(nib, "number").ShouldBe("A NIB has exactly 13 digits.");
        await (await PutAsync(api, partner, "pirt", new { state = "Applied", number = "12345678901234", appliedOn = Iso(Today) })).Problem(HttpStatusCode.BadRequest, "number");
        var npwp = await (await PutAsync(api, partner, "npwp", new { state = "Granted", number = "3211070101010001", grantedOn = Iso(Today) }))
            .Problem(HttpStatusCode.BadRequest, "number");
        GroupScenario.Message(npwp, "number").ShouldBe("A 16-digit NPWP must equal the partner's NIK.");
        await (await PutAsync(api, partner, "halal", new { state = "Granted", number = new string('X', 61), grantedOn = Iso(Today) })).Problem(HttpStatusCode.BadRequest, "number");
        await (await PutAsync(api, partner, "nib", new { state = "Expired" })).Problem(HttpStatusCode.BadRequest, "state");
        await (await PutAsync(api, partner, "nib", new { })).Problem(HttpStatusCode.BadRequest, "state");
        await (await PutAsync(api, partner, "nib", new { state = "Applied", appliedOn = Iso(Today.AddDays(2)) })).Problem(HttpStatusCode.BadRequest, "appliedOn");
        await (await PutAsync(api, partner, "sku", new { state = "Applied" })).Problem(HttpStatusCode.NotFound);
        (await CountsAsync(app, partner)).ShouldBe((0, 0, 0, 0));

        // The partner's own NIK is their NPWP.
        await using (var scope = app.Scope(out var db))
        {
            var nik = await db.Partners.Where(p => p.Id == partner).Select(p => p.Nik).SingleAsync();
            var npwpItem = (await (await PutAsync(api, partner, "npwp", new { state = "Granted", number = nik, grantedOn = Iso(Today) })).Json200()).GetProperty("item");
            npwpItem.GetProperty("number").GetString().ShouldBe("NIK");
            (await db.LegalityChanges.AnyAsync(c => c.Number == nik)).ShouldBeFalse();
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_PIRT_is_granted_only_once_the_food_safety_certificate_is_recorded(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = await NewPartnerAsync(app);
        var api = await app.ApiAs(Demo.Facilitator, "en");
        var granted = Today.AddDays(-3);
        var pirt = new { state = "Granted", number = "206321101234526", appliedOn = Iso(Today.AddDays(-40)), grantedOn = Iso(granted), issuingOffice = "Dinas Kesehatan Kabupaten Sumedang" };
        var refused = await (await PutAsync(api, partner, "pirt", pirt)).Problem(HttpStatusCode.BadRequest, "state");
        refused.GetProperty("code").GetString().ShouldBe("legality.pirt.foodsafety");
        GroupScenario.Message(refused, "state").ShouldContain("food-safety certificate");
        (await CountsAsync(app, partner)).ShouldBe((0, 0, 0, 0));

        // A certificate recorded without its document is not yet enough.
        await (await PutAsync(api, partner, "food-safety", new { state = "Granted", grantedOn = Iso(Today.AddDays(-10)) })).Json200();
        await (await PutAsync(api, partner, "pirt", pirt)).Problem(HttpStatusCode.BadRequest, "state");
        await (await UploadAsync(api, partner, "food-safety", Pdf, "sertifikat.pdf")).Json200(HttpStatusCode.Created);

        var item = (await (await PutAsync(api, partner, "pirt", pirt)).Json200()).GetProperty("item");
        item.GetProperty("state").GetString().ShouldBe("Granted");
        item.GetProperty("expiresOn").GetString().ShouldBe(Iso(granted.AddYears(5)));
    }

    [Theory]
    [AllDatabases]
    public async Task An_expiry_before_the_grant_is_refused_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = await NewPartnerAsync(app);
        var api = await app.ApiAs(Demo.Officer);
        var body = new { state = "Granted", number = "IDM000123456", appliedOn = Iso(Today.AddYears(-1)), grantedOn = Iso(Today.AddDays(-10)), expiresOn = Iso(Today.AddDays(-11)) };
        var problem = await (await PutAsync(api, partner, "trademark", body)).Problem(HttpStatusCode.BadRequest, "expiresOn");
        problem.GetProperty("code").GetString().ShouldBe("legality.expiry.beforegrant");
        await (await PutAsync(api, partner, "trademark", new { state = "Granted", number = "IDM000123456", grantedOn = Iso(Today) })).Problem(HttpStatusCode.BadRequest, "appliedOn");
        (await CountsAsync(app, partner)).ShouldBe((0, 0, 0, 0));

        var item = (await (await PutAsync(api, partner, "trademark", new { body.state, body.number, body.appliedOn, body.grantedOn })).Json200()).GetProperty("item");
        item.GetProperty("expiresOn").GetString().ShouldBe(Iso(Today.AddYears(-1).AddYears(10)));
    }

    [Theory]
    [AllDatabases]
    public async Task A_licence_past_its_expiry_reads_as_expired_everywhere_before_any_job_runs(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = await NewPartnerAsync(app);
        var api = await app.ApiAs(Demo.Facilitator);
        await (await PutAsync(api, partner, "food-safety", new { state = "Granted", grantedOn = Iso(Today.AddYears(-6)) })).Json200();
        await (await UploadAsync(api, partner, "food-safety", Pdf)).Json200(HttpStatusCode.Created);
        var granted = Today.AddYears(-5).AddDays(-1);
        await (await PutAsync(api, partner, "pirt", new { state = "Granted", number = "206321101234526", grantedOn = Iso(granted) })).Json200();

        var list = await (await api.GetAsync($"/api/v1/partners/{partner}/legality")).Json200();
        var pirt = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "pirt");
        pirt.GetProperty("state").GetString().ShouldBe("Expired");
        (await (await api.GetAsync($"/api/v1/partners/{partner}/legality/pirt")).Json200()).GetProperty("item").GetProperty("state").GetString().ShouldBe("Expired");

        var program = await (await api.GetAsync("/api/v1/legality")).Json200();
        program.GetProperty("expired").EnumerateArray().ShouldContain(r => r.GetProperty("partnerId").GetGuid() == partner && r.GetProperty("kind").GetString() == "pirt");

        await using var scope = app.Scope(out var db);
        var needs = await scope.ServiceProvider.GetRequiredService<LegalityNeeds>().NeedsAsync(db.Partners.Where(p => p.Id == partner).Select(p => p.Id), null, default);
        needs.Select(n => n.Href).ShouldContain($"/partners/{partner}/legality/pirt");
        needs.ShouldContain(n => n.Href == $"/partners/{partner}/legality/nib" && n.Kind == NeedKind.Legality);
    }

    [Theory]
    [AllDatabases]
    public async Task A_document_that_is_not_a_real_PDF_JPEG_or_PNG_is_refused_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = await NewPartnerAsync(app);
        var api = await app.ApiAs(Demo.Facilitator);
        await (await UploadAsync(api, partner, "nib", "bukan pdf"u8.ToArray(), "nib.pdf")).Problem(HttpStatusCode.BadRequest, "file");
        await (await UploadAsync(api, partner, "nib", Files.Png, "nib.pdf")).Problem(HttpStatusCode.BadRequest, "file");
        await (await UploadAsync(api, partner, "nib", [])).Problem(HttpStatusCode.BadRequest, "file");
        (await CountsAsync(app, partner)).ShouldBe((0, 0, 0, 0));

        var created = await (await UploadAsync(api, partner, "nib", Files.Png, "nib.png")).Json200(HttpStatusCode.Created);
        created.GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
        var download = await api.GetAsync($"/api/v1/partners/{partner}/legality/nib/document");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await CountsAsync(app, partner)).ShouldBe((1, 1, 1, 1));
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_uploads_their_own_document_but_changes_no_state_and_nobody_elses_record(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, members) = await GroupScenario.GroupAsync(app, 5);
        var own = members[0].Id;
        var other = members[1].Id;
        var api = await app.ApiAs(await GroupScenario.PartnerUserAsync(app, own));

        await (await UploadAsync(api, own, "halal", Pdf)).Json200(HttpStatusCode.Created);
        (await (await api.GetAsync($"/api/v1/partners/{own}/legality")).Json200()).GetProperty("mayChange").GetBoolean().ShouldBeFalse();
        await (await PutAsync(api, own, "nib", new { state = "Preparing" })).Problem(HttpStatusCode.Forbidden);

        // A member of the same group is out of this partner's legality scope: not found.
        await (await api.GetAsync($"/api/v1/partners/{other}/legality")).Problem(HttpStatusCode.NotFound);
        await (await UploadAsync(api, other, "halal", Pdf)).Problem(HttpStatusCode.NotFound);
        await (await api.GetAsync("/api/v1/legality")).Problem(HttpStatusCode.Forbidden);
        (await CountsAsync(app, other)).ShouldBe((0, 0, 0, 0));
        (await CountsAsync(app, own)).ShouldBe((1, 1, 1, 1));
    }

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_of_another_district_finds_no_partner_of_Conggeang(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await Admin.AdminData.CreateUserAsync(admin, Data.Identity.Roles.Facilitator, "legal");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { programIds = new[] { d.Program }, villageCodes = new[] { TestData.OutsideFacilitator } })).Json200();
        var outsider = await app.ApiAs(email);
        await (await outsider.GetAsync($"/api/v1/partners/{d.Chair}/legality")).Problem(HttpStatusCode.NotFound);
        await (await PutAsync(outsider, d.Chair, "nib", new { state = "Preparing" })).Problem(HttpStatusCode.NotFound);
        await (await UploadAsync(outsider, d.Chair, "nib", Pdf)).Problem(HttpStatusCode.NotFound);
        var view = await (await outsider.GetAsync("/api/v1/legality")).Json200();
        view.GetProperty("expiring").GetArrayLength().ShouldBe(0);
        view.GetProperty("byGroup").EnumerateArray().ShouldNotContain(g => g.GetProperty("key").GetString() == d.CitraSari.ToString());
    }

    [Theory]
    [AllDatabases]
    public async Task A_trademark_renews_in_its_last_6_months_and_a_recipe_change_ends_Halal(string provider)
    {
        var app = await TestApp.For(provider);
        var partner = await NewPartnerAsync(app);
        var api = await app.ApiAs(Demo.Facilitator, "en");
        var filed = Today.AddYears(-10).AddMonths(8);
        await (await PutAsync(api, partner, "trademark", new { state = "Granted", number = "IDM000777", appliedOn = Iso(filed), grantedOn = Iso(filed.AddYears(1)) })).Json200();
        var early = await (await api.PostAsJsonAsync($"/api/v1/partners/{partner}/legality/trademark/renewal", new { })).Problem(HttpStatusCode.BadRequest, "state");
        early.GetProperty("code").GetString().ShouldBe("legality.renew.early");
        await (await api.PostAsJsonAsync($"/api/v1/partners/{partner}/legality/halal/renewal", new { })).Problem(HttpStatusCode.BadRequest, "kind");

        await (await PutAsync(api, partner, "halal", new { state = "Granted", number = "ID32110000999", grantedOn = Iso(Today.AddYears(-1)) })).Json200();
        await (await api.PostAsJsonAsync($"/api/v1/partners/{partner}/legality/halal/change", new { changedOn = Iso(Today) })).Problem(HttpStatusCode.BadRequest, "note");
        var ended = await (await api.PostAsJsonAsync($"/api/v1/partners/{partner}/legality/halal/change",
            new { changedOn = Iso(Today.AddDays(-1)), note = "Resep baru: emping pedas manis" })).Json200();
        ended.GetProperty("item").GetProperty("state").GetString().ShouldBe("Expired");
        ended.GetProperty("history")[0].GetProperty("action").GetString().ShouldBe("ended");

        // In the renewal window (a mark filed 9 years 7 months ago), the renewal adds 10 years.
        var windowed = await NewPartnerAsync(app);
        var filedEarlier = Today.AddYears(-10).AddMonths(5);
        await (await PutAsync(api, windowed, "trademark", new { state = "Granted", number = "IDM000778", appliedOn = Iso(filedEarlier), grantedOn = Iso(filedEarlier.AddYears(1)) })).Json200();
        var renewed = await (await api.PostAsJsonAsync($"/api/v1/partners/{windowed}/legality/trademark/renewal", new { note = "Perpanjangan DJKI" })).Json200();
        renewed.GetProperty("item").GetProperty("expiresOn").GetString().ShouldBe(Iso(filedEarlier.AddYears(20)));
    }

    [Theory]
    [AllDatabases]
    public async Task The_demo_tells_who_holds_what_and_the_reminders_fall_due(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var officer = await app.ApiAs(Demo.Officer);
        var view = await (await officer.GetAsync($"/api/v1/legality?programId={d.Program}")).Json200();
        var citra = view.GetProperty("byGroup").EnumerateArray().Single(g => g.GetProperty("key").GetString() == d.CitraSari.ToString());
        citra.GetProperty("partners").GetInt32().ShouldBe(10);
        citra.GetProperty("holders").GetProperty("pirt").GetInt32().ShouldBe(2);
        citra.GetProperty("holders").GetProperty("halal").GetInt32().ShouldBe(3);
        citra.GetProperty("holders").GetProperty("nib").GetInt32().ShouldBe(5);
        citra.GetProperty("holders").GetProperty("trademark").GetInt32().ShouldBe(1);
        var eti = view.GetProperty("expiring").EnumerateArray().Single(r => r.GetProperty("partnerId").GetGuid() == d.Chair && r.GetProperty("kind").GetString() == "pirt");
        eti.GetProperty("daysLeft").GetInt32().ShouldBeInRange(31, 90);
        view.GetProperty("expired").EnumerateArray().ShouldContain(r => r.GetProperty("ownerName").GetString() == "Iis Suryani" && r.GetProperty("kind").GetString() == "pirt");
        var narimbang = view.GetProperty("byVillage").EnumerateArray().Single(v => v.GetProperty("key").GetString() == TestData.Narimbang);
        narimbang.GetProperty("holders").GetProperty("pirt").GetInt32().ShouldBeGreaterThanOrEqualTo(2);

        // The evaluator sees the counts and names, never the NPWP (it is the NIK).
        var evaluator = await app.ApiAs(Demo.Evaluator);
        var etiLegality = await (await evaluator.GetAsync($"/api/v1/partners/{d.Chair}/legality")).Json200();
        etiLegality.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "npwp").GetProperty("number").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await evaluator.GetAsync($"/api/v1/partners/{d.Chair}/legality/pirt/document")).Problem(HttpStatusCode.Forbidden);
        foreach (var nik in d.CitraNiks)
        {
            etiLegality.GetRawText().ShouldNotContain(nik);
            (await (await evaluator.GetAsync($"/api/v1/partners/{d.Chair}/legality/npwp")).Content.ReadAsStringAsync()).ShouldNotContain(nik);
        }

        // Eti's PIRT is due for its 90-day reminder today, and its 30-day one 30 days before it expires.
        await using var scope = app.Scope(out var db);
        var item = await db.LegalityItems.SingleAsync(i => i.PartnerId == d.Chair && i.Kind == LegalityKind.Pirt);
        var reminders = scope.ServiceProvider.GetRequiredService<LegalityReminders>();
        var due = await reminders.DueAsync(db, Today, default).ToListAsync();
        var ninety = due.Single(r => r.Key == $"legality:{item.Id}:90");
        ninety.PartnerId.ShouldBe(d.Chair);
        ninety.VillageCode.ShouldBe(TestData.Narimbang);
        ninety.Href.ShouldBe($"/partners/{d.Chair}/legality/pirt");
        ninety.WhatsAppMessage!.ShouldContain("Eti Rohaeti");
        ninety.WhatsAppMessage!.ShouldContain("PIRT");
        var thirty = await reminders.DueAsync(db, item.ExpiresOn!.Value.AddDays(-30), default).ToListAsync();
        thirty.ShouldContain(r => r.Key == $"legality:{item.Id}:30");
        (await reminders.DueAsync(db, item.ExpiresOn!.Value.AddDays(-91), default).ToListAsync()).ShouldNotContain(r => r.Key.StartsWith($"legality:{item.Id}:", StringComparison.Ordinal));
    }
}
