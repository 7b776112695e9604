using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.MeetAndGreet;

/// <summary>
/// The directory by consent (docs/domain.md, Meet and Greet): a partner listed only while their consent is in force and only with
/// the fields chosen, withdrawn from every listing at once; requests to connect that exchange phones only on acceptance; the public
/// products page and its buyer enquiries, stored as typed and limited per sender.
/// </summary>
public sealed class DirectoryTests
{
    private static readonly string[] OnlyProducts = ["Products"];

    private static object Given(params string[] fields) => new
    {
        decision = "Given",
        purposes = new[] { "Partners", "Buyers" },
        fields,
        way = "InPerson",
        note = "Setuju di rumah ketua",
    };

    private static async Task<List<Guid>> ListedAsync(HttpClient api, string query)
    {
        var page = await (await api.GetAsync("/api/v1/directory?" + query)).Json200();
        return page.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("partnerId").GetGuid()).ToList();
    }

    [Theory]
    [AllDatabases]
    public async Task The_demo_lists_the_consenting_members_with_trust_signals_and_not_the_one_who_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.ApiAs(Demo.Officer);
        var page = await (await officer.GetAsync("/api/v1/directory?q=emping")).Json200();
        var names = page.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("ownerName").GetString()).ToList();
        names.ShouldContain("Eti Rohaeti");
        names.ShouldContain("Euis Komariah");
        names.ShouldNotContain("Entin Supartini");

        var opak = await (await officer.GetAsync("/api/v1/directory?q=opak")).Json200();
        var titin = opak.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("ownerName").GetString() == "Titin Suhartini");
        var signals = titin.GetProperty("signals");
        signals.GetProperty("graduatedOn").GetString().ShouldBe("2005-11-20");
        signals.GetProperty("endorsements").EnumerateArray().Single().GetProperty("text").GetString()!.ShouldContain("seminar motivasi");
        signals.GetProperty("years").GetInt32().ShouldBeGreaterThan(20);

        // Entin's refusal is on record, and she is in no listing.
        await using var scope = app.Scope(out var db);
        var entin = await db.Partners.Where(p => p.OwnerName == "Entin Supartini").Select(p => p.Id).SingleAsync();
        (await db.DirectoryConsents.SingleAsync(c => c.PartnerId == entin)).Decision.ShouldBe(Domain.MeetAndGreet.ConsentDecision.Refused);
        (await db.DirectoryEntries.AnyAsync(e => e.PartnerId == entin)).ShouldBeFalse();
    }

    [Theory]
    [AllDatabases]
    public async Task The_directory_and_the_public_page_open_without_a_form_error_and_page_by_the_query(string provider)
    {
        // The pages' "page" number comes from the query string only, never from the route's own "page" value (the page's name).
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Officer);
        var anonymous = app.CreateClient();

        var first = await pages.GetAsync("/directory");
        first.Document.QuerySelector("#form-errors").ShouldBeNull();
        var firstIds = first.Document.QuerySelectorAll("#directory-list article").Select(a => a.GetAttribute("data-partner")).ToList();
        firstIds.ShouldNotBeEmpty();
        var second = await pages.GetAsync("/directory?page=2");
        second.Document.QuerySelector("#form-errors").ShouldBeNull();
        second.Document.QuerySelectorAll("#directory-list article").Select(a => a.GetAttribute("data-partner")).Intersect(firstIds).ShouldBeEmpty();

        var shop = await anonymous.GetStringAsync("/produk");
        shop.ShouldNotContain("id=\"form-errors\"");
        var asked = Regex.Matches(shop, "/produk/[0-9a-f-]+/tanya").Select(m => m.Value).ToList();
        asked.ShouldNotBeEmpty();
        var shopSecond = await anonymous.GetStringAsync("/produk?page=2");
        shopSecond.ShouldNotContain("id=\"form-errors\"");
        Regex.Matches(shopSecond, "/produk/[0-9a-f-]+/tanya").Select(m => m.Value).Intersect(asked).ShouldBeEmpty();
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_who_withdraws_disappears_from_every_listing_the_public_page_and_the_printed_directory(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, partners) = await GroupScenario.GroupAsync(app, 5, TestData.Narimbang);
        var (id, name) = partners[0];
        var word = name.Split(' ')[^1];
        var facilitator = await app.ApiAs(Demo.Facilitator);
        var officer = await app.ApiAs(Demo.Officer);
        var anonymous = app.CreateClient();

        // Before consent: nowhere.
        (await ListedAsync(officer, "q=" + Uri.EscapeDataString(name))).ShouldBeEmpty();
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/connections", new { toPartnerId = partners[1].Id, message = "Halo" }))
            .Problem(HttpStatusCode.BadRequest, "toPartnerId");

        var given = await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent", Given("Business", "Products", "Village", "Contact")))
            .Json200(HttpStatusCode.Created);
        given.GetProperty("way").GetString().ShouldBe("InPerson");
        (await ListedAsync(officer, "q=" + Uri.EscapeDataString(name))).ShouldBe([id]);
        (await ListedAsync(officer, "q=" + Uri.EscapeDataString(name) + "&region=32.11.07")).ShouldBe([id]);
        (await ListedAsync(officer, "q=" + Uri.EscapeDataString(name) + "&region=32.12")).ShouldBeEmpty();
        var products = await (await anonymous.GetAsync("/api/v1/public/products?q=" + Uri.EscapeDataString("Usaha " + word))).Json200();
        var line = products.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == id);
        line.GetProperty("businessName").GetString().ShouldBe("Usaha " + name);
        line.TryGetProperty("ownerName", out _).ShouldBeFalse();
        var pages = await app.PagesAs(Demo.Officer);
        (await pages.GetAsync("/directory/print?district=32.11.07")).Html.ShouldContain(name);
        (await pages.GetAsync("/directory?q=" + Uri.EscapeDataString(name))).Document.QuerySelector("#directory-list")!.TextContent.ShouldContain(name);
        (await anonymous.GetStringAsync("/produk?q=" + Uri.EscapeDataString("Usaha " + word))).ShouldContain("Usaha " + name);

        var withdrawn = await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent", new { decision = "Withdrawn", way = "Phone" }))
            .Json200(HttpStatusCode.Created);
        withdrawn.GetProperty("decision").GetString().ShouldBe("Withdrawn");

        // Gone from every listing at once: search, print, the public page and its API, and no request can reach them.
        (await ListedAsync(officer, "q=" + Uri.EscapeDataString(name))).ShouldBeEmpty();
        (await ListedAsync(await app.ApiAs(Demo.Chair), "q=" + Uri.EscapeDataString(name))).ShouldBeEmpty();
        (await pages.GetAsync("/directory/print?district=32.11.07")).Html.ShouldNotContain(name);
        (await pages.GetAsync("/directory?q=" + Uri.EscapeDataString(name))).Document.QuerySelector("#directory-list")!.TextContent.ShouldNotContain(name);
        (await anonymous.GetStringAsync("/produk?q=" + Uri.EscapeDataString("Usaha " + word))).ShouldNotContain("Usaha " + name);
        (await (await anonymous.GetAsync("/api/v1/public/products?q=" + Uri.EscapeDataString("Usaha " + word))).Json200())
            .GetProperty("lines").EnumerateArray().ShouldNotContain(l => l.GetProperty("id").GetGuid() == id);
        (await anonymous.GetAsync($"/produk/{id}/tanya")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await anonymous.PostAsJsonAsync("/api/v1/public/enquiries", new { partnerId = id, buyerName = "Toko", buyerContact = "081234567890", message = "Ada stok?" }))
            .Problem(HttpStatusCode.NotFound);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{partners[1].Id}/connections", new { toPartnerId = id, message = "Halo" }))
            .Problem(HttpStatusCode.BadRequest, "toPartnerId");

        // A second withdrawal has nothing to withdraw; the history keeps both decisions.
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent", new { decision = "Withdrawn", way = "Phone" }))
            .Problem(HttpStatusCode.Conflict, "decision");
        var view = await (await officer.GetAsync($"/api/v1/partners/{id}/directory-consent")).Json200();
        view.GetProperty("listed").GetBoolean().ShouldBeFalse();
        view.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("decision").GetString()).ShouldBe(["Withdrawn", "Given"]);
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_consent_is_refused_naming_each_field_and_only_the_partner_or_staff_in_scope_record_it(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, partners) = await GroupScenario.GroupAsync(app, 5);
        var id = partners[0].Id;
        var facilitator = await app.ApiAs(Demo.Facilitator, "en");
        var bad = await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent",
                new { decision = "Given", purposes = Array.Empty<string>(), fields = OnlyProducts, decidedOn = "2099-01-01", note = new string('x', 301) }))
            .Problem(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ShouldBe(["decidedOn", "fields", "note", "purposes", "way"]);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent", new { })).Problem(HttpStatusCode.BadRequest, "decision");

        // Another member's decision is not the chair's to record; evaluators never see the directory.
        var chair = await app.ApiAs(Demo.Chair);
        await (await chair.PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent", Given("Business"))).Problem(HttpStatusCode.NotFound);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        await (await evaluator.GetAsync("/api/v1/directory")).Problem(HttpStatusCode.Forbidden);
        await (await (await app.ApiAs(Demo.Viewer)).PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent", Given("Business")))
            .Problem(HttpStatusCode.Forbidden);

        await using var scope = app.Scope(out var db);
        (await db.DirectoryConsents.CountAsync(c => c.PartnerId == id)).ShouldBe(0);
        (await db.DirectoryEntries.CountAsync(e => e.PartnerId == id)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_request_to_connect_exchanges_phones_only_when_accepted_and_is_answered_once(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, partners) = await GroupScenario.GroupAsync(app, 5);
        var (a, b) = (partners[0].Id, partners[1].Id);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{b}/directory-consent", Given("Business", "Products", "Contact"))).Json200(HttpStatusCode.Created);

        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{b}/connections", new { toPartnerId = b, message = "Halo" }))
            .Problem(HttpStatusCode.BadRequest, "toPartnerId");
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{a}/connections", new { toPartnerId = b, message = new string('x', 501) }))
            .Problem(HttpStatusCode.BadRequest, "message");
        var sent = await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{a}/connections", new { toPartnerId = b, message = "Ingin belajar kemasan" }))
            .Json200(HttpStatusCode.Created);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{a}/connections", new { toPartnerId = b, message = "Lagi" }))
            .Problem(HttpStatusCode.Conflict, "toPartnerId");

        var pending = (await (await facilitator.GetAsync($"/api/v1/partners/{a}/connections")).Json200()).EnumerateArray().Single();
        pending.GetProperty("otherPhone").ValueKind.ShouldBe(JsonValueKind.Null);
        pending.GetProperty("state").GetString().ShouldBe("Pending");

        var id = sent.GetProperty("id").GetGuid();
        await (await facilitator.PostAsJsonAsync($"/api/v1/connections/{id}/answer", new { accept = true })).Json200();
        await (await facilitator.PostAsJsonAsync($"/api/v1/connections/{id}/answer", new { accept = false })).Problem(HttpStatusCode.Conflict);

        var mine = (await (await facilitator.GetAsync($"/api/v1/partners/{a}/connections")).Json200()).EnumerateArray().Single();
        mine.GetProperty("state").GetString().ShouldBe("Accepted");
        mine.GetProperty("otherPhone").GetString().ShouldStartWith("081234567");
        mine.GetProperty("whatsApp").GetString()!.ShouldStartWith("https://wa.me/6281234567");
        var theirs = (await (await facilitator.GetAsync($"/api/v1/partners/{b}/connections")).Json200()).EnumerateArray().Single();
        theirs.GetProperty("incoming").GetBoolean().ShouldBeTrue();
        theirs.GetProperty("otherPhone").GetString().ShouldStartWith("081234567");

        // Someone outside the partner's scope does not find the request.
        var chair = await app.ApiAs(Demo.Chair);
        await (await chair.PostAsJsonAsync($"/api/v1/connections/{id}/answer", new { accept = false })).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task A_buyer_enquiry_is_stored_as_typed_shown_encoded_and_limited_per_sender(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var (_, partners) = await GroupScenario.GroupAsync(app, 5);
        var id = partners[0].Id;
        var facilitator = await app.ApiAs(Demo.Facilitator);
        await (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent", Given("Business", "Products"))).Json200(HttpStatusCode.Created);
        var anonymous = app.CreateClient();

        var script = "<script>alert('x')</script> Ada emping 5 kg?";
        await (await anonymous.PostAsJsonAsync("/api/v1/public/enquiries", new { partnerId = id, buyerName = "", buyerContact = "bukan nomor", message = "" }))
            .Problem(HttpStatusCode.BadRequest, "buyerName");
        for (var i = 0; i < 5; i++)
        {
            await (await anonymous.PostAsJsonAsync("/api/v1/public/enquiries", new { partnerId = id, buyerName = "Toko " + i, buyerContact = "081234567890", message = script }))
                .Json200(HttpStatusCode.Created);
        }

        await (await anonymous.PostAsJsonAsync("/api/v1/public/enquiries", new { partnerId = id, buyerName = "Toko 6", buyerContact = "toko@contoh.id", message = script }))
            .Problem((HttpStatusCode)429);

        await using (var scope = app.Scope(out var db))
        {
            var stored = await db.ConnectionRequests.Where(r => r.ToPartnerId == id).ToListAsync();
            stored.Count.ShouldBe(5);
            stored.ShouldAllBe(r => r.Message == script && r.Kind == Domain.MeetAndGreet.ConnectionKind.Buyer);
        }

        var pages = await app.PagesAs(Demo.Facilitator);
        var html = (await pages.GetAsync($"/partners/{id}/connections")).Html;
        html.ShouldNotContain("<script>alert");
        html.ShouldContain("&lt;script&gt;alert");

        // The buyer's contact reaches the partner only once accepted.
        var list = (await (await facilitator.GetAsync($"/api/v1/partners/{id}/connections")).Json200()).EnumerateArray().ToList();
        list.ShouldAllBe(l => l.GetProperty("otherPhone").ValueKind == JsonValueKind.Null);
        await (await facilitator.PostAsJsonAsync($"/api/v1/connections/{list[0].GetProperty("id").GetGuid()}/answer", new { accept = true })).Json200();
        (await (await facilitator.GetAsync($"/api/v1/partners/{id}/connections")).Json200()).EnumerateArray()
            .Count(l => l.GetProperty("otherPhone").GetString() == "081234567890").ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task A_photo_shows_only_while_the_consent_includes_it_and_is_deleted_on_withdrawal(string provider)
    {
        await using var app = await TestApp.Own(provider);
        var eti = await app.PartnerIdAsync("Eti Rohaeti");

        var officer = await app.PagesAs(Demo.Officer);
        (await officer.Http.GetAsync($"/directory/photo/{eti}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The facilitator records her consent again, now with a photo she wants shown.
        var facilitator = await app.PagesAs(Demo.Facilitator);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        await ConsentWithPhotoAsync(facilitator, eti, png);
        var shown = await officer.Http.GetAsync($"/directory/photo/{eti}");
        shown.StatusCode.ShouldBe(HttpStatusCode.OK);
        shown.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await shown.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        (await officer.GetAsync("/directory?q=Eti")).Html.ShouldContain($"/directory/photo/{eti}");
        (await (await app.PagesAs(Demo.Evaluator)).Http.GetAsync($"/directory/photo/{eti}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Withdrawn: the photo goes with the listing.
        var api = await app.ApiAs(Demo.Facilitator);
        await (await api.PostAsJsonAsync($"/api/v1/partners/{eti}/directory-consent", new
        {
            decision = "Withdrawn",
            way = "Phone",
            decidedOn = Domain.Common.BusinessCalendar.Today(TimeProvider.System),
        }))
            .Json200(HttpStatusCode.Created);
        (await officer.Http.GetAsync($"/directory/photo/{eti}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using (var scope = app.Scope(out var db))
        {
            (await db.Attachments.CountAsync(a => a.OwnerType == Features.MeetAndGreet.RecordConsent.PhotoOwnerType && a.OwnerId == eti)).ShouldBe(0, "the photo is deleted");
        }

        // Consenting again, photo field ticked but nothing sent: no photo comes back.
        await ConsentWithPhotoAsync(facilitator, eti, null);
        (await officer.GetAsync("/directory?q=Eti")).Html.ShouldContain("Eti Rohaeti");
        (await officer.Http.GetAsync($"/directory/photo/{eti}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The consent form posted as the page sends it: business and photo shown, with the photo file when given.</summary>
    private static async Task ConsentWithPhotoAsync(PageClient facilitator, Guid partner, byte[]? png)
    {
        var page = await facilitator.GetAsync($"/partners/{partner}/directory");
        using var form = new MultipartFormDataContent();
        var today = Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in new[]
                 {
                     ("Consent.Decision", "Given"), ("Consent.Purposes", "Partners"), ("Consent.Fields", "Business"), ("Consent.Fields", "Photo"),
                     ("Consent.Way", "InPerson"), ("Consent.DecidedOn", today),
                     ("__RequestVerificationToken", page.Document.QuerySelector("#consent-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!),
                 })
        {
            form.Add(new StringContent(value), name);
        }

        if (png is not null)
        {
            form.Add(new ByteArrayContent(png), "photo", "eti.png");
        }

        (await facilitator.Http.PostAsync($"/partners/{partner}/directory", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [AllDatabases]
    public async Task A_search_by_words_pages_through_exactly_the_listed_partners_that_have_every_word_in_name_order(string provider)
    {
        var app = await TestApp.For(provider);
        var partners = await GroupScenario.PartnersAsync(app, 45);
        var facilitator = await app.ApiAs(Demo.Facilitator);
        foreach (var (id, _) in partners)
        {
            (await facilitator.PostAsJsonAsync($"/api/v1/partners/{id}/directory-consent", Given("Business", "Products"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        // What a search must give, read from every listed entry of the program: each term starts some word of the entry, by name then key.
        await using var scope = app.Scope(out var db);
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        var listed = (await db.DirectoryEntries.Where(e => e.ProgramId == program).Select(e => new { e.PartnerId, e.OwnerName, e.Purposes }).ToListAsync())
            .Where(e => (e.Purposes & Domain.MeetAndGreet.DirectoryPurpose.Partners) != 0).ToList();
        var words = (await db.DirectoryWords.Select(w => new { w.PartnerId, w.Word }).ToListAsync()).ToLookup(w => w.PartnerId, w => w.Word);

        var officer = await app.ApiAs(Demo.Officer);
        // One word (MITRA, 45 partners: three pages); a prefix of a few words (MAKANAN, MANIS…); one of many (S: read from the entries); two terms.
        foreach (var q in new[] { "mitra", "ma", "m", "s", "emping mitra", "usa ma" })
        {
            var terms = Domain.Partners.SearchWords.Of(q);
            var expected = listed.Where(e => terms.All(t => words[e.PartnerId].Any(w => w.StartsWith(t, StringComparison.Ordinal))))
                .OrderBy(e => e.OwnerName, StringComparer.Ordinal).ThenBy(e => e.PartnerId.ToString("D"), StringComparer.Ordinal).Select(e => e.PartnerId).ToList();
            var found = new List<Guid>();
            for (var page = 1; ; page++)
            {
                var json = await (await officer.GetAsync($"/api/v1/directory?q={Uri.EscapeDataString(q)}&page={page}")).Json200();
                found.AddRange(json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("partnerId").GetGuid()));
                if (!json.GetProperty("hasMore").GetBoolean())
                {
                    break;
                }
            }

            found.ShouldBe(expected, $"q={q}");
        }

        // The queries cover a prefix of one word, of a few words and of many.
        var all = words.SelectMany(w => w).Distinct().ToList();
        all.Count(w => w.StartsWith("MITRA", StringComparison.Ordinal)).ShouldBe(1);
        all.Count(w => w.StartsWith("MA", StringComparison.Ordinal)).ShouldBeInRange(2, 8);
        all.Count(w => w.StartsWith('S')).ShouldBeGreaterThan(8);
    }
}
