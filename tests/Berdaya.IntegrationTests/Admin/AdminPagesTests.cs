using System.Net;
using Berdaya.Data.Identity;
using Berdaya.Domain.Programs;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Admin;

public sealed class AdminPagesTests
{
    private static readonly string[] Pages = ["/admin/programs", "/admin/programs/new", "/admin/users", "/admin/users/new", "/admin/audit"];

    [Theory]
    [AllDatabases]
    public async Task Only_administrators_reach_the_admin_pages(string provider)
    {
        var app = await TestApp.For(provider);
        Guid telkom;
        string officerId;
        await using (var scope = app.Scope(out var db))
        {
            telkom = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
            officerId = await db.Users.Where(u => u.Email == Demo.Officer).Select(u => u.Id).SingleAsync();
        }

        var pages = Pages.Concat([$"/admin/programs/{telkom}", $"/admin/users/{officerId}"]).ToList();
        var admin = await app.PagesAs(Demo.Admin);
        foreach (var url in pages)
        {
            (await admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        foreach (var email in Demo.All.Where(e => e != Demo.Admin))
        {
            var client = await app.PagesAs(email);
            foreach (var url in pages)
            {
                var page = await client.GetAsync(url);
                page.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{email} {url}");
                page.Location!.ShouldContain("/denied");
            }
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Admin_creates_a_program_on_the_page_and_bad_fields_get_their_messages(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.PagesAs(Demo.Admin);
        var list = await admin.GetAsync("/admin/programs");
        list.Html.ShouldContain("TELKOM-CDC");
        list.Html.ShouldContain("Rp ");

        var code = AdminData.Code();
        var form = await admin.GetAsync("/admin/programs/new");
        var fields = new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Name"] = "Program Halaman " + code,
            ["Input.OperatorName"] = "PT Halaman (Persero)",
            ["Input.UnitName"] = "CDC",
            ["Input.MinGroupSize"] = "0",
            ["Input.MaxGroupSize"] = "10",
            ["Input.MaxLoanPerPartner"] = "0",
            ["Input.OperatorAreaCode"] = "99",
            ["Input.Regime"] = "Regime2007",
        };
        var refused = await admin.SubmitAsync(form, "form.card", fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldContain(e => e.Contains("Ukuran kelompok minimal harus 1 atau lebih.", StringComparison.Ordinal));
        refused.Errors.ShouldContain(e => e.Contains("Jumlah harus rupiah bulat lebih dari nol.", StringComparison.Ordinal));
        refused.Errors.ShouldContain(e => e.Contains("Kode wilayah 99 tidak ada dalam daftar wilayah.", StringComparison.Ordinal));
        refused.Document.QuerySelector("#Input_Code")!.GetAttribute("value").ShouldBe(code, "the form keeps what was typed");

        var dup = await admin.SubmitAsync(refused, "form.card", new Dictionary<string, string>(fields) { ["Input.Code"] = "TELKOM-CDC", ["Input.MinGroupSize"] = "3", ["Input.MaxLoanPerPartner"] = "5000000", ["Input.OperatorAreaCode"] = "32.11" });
        dup.Errors.ShouldContain(e => e.Contains("Kode program TELKOM-CDC sudah dipakai program lain.", StringComparison.Ordinal));
        await using (var scope = app.Scope(out var db))
        {
            (await db.Programs.CountAsync(p => p.Code == code || p.Name == "Program Halaman " + code)).ShouldBe(0);
        }

        var created = await admin.SubmitAsync(dup, "form.card", new Dictionary<string, string>(fields) { ["Input.MinGroupSize"] = "3", ["Input.MaxLoanPerPartner"] = "5000000", ["Input.OperatorAreaCode"] = "32.11" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var scope = app.Scope(out var db))
        {
            var p = await db.Programs.SingleAsync(x => x.Code == code);
            created.Location.ShouldBe($"/admin/programs/{p.Id}");
            p.Regime.ShouldBe(EligibilityRegime.Regime2007);
            p.Criteria.Count.ShouldBe(4);
            p.SurveyAspects.Count.ShouldBe(5);
            p.MaxLoanPerPartner.ShouldBe(5_000_000m);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Admin_edits_criteria_and_aspects_on_the_page(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin);
        var id = await AdminData.CreateProgramAsync(api, AdminData.Code());
        var admin = await app.PagesAs(Demo.Admin);
        var url = $"/admin/programs/{id}";

        // The 2021 preset has four criteria (rows 0-3) and a blank row 4 for adding; aspects 0-4 and a blank 5.
        var page = await admin.GetAsync(url);
        page.Document.QuerySelectorAll("select[name$='.Kind']").Length.ShouldBe(5);
        var noLimit = await admin.SubmitAsync(page, "form.card", new Dictionary<string, string> { ["Input.Criteria[4].Kind"] = "MaxNetAssets" });
        noLimit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noLimit.Document.QuerySelector("input[name='Input.Criteria[4].Limit'] + .field-error")!.TextContent.ShouldContain("memerlukan batas");
        await using (var scope = app.Scope(out var db))
        {
            (await db.Programs.SingleAsync(p => p.Id == id)).Criteria.Count.ShouldBe(4);
        }

        var added = await admin.SubmitAsync(page, "form.card", new Dictionary<string, string>
        {
            ["Input.Criteria[4].Kind"] = "MaxNetAssets",
            ["Input.Criteria[4].Limit"] = "150000000",
            ["Input.Criteria[0].Remove"] = "true",
            ["Input.SurveyAspects[5].Code"] = "legalitas",
            ["Input.SurveyAspects[5].Name"] = "Legalitas",
            ["Input.SurveyAspects[5].Order"] = "6",
            ["Input.SurveyAspects[4].Remove"] = "true",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, added.Html);
        await using (var scope = app.Scope(out var db))
        {
            var p = await db.Programs.SingleAsync(x => x.Id == id);
            p.Criteria.Select(c => c.Kind).Order().ShouldBe([CriterionKind.NoBankFinancing, CriterionKind.IndependentBusiness, CriterionKind.InOperatorArea, CriterionKind.MaxNetAssets]);
            p.Criteria.Single(c => c.Kind == CriterionKind.MaxNetAssets).Limit.ShouldBe(150_000_000m);
            p.SurveyAspects.Select(a => a.Code).ShouldContain("legalitas");
            p.SurveyAspects.Select(a => a.Code).ShouldNotContain("collateral");
        }

        var edit = await admin.GetAsync(url);
        var regime = await admin.SubmitAsync(edit, "form.card", new Dictionary<string, string> { ["Input.Regime"] = "Regime2015" });
        regime.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await admin.GetAsync(url);
        after.Html.ShouldContain("Program disimpan.");
        await using (var scope = app.Scope(out var db))
        {
            var p = await db.Programs.SingleAsync(x => x.Id == id);
            p.Criteria.Select(c => c.Kind).Order().ShouldBe([CriterionKind.IndonesianCitizen, CriterionKind.MaxNetAssetsOrYearlySales, CriterionKind.MinMonthsInBusiness]);
        }

        (await admin.GetAsync($"/admin/programs/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task Admin_creates_and_finds_users_on_the_pages(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.PagesAs(Demo.Admin);
        var list = await admin.GetAsync("/admin/users?q=saepudin");
        list.Html.ShouldContain(Demo.Facilitator);
        list.Html.ShouldNotContain(Demo.Officer);

        var email = AdminData.Email("pagesuser");
        var form = await admin.GetAsync("/admin/users/new");
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Pengguna Halaman",
            ["Input.Role"] = Roles.Facilitator,
            ["Input.Password"] = "lemah",
            ["Input.Language"] = "id",
        };
        var weak = await admin.SubmitAsync(form, "form.card", fields);
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        weak.Errors.ShouldContain(e => e.Contains("Kata sandi minimal 8 karakter.", StringComparison.Ordinal));
        var dup = await admin.SubmitAsync(form, "form.card", new Dictionary<string, string>(fields) { ["Input.Email"] = Demo.Viewer, ["Input.Password"] = Demo.Password });
        dup.Errors.ShouldContain(e => e.Contains($"Email {Demo.Viewer} sudah dipakai pengguna lain.", StringComparison.Ordinal));
        await using (var scope = app.Scope(out var db))
        {
            (await db.Users.AnyAsync(u => u.Email == email)).ShouldBeFalse();
        }

        var created = await admin.SubmitAsync(form, "form.card", new Dictionary<string, string>(fields) { ["Input.Password"] = Demo.Password });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Location!.ShouldStartWith("/admin/users/");
        (await admin.GetAsync($"/admin/users/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = await admin.GetAsync("/admin/users?q=" + Uri.EscapeDataString(email));
        listed.Html.ShouldContain("Pengguna Halaman");
        listed.Html.ShouldContain("Pendamping desa");
    }

    [Theory]
    [AllDatabases]
    public async Task Admin_sets_a_facilitators_villages_programs_and_account_on_the_user_page(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(api, Roles.Facilitator, "pagescope");
        var admin = await app.PagesAs(Demo.Admin);
        var url = $"/admin/users/{id}";

        var page = await admin.GetAsync(url);
        var bad = await admin.SubmitAsync(page, "form#add-village", new Dictionary<string, string> { ["villageCode"] = "32.11.07.9999" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Errors.ShouldContain(e => e.Contains("Kode desa 32.11.07.9999 tidak ada dalam daftar wilayah.", StringComparison.Ordinal));
        (await admin.SubmitAsync(page, "form#add-village", new Dictionary<string, string> { ["villageCode"] = TestData.OutsideFacilitator })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var badDistrict = await admin.SubmitAsync(page, "form#add-district", new Dictionary<string, string> { ["districtCode"] = "32.11.99" });
        badDistrict.Errors.ShouldContain(e => e.Contains("Kode kecamatan 32.11.99 tidak ada dalam daftar wilayah.", StringComparison.Ordinal));
        (await admin.SubmitAsync(page, "form#add-district", new Dictionary<string, string> { ["districtCode"] = AdminData.Conggeang })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        int conggeang;
        Guid telkom;
        await using (var scope = app.Scope(out var db))
        {
            conggeang = await db.Regions.CountAsync(r => r.ParentCode == AdminData.Conggeang);
            telkom = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
            (await db.UserVillages.CountAsync(v => v.UserId == id)).ShouldBe(conggeang + 1);
        }

        page = await admin.GetAsync(url);
        page.Html.ShouldContain("Narimbang");
        var removed = await admin.SubmitAsync(page, $"form[action*='RemoveVillage']:has(input[value='{TestData.Narimbang}'])", new Dictionary<string, string>());
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.SubmitAsync(page, "form#programs", new Dictionary<string, string> { ["programIds"] = telkom.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var me = await (await (await app.ApiAs(email)).GetAsync("/api/v1/auth/me")).Json200();
        var villages = me.GetProperty("villageCodes").EnumerateArray().Select(v => v.GetString()).ToList();
        villages.Count.ShouldBe(conggeang);
        villages.ShouldNotContain(TestData.Narimbang);
        villages.ShouldContain(TestData.OutsideFacilitator);
        me.GetProperty("programIds").EnumerateArray().Select(p => p.GetGuid()).ShouldBe([telkom]);

        var weak = await admin.SubmitAsync(page, "form#password", new Dictionary<string, string> { ["password"] = "abcdefgh" });
        weak.Errors.ShouldContain(e => e.Contains("Kata sandi harus memuat angka (0–9).", StringComparison.Ordinal));
        (await admin.SubmitAsync(page, "form#password", new Dictionary<string, string> { ["password"] = "Halaman#2026" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var client = app.CreateClient();
        (await client.PostAsync("/api/v1/auth/login", System.Net.Http.Json.JsonContent.Create(new { email, password = "Halaman#2026" }))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var off = await admin.SubmitAsync(page, "form#profile", new Dictionary<string, string> { ["Profile.IsActive"] = "false", ["Profile.Role"] = Roles.Facilitator });
        off.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.PostAsync("/api/v1/auth/login", System.Net.Http.Json.JsonContent.Create(new { email, password = "Halaman#2026" }))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetAsync("/admin/users?q=" + Uri.EscapeDataString(email))).Html.ShouldContain("Nonaktif");
    }

    [Theory]
    [AllDatabases]
    public async Task Admin_links_a_partner_user_and_unlocks_an_account_on_the_user_page(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(api, Roles.Partner, "pagepartner");
        var partnerId = await app.PartnerIdAsync("Cucu Sukmawati");

        var admin = await app.PagesAs(Demo.Admin);
        var url = $"/admin/users/{id}";
        var page = await admin.GetAsync(url);
        var unknown = await admin.SubmitAsync(page, "form#partner", new Dictionary<string, string> { ["partnerId"] = Guid.NewGuid().ToString() });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.Errors.ShouldContain(e => e.StartsWith("Mitra dengan ID", StringComparison.Ordinal));
        var garbage = await admin.SubmitAsync(page, "form#partner", new Dictionary<string, string> { ["partnerId"] = "bukan-id" });
        garbage.Errors.ShouldContain(e => e.StartsWith("Mitra dengan ID", StringComparison.Ordinal));
        (await admin.SubmitAsync(page, "form#partner", new Dictionary<string, string> { ["partnerId"] = partnerId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync(url)).Html.ShouldContain("Cucu Sukmawati");

        // Locked as fifty wrong passwords would (decision 0004; AppTests prove the count).
        await using (var scope = app.Scope(out _))
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(id))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        page = await admin.GetAsync(url);
        page.Html.ShouldContain("Terkunci");
        (await admin.SubmitAsync(page, "form#unlock", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync(url)).Document.QuerySelector("form#unlock").ShouldBeNull();
        var me = await (await (await app.ApiAs(email)).GetAsync("/api/v1/auth/me")).Json200();
        me.GetProperty("partnerId").GetGuid().ShouldBe(partnerId);
    }

    [Theory]
    [AllDatabases]
    public async Task An_administrator_cannot_deactivate_or_demote_themselves_on_the_page(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(api, Roles.Administrator, "pageself");
        var self = await app.PagesAs(email);
        var page = await self.GetAsync($"/admin/users/{id}");
        var off = await self.SubmitAsync(page, "form#profile", new Dictionary<string, string> { ["Profile.IsActive"] = "false" });
        off.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        off.Errors.ShouldContain(e => e.Contains("Anda tidak dapat menonaktifkan akun Anda sendiri.", StringComparison.Ordinal));
        var demote = await self.SubmitAsync(page, "form#profile", new Dictionary<string, string> { ["Profile.Role"] = Roles.Viewer });
        demote.Errors.ShouldContain(e => e.Contains("Anda tidak dapat mengubah peran administrator Anda sendiri.", StringComparison.Ordinal));
        await using var scope = app.Scope(out var db);
        (await db.Users.SingleAsync(u => u.Id == id)).IsActive.ShouldBeTrue();
    }

    [Theory]
    [AllDatabases]
    public async Task The_audit_page_lists_changes_old_to_new_and_filters_by_record(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin);
        var code = AdminData.Code();
        var id = await AdminData.CreateProgramAsync(api, code);
        await (await api.PutAsync($"/api/v1/programs/{id}", System.Net.Http.Json.JsonContent.Create(AdminData.Program(code, b => b["name"] = "Nama Audit")))).Json200();
        var admin = await app.PagesAs(Demo.Admin);

        var page = await admin.GetAsync($"/admin/audit?entityType=PartnershipProgram&entityId={id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = page.Document.QuerySelectorAll("table.stack tbody tr");
        rows.Length.ShouldBe(2);
        rows[0].TextContent.ShouldContain("Diubah");
        rows[0].TextContent.ShouldContain($"Program Kemitraan {code} → Nama Audit");
        rows[0].TextContent.ShouldContain(Demo.Admin);
        rows[0].TextContent.ShouldContain("WIB");
        rows[1].TextContent.ShouldContain("Ditambah");
        page.Document.QuerySelector($"a[href*='entityId={id}']").ShouldNotBeNull();

        var all = await admin.GetAsync("/admin/audit");
        all.Document.QuerySelectorAll("table.stack tbody tr").Length.ShouldBe(50);
        all.Document.QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/admin/audit?p=2");
        (await admin.GetAsync("/admin/audit?p=2")).Document.QuerySelector("a[rel=prev]").ShouldNotBeNull();

        var bad = await admin.GetAsync("/admin/audit?from=2026-03-01&to=2026-02-01");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Errors.ShouldContain(e => e.Contains("Tanggal akhir tidak boleh sebelum tanggal awal.", StringComparison.Ordinal));
    }
}
