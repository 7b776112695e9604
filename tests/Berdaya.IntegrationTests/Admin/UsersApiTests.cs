using System.Net;
using System.Net.Http.Json;
using Berdaya.Data.Identity;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Admin;

public sealed class UsersApiTests
{
    [Theory]
    [AllDatabases]
    public async Task Admin_creates_a_user_who_can_log_in_and_the_creation_is_audited_without_secrets(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var email = AdminData.Email("officer");
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Petugas Baru", role = Roles.ProgramOfficer, password = "Rahasia#2026", language = "en" });
        var body = await response.Content.ReadAsStringAsync();
        var json = await response.Json200(HttpStatusCode.Created);
        json.GetProperty("email").GetString().ShouldBe(email);
        json.GetProperty("role").GetString().ShouldBe(Roles.ProgramOfficer);
        json.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        json.GetProperty("language").GetString().ShouldBe("en");
        body.ShouldNotContain("passwordHash", Case.Insensitive);
        body.ShouldNotContain("securityStamp", Case.Insensitive);
        var id = json.GetProperty("id").GetString()!;

        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Rahasia#2026" });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = app.Scope(out var db);
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "AppUser" && a.EntityId == id && a.Action == "Added");
        entry.UserName.ShouldBe(Demo.Admin);
        entry.Changes!.ShouldContain(email);
        entry.Changes!.ShouldContain("\"PasswordHash\":[\"\\u2022\",\"\\u2022\"]");
        (await db.AuditEntries.AnyAsync(a => a.EntityType == "IdentityUserRole`1" && a.EntityId.StartsWith(id) && a.UserName == Demo.Admin)).ShouldBeTrue();
    }

    [Theory]
    [AllDatabases]
    public async Task Bad_new_users_are_refused_naming_the_field_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var email = AdminData.Email("bad");

        var taken = await admin.PostAsJsonAsync("/api/v1/users", new { email = Demo.Officer.ToUpperInvariant(), displayName = "Dup", role = Roles.Viewer, password = Demo.Password });
        await taken.Problem(HttpStatusCode.Conflict, "email");

        var weak = await (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Weak", role = Roles.Viewer, password = "abc" })).Problem(HttpStatusCode.BadRequest, "password");
        var messages = weak.GetProperty("errors").GetProperty("password").EnumerateArray().Select(m => m.GetString()).ToList();
        messages.ShouldBe(["Kata sandi minimal 8 karakter.", "Kata sandi harus memuat angka (0–9).", "Kata sandi harus memuat huruf besar (A–Z)."], ignoreOrder: true);

        await (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Role", role = "SuperUser", password = Demo.Password })).Problem(HttpStatusCode.BadRequest, "role");
        await (await admin.PostAsJsonAsync("/api/v1/users", new { email = "not-an-email", displayName = "X", role = Roles.Viewer, password = Demo.Password })).Problem(HttpStatusCode.BadRequest, "email");
        await (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "", role = Roles.Viewer, password = Demo.Password })).Problem(HttpStatusCode.BadRequest, "displayName");
        await (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Lang", role = Roles.Viewer, password = Demo.Password, language = "fr" })).Problem(HttpStatusCode.BadRequest, "language");

        await using var scope = app.Scope(out var db);
        var normalized = email.ToUpperInvariant();
        var officer = Demo.Officer.ToUpperInvariant();
        (await db.Users.CountAsync(u => u.NormalizedEmail == normalized)).ShouldBe(0);
        (await db.Users.CountAsync(u => u.NormalizedEmail == officer)).ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task Users_are_listed_with_role_and_scope_and_found_by_email_or_name(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var all = await (await admin.GetAsync("/api/v1/users")).Json200();
        var facilitator = all.EnumerateArray().Single(u => u.GetProperty("email").GetString() == Demo.Facilitator);
        facilitator.GetProperty("role").GetString().ShouldBe(Roles.Facilitator);
        facilitator.GetProperty("programCodes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["TELKOM-CDC"]);
        facilitator.GetProperty("villageCount").GetInt32().ShouldBeGreaterThan(10);
        var chair = all.EnumerateArray().Single(u => u.GetProperty("email").GetString() == Demo.Chair);
        chair.GetProperty("partnerName").GetString().ShouldBe("Eti Rohaeti");
        all.GetRawText().ShouldNotContain("passwordHash", Case.Insensitive);

        var byName = await (await admin.GetAsync("/api/v1/users?q=saepudin")).Json200();
        byName.EnumerateArray().Select(u => u.GetProperty("email").GetString()).ShouldBe([Demo.Facilitator]);
        var byEmail = await (await admin.GetAsync("/api/v1/users?q=BENDAHARA.citra")).Json200();
        byEmail.EnumerateArray().Select(u => u.GetProperty("email").GetString()).ShouldBe([Demo.Treasurer]);
        (await (await admin.GetAsync("/api/v1/users?q=nobody-" + Guid.NewGuid())).Json200()).GetArrayLength().ShouldBe(0);

        var one = await (await admin.GetAsync($"/api/v1/users/{facilitator.GetProperty("id").GetString()}")).Json200();
        one.GetProperty("villageCodes").EnumerateArray().Select(v => v.GetString()).ShouldContain(TestData.Narimbang);
        await (await admin.GetAsync($"/api/v1/users/{Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task A_deactivated_user_cannot_get_a_token_until_reactivated(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Viewer, "inactive");
        var off = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Dinonaktifkan", role = Roles.Viewer, isActive = false, language = "id" })).Json200();
        off.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        off.GetProperty("displayName").GetString().ShouldBe("Dinonaktifkan");

        var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var renamed = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Hanya nama" })).Json200();
        renamed.GetProperty("isActive").GetBoolean().ShouldBeFalse("fields left out stay as they are");
        renamed.GetProperty("role").GetString().ShouldBe(Roles.Viewer);
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { isActive = true })).Json200();
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [AllDatabases]
    public async Task A_role_change_takes_effect_and_drops_scope_the_new_role_does_not_use(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "rolechange");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { villageCodes = new[] { TestData.Narimbang } })).Json200();

        var changed = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Sekarang petugas", role = Roles.ProgramOfficer, isActive = true, language = "en" })).Json200();
        changed.GetProperty("role").GetString().ShouldBe(Roles.ProgramOfficer);
        changed.GetProperty("villageCodes").GetArrayLength().ShouldBe(0);
        var me = await (await (await app.ApiAs(email)).GetAsync("/api/v1/auth/me")).Json200();
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.ProgramOfficer]);

        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "X", role = "Boss", isActive = true, language = "id" })).Problem(HttpStatusCode.BadRequest, "role");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{Guid.NewGuid()}", new { displayName = "X", role = Roles.Viewer, isActive = true, language = "id" })).Problem(HttpStatusCode.NotFound);
        await using var scope = app.Scope(out var db);
        (await db.Users.SingleAsync(u => u.Id == id)).DisplayName.ShouldBe("Sekarang petugas");
    }

    [Theory]
    [AllDatabases]
    public async Task An_administrator_cannot_deactivate_or_demote_themselves(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Administrator, "selfadmin");
        var self = await app.ApiAs(email);

        await (await self.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Saya", role = Roles.Administrator, isActive = false, language = "id" })).Problem(HttpStatusCode.BadRequest, "isActive");
        await (await self.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Saya", role = Roles.Viewer, isActive = true, language = "id" })).Problem(HttpStatusCode.BadRequest, "role");

        await using (var scope = app.Scope(out var db))
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
            user.IsActive.ShouldBeTrue();
            user.DisplayName.ShouldBe("Pengguna selfadmin");
            (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).SingleAsync(x => x.UserId == id)).Name.ShouldBe(Roles.Administrator);
        }

        // Another administrator may.
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Mantan admin", role = Roles.Viewer, isActive = false, language = "id" })).Json200();
    }

    [Theory]
    [AllDatabases]
    public async Task Facilitator_villages_take_effect_one_by_one_or_by_district(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "fac");
        var facilitator = await app.ApiAs(email);
        (await (await facilitator.GetAsync("/api/v1/auth/me")).Json200()).GetProperty("villageCodes").GetArrayLength().ShouldBe(0);

        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { villageCodes = new[] { TestData.Narimbang } })).Json200();
        var me = await (await facilitator.GetAsync("/api/v1/auth/me")).Json200();
        me.GetProperty("villageCodes").EnumerateArray().Select(v => v.GetString()).ShouldBe([TestData.Narimbang]);

        int conggeang;
        Guid telkom;
        await using (var scope = app.Scope(out var db))
        {
            conggeang = await db.Regions.CountAsync(r => r.ParentCode == AdminData.Conggeang);
            telkom = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        }

        var district = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { villageCodes = new[] { TestData.OutsideFacilitator }, districtCodes = new[] { AdminData.Conggeang }, programIds = new[] { telkom } })).Json200();
        district.GetProperty("villageCodes").GetArrayLength().ShouldBe(conggeang + 1);
        me = await (await facilitator.GetAsync("/api/v1/auth/me")).Json200();
        me.GetProperty("villageCodes").GetArrayLength().ShouldBe(conggeang + 1);
        me.GetProperty("programIds").EnumerateArray().Select(p => p.GetGuid()).ShouldBe([telkom]);

        string[] oneUnknown = [TestData.Narimbang, "32.11.07.9999"];
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { villageCodes = oneUnknown })).Problem(HttpStatusCode.BadRequest, "villageCodes");
        string[] unknownDistrict = ["32.11.99"];
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { villageCodes = Array.Empty<string>(), districtCodes = unknownDistrict })).Problem(HttpStatusCode.BadRequest, "districtCodes");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { programIds = new[] { Guid.NewGuid() } })).Problem(HttpStatusCode.BadRequest, "programIds");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { partnerId = Guid.NewGuid() })).Problem(HttpStatusCode.BadRequest, "partnerId");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{Guid.NewGuid()}/scope", new { villageCodes = new[] { TestData.Narimbang } })).Problem(HttpStatusCode.NotFound);
        me = await (await facilitator.GetAsync("/api/v1/auth/me")).Json200();
        me.GetProperty("villageCodes").GetArrayLength().ShouldBe(conggeang + 1, "refused changes write nothing");

        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { villageCodes = new[] { TestData.ConggeangWetan } })).Json200();
        me = await (await facilitator.GetAsync("/api/v1/auth/me")).Json200();
        me.GetProperty("villageCodes").EnumerateArray().Select(v => v.GetString()).ShouldBe([TestData.ConggeangWetan]);
    }

    [Theory]
    [AllDatabases]
    public async Task Scope_is_refused_for_roles_it_does_not_belong_to(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (viewer, _) = await AdminData.CreateUserAsync(admin, Roles.Viewer, "viewerscope");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{viewer}/scope", new { villageCodes = new[] { TestData.Narimbang } })).Problem(HttpStatusCode.BadRequest, "villageCodes");
        var (partner, _) = await AdminData.CreateUserAsync(admin, Roles.Partner, "partnerscope");
        Guid telkom;
        await using (var scope = app.Scope(out var db))
        {
            telkom = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        }

        await (await admin.PutAsJsonAsync($"/api/v1/users/{partner}/scope", new { programIds = new[] { telkom } })).Problem(HttpStatusCode.BadRequest, "programIds");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{viewer}/scope", new { partnerId = Guid.NewGuid() })).Problem(HttpStatusCode.BadRequest, "partnerId");
        await using (var scope = app.Scope(out var db))
        {
            (await db.UserVillages.CountAsync(v => v.UserId == viewer)).ShouldBe(0);
            (await db.UserPrograms.CountAsync(v => v.UserId == partner)).ShouldBe(0);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_partner_user_is_linked_to_their_partner_record(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Partner, "mitra");
        var partnerId = await app.PartnerIdAsync("Nining Kurniasih");

        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { partnerId = Guid.NewGuid() })).Problem(HttpStatusCode.BadRequest, "partnerId");
        var linked = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { partnerId })).Json200();
        linked.GetProperty("partnerId").GetGuid().ShouldBe(partnerId);
        var me = await (await (await app.ApiAs(email)).GetAsync("/api/v1/auth/me")).Json200();
        me.GetProperty("partnerId").GetGuid().ShouldBe(partnerId);
        me.GetProperty("programIds").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [AllDatabases]
    public async Task Admin_sets_a_new_password_that_meets_the_rules(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Evaluator, "pw");
        await (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { password = "short" })).Problem(HttpStatusCode.BadRequest, "password");
        var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).StatusCode.ShouldBe(HttpStatusCode.OK, "a refused password changes nothing");

        (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { password = "Baru#Sandi2027" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Baru#Sandi2027" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await admin.PostAsJsonAsync($"/api/v1/users/{Guid.NewGuid()}/password", new { password = "Baru#Sandi2027" })).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task Admin_unlocks_a_locked_out_account(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Viewer, "locked");
        var client = app.CreateClient();

        // Locked as fifty wrong passwords would (AppTests); a locked account answers like a wrong password.
        await using (var scope = app.Scope(out _))
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(id))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await admin.GetAsync($"/api/v1/users/{id}")).Json200()).GetProperty("isLockedOut").GetBoolean().ShouldBeTrue();
        (await (await admin.GetAsync("/api/v1/users?q=" + email)).Json200())[0].GetProperty("isLockedOut").GetBoolean().ShouldBeTrue();

        (await admin.PostAsync($"/api/v1/users/{id}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await admin.GetAsync($"/api/v1/users/{id}")).Json200()).GetProperty("isLockedOut").GetBoolean().ShouldBeFalse();
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/users/{Guid.NewGuid()}/unlock", null)).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task Every_other_role_gets_403_on_the_admin_api_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (target, _) = await AdminData.CreateUserAsync(admin, Roles.Viewer, "target");
        foreach (var email in Demo.All.Where(e => e != Demo.Admin))
        {
            var api = await app.ApiAs(email);
            var newEmail = AdminData.Email("forbidden");
            var calls = new Func<Task<HttpResponseMessage>>[]
            {
                () => api.GetAsync("/api/v1/users"),
                () => api.GetAsync($"/api/v1/users/{target}"),
                () => api.PostAsJsonAsync("/api/v1/users", new { email = newEmail, displayName = "X", role = Roles.Administrator, password = Demo.Password }),
                () => api.PutAsJsonAsync($"/api/v1/users/{target}", new { displayName = "X", role = Roles.Administrator, isActive = true, language = "id" }),
                () => api.PutAsJsonAsync($"/api/v1/users/{target}/scope", new { villageCodes = new[] { TestData.Narimbang } }),
                () => api.PostAsJsonAsync($"/api/v1/users/{target}/password", new { password = "Hacked#2026" }),
                () => api.PostAsync($"/api/v1/users/{target}/unlock", null),
                () => api.GetAsync("/api/v1/audit"),
            };
            foreach (var call in calls)
            {
                (await call()).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            }

            var normalized = newEmail.ToUpperInvariant();
            await using var scope = app.Scope(out var db);
            (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized)).ShouldBeFalse();
        }

        var me = await (await admin.GetAsync($"/api/v1/users/{target}")).Json200();
        me.GetProperty("displayName").GetString().ShouldBe("Pengguna target");
        me.GetProperty("role").GetString().ShouldBe(Roles.Viewer);
    }
}
