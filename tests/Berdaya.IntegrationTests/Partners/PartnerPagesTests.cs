using System.Net;
using System.Text.RegularExpressions;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Partners;

public sealed partial class PartnerPagesTests
{
    public static Dictionary<string, string> Form(string? nik = null, string? village = null, string? name = null)
    {
        var person = TestData.Person();
        return new Dictionary<string, string>
        {
            ["Input.OwnerName"] = name ?? TestData.Unique("Ibu Halaman"),
            ["Input.Nik"] = nik ?? person.Nik,
            ["Input.Sex"] = person.Sex,
            ["Input.BirthDate"] = person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Phone"] = "0813 2222 3333",
            ["Input.VillageCode"] = village ?? TestData.Narimbang,
            ["Input.Address"] = "Dusun Cipicung",
            ["Input.BusinessName"] = "Opak Qp" + Guid.NewGuid().ToString("N")[..6],
            ["Input.Sector"] = "Makanan ringan",
            ["Input.Products"] = "Opak ketan",
            ["Input.BusinessStartedOn"] = "2018-01-15",
            ["Input.NetAssets"] = "12000000",
            ["Input.YearlySales"] = "48000000",
            ["Input.Employees"] = "1",
        };
    }

    [GeneratedRegex(@"\b\d{16}\b")]
    private static partial Regex FullNik();

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_registers_a_partner_sees_the_masked_NIK_and_reveals_it_once_with_an_audit_entry(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Facilitator);
        var form = await pages.GetAsync("/partners/new");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        form.Document.QuerySelector("[data-region-picker]").ShouldNotBeNull();
        var values = Form();
        var saved = await pages.SubmitAsync(form, "#partner-form", values);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", saved.Errors));
        var detailUrl = saved.Location!;
        detailUrl.ShouldStartWith("/partners/");

        var detail = await pages.GetAsync(detailUrl);
        detail.StatusCode.ShouldBe(HttpStatusCode.OK);
        detail.Html.ShouldContain(values["Input.OwnerName"]);
        detail.Document.QuerySelector("[data-nik]")!.TextContent.ShouldBe(Domain.Partners.Nik.Mask(values["Input.Nik"]));
        detail.Html.ShouldNotContain(values["Input.Nik"]);
        detail.Document.QuerySelectorAll("#eligibility tr[data-criterion]").Length.ShouldBeGreaterThan(0);
        var months = detail.Document.QuerySelector("#eligibility tr[data-criterion='MinMonthsInBusiness'] td:nth-child(2)")!.TextContent.Trim();
        months.ShouldBe("12 bulan");
        detail.Document.QuerySelector("#eligibility tr[data-criterion='MaxNetAssets'] td:nth-child(2)")!.TextContent.Trim().ShouldBe("Rp 200.000.000");

        var revealed = await pages.SubmitAsync(detail, "#reveal-nik", new Dictionary<string, string>());
        revealed.StatusCode.ShouldBe(HttpStatusCode.OK);
        revealed.Document.QuerySelector("[data-full-nik]")!.TextContent.ShouldBe(values["Input.Nik"]);
        var again = await pages.GetAsync(detailUrl);
        again.Html.ShouldNotContain(values["Input.Nik"]);

        await using var scope = app.Scope(out var db);
        var id = detailUrl.Split('/')[^1];
        (await db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == "ReadNik" && a.UserName == Demo.Facilitator)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_input_is_shown_beside_its_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Facilitator);
        var form = await pages.GetAsync("/partners/new");

        var badNik = Form(nik: "3211071502800000");
        var page = await pages.SubmitAsync(form, "#partner-form", badNik);
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.FieldError("Input.Nik").ShouldBe("Nomor urut NIK (4 digit terakhir) tidak boleh 0000.");

        var mismatch = Form();
        mismatch["Input.Sex"] = mismatch["Input.Sex"] == "Male" ? "Female" : "Male";
        page = await pages.SubmitAsync(form, "#partner-form", mismatch);
        page.FieldError("Input.Sex").ShouldNotBeNullOrEmpty();

        var outside = Form(village: TestData.OutsideFacilitator);
        page = await pages.SubmitAsync(form, "#partner-form", outside);
        page.Document.QuerySelector("[data-region-picker] .field-error")!.TextContent.ShouldBe("Desa ini bukan wilayah dampingan Anda.");

        await using var scope = app.Scope(out var db);
        var names = new[] { badNik["Input.OwnerName"], mismatch["Input.OwnerName"], outside["Input.OwnerName"] };
        (await db.Partners.CountAsync(p => names.Contains(p.OwnerName))).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_duplicate_NIK_links_to_the_existing_record_in_English_after_switching(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Officer, "en");
        var form = await pages.GetAsync("/partners/new");
        var first = Form();
        var saved = await pages.SubmitAsync(form, "#partner-form", first);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", saved.Errors));
        var second = Form(nik: first["Input.Nik"]);
        second["Input.Sex"] = first["Input.Sex"];
        second["Input.BirthDate"] = first["Input.BirthDate"];
        var page = await pages.SubmitAsync(form, "#partner-form", second);
        page.FieldError("Input.Nik").ShouldBe("This NIK is already registered in this program.");
        page.Document.QuerySelector($"a[href='{saved.Location}']").ShouldNotBeNull();
        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.OwnerName == second["Input.OwnerName"])).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task The_list_finds_by_part_of_a_name_and_never_shows_a_full_NIK(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Officer);
        var list = await pages.GetAsync("/partners?q=rohae");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Html.ShouldContain("Eti Rohaeti");
        list.Html.ShouldContain("Narimbang");
        list.Html.ShouldContain("Citra Sari");
        FullNik().IsMatch(list.Document.QuerySelector("main")!.TextContent).ShouldBeFalse();
        list.Document.QuerySelectorAll("td[data-label='NIK']").Select(td => td.TextContent).ShouldAllBe(t => t.Contains('•'));

        // More than one page of partners, whichever tests ran before this one.
        await Groups.GroupScenario.PartnersAsync(app, Features.Partners.SearchPartners.DefaultPageSize + 1);
        var all = await pages.GetAsync("/partners");
        FullNik().IsMatch(all.Document.QuerySelector("main")!.TextContent).ShouldBeFalse();
        all.Document.QuerySelector("nav.pager").ShouldNotBeNull();
        var next = await pages.GetAsync("/partners?p=2");
        next.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [AllDatabases]
    public async Task Evaluators_see_no_NIK_or_phone_and_cannot_open_the_forms(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Evaluator);
        var list = await pages.GetAsync("/partners?q=rohae");
        list.Html.ShouldContain("Eti Rohaeti");
        list.Document.QuerySelectorAll("td[data-label='NIK'], td[data-label='Telepon']").Length.ShouldBe(0);
        var link = list.Document.QuerySelector("td a[href^='/partners/']")!.GetAttribute("href")!;
        var detail = await pages.GetAsync(link);
        detail.StatusCode.ShouldBe(HttpStatusCode.OK);
        detail.Document.QuerySelector("[data-nik]").ShouldBeNull();
        detail.Document.QuerySelector("#reveal-nik").ShouldBeNull();
        detail.Html.ShouldNotContain("0812");
        (await pages.GetAsync("/partners/new")).Location!.ShouldContain("/denied");
        (await pages.GetAsync(link + "/edit")).Location!.ShouldContain("/denied");
    }

    [Theory]
    [AllDatabases]
    public async Task Editing_through_the_page_saves_and_out_of_scope_pages_are_not_found(string provider)
    {
        var app = await TestApp.For(provider);
        var officer = await app.PagesAs(Demo.Officer);
        var form = await officer.GetAsync("/partners/new");
        var saved = await officer.SubmitAsync(form, "#partner-form", Form(village: TestData.OutsideFacilitator));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", saved.Errors));
        var url = saved.Location!;

        var edit = await officer.GetAsync(url + "/edit");
        edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        edit.Document.QuerySelector("input[name='Input.Nik']")!.GetAttribute("value").ShouldBeNullOrEmpty();
        var newName = TestData.Unique("Ibu Diubah");
        var done = await officer.SubmitAsync(edit, "#partner-form", new Dictionary<string, string> { ["Input.OwnerName"] = newName });
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", done.Errors));
        (await officer.GetAsync(url)).Html.ShouldContain(newName);

        var facilitator = await app.PagesAs(Demo.Facilitator);
        (await facilitator.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await facilitator.GetAsync(url + "/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_user_sees_their_own_page_with_masked_NIK_and_own_phone(string provider)
    {
        var app = await TestApp.For(provider);
        await using var scope = app.Scope(out var db);
        var user = await db.Users.SingleAsync(u => u.Email == Demo.Chair);
        var partner = await db.Partners.SingleAsync(p => p.Id == user.PartnerId);
        var pages = await app.PagesAs(Demo.Chair);
        var own = await pages.GetAsync($"/partners/{partner.Id}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Document.QuerySelector("[data-nik]")!.TextContent.ShouldBe(Domain.Partners.Nik.Mask(partner.Nik));
        own.Html.ShouldContain(partner.Phone!);
        own.Document.QuerySelector("#reveal-nik").ShouldBeNull();
        own.Html.ShouldContain("/groups/");
    }
}
