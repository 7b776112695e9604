using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests;

public sealed class AppTests
{
    [Theory]
    [AllDatabases]
    public async Task Health_answers_200_with_the_database_checked(string provider)
    {
        var app = await TestApp.For(provider);
        var response = await app.CreateClient().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Theory]
    [AllDatabases]
    public async Task OpenApi_description_lists_the_api(string provider)
    {
        var app = await TestApp.For(provider);
        var json = await (await app.CreateClient().GetAsync("/openapi/v1.json")).Json200();
        json.GetProperty("paths").TryGetProperty("/api/v1/auth/login", out _).ShouldBeTrue();
        json.GetProperty("paths").TryGetProperty("/api/v1/regions", out _).ShouldBeTrue();
    }

    [Theory]
    [AllDatabases]
    public async Task Interactive_api_docs_are_served_by_the_app(string provider)
    {
        var app = await TestApp.For(provider);
        var response = await app.CreateClient().GetAsync("/api-docs");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
    }

    [Theory]
    [AllDatabases]
    public async Task The_full_region_list_is_loaded(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var provinces = await (await api.GetAsync("/api/v1/regions")).Json200();
        provinces.GetArrayLength().ShouldBe(38);
        var sumedang = await (await api.GetAsync("/api/v1/regions?parent=32.11")).Json200();
        sumedang.EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldContain("Conggeang");
        var villages = await (await api.GetAsync("/api/v1/regions?parent=32.11.07")).Json200();
        villages.EnumerateArray().ShouldContain(r => r.GetProperty("code").GetString() == "32.11.07.2011" && r.GetProperty("name").GetString() == "Narimbang");
        await using var scope = app.Scope(out var db);
        db.Regions.Count(r => r.Level == Domain.Regions.RegionLevel.Village).ShouldBeGreaterThan(83_000);
    }

    [Theory]
    [AllDatabases]
    public async Task Region_search_finds_a_village_by_name_with_its_path(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Facilitator);
        var hits = await (await api.GetAsync("/api/v1/regions/search?q=narimb")).Json200();
        hits.EnumerateArray().ShouldContain(r => r.GetProperty("code").GetString() == "32.11.07.2011"
            && r.GetProperty("path").GetString()!.Contains("Sumedang"));
        await (await api.GetAsync("/api/v1/regions/search?q=na")).Problem(HttpStatusCode.BadRequest, "q");
        await (await api.GetAsync("/api/v1/regions?parent=99.99")).Problem(HttpStatusCode.NotFound, "parent");
    }

    [Theory]
    [AllDatabases]
    public async Task Api_without_a_token_answers_401_and_pages_redirect_to_login(string provider)
    {
        var app = await TestApp.For(provider);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        (await client.GetAsync("/api/v1/regions")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await client.GetAsync("/partners");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldStartWith("http://localhost/login");
    }

    [Theory]
    [AllDatabases]
    public async Task Every_demo_user_can_log_in_by_api_and_by_page(string provider)
    {
        var app = await TestApp.For(provider);
        foreach (var email in Demo.All)
        {
            var api = await app.ApiAs(email);
            var me = await (await api.GetAsync("/api/v1/auth/me")).Json200();
            me.GetProperty("email").GetString().ShouldBe(email);
            var pages = await app.PagesAs(email);
            var home = await pages.Http.GetAsync("/");
            home.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Wrong_password_is_refused_and_repeated_failures_lock_the_account(string provider)
    {
        var app = await TestApp.For(provider);
        var email = "lockout-" + Guid.NewGuid().ToString("N")[..8] + "@test.berdaya.id";
        await using (var scope = app.Scope(out _))
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Identity.AppUser>>();
            var created = await users.CreateAsync(new Data.Identity.AppUser { UserName = email, Email = email, DisplayName = "Lockout" }, Demo.Password);
            created.Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Data.Identity.Roles.Viewer);
        }

        // One address may try five wrong passwords per account (decision 0004); fifty from anywhere lock the account.
        for (var i = 0; i < 50; i++)
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.18.{i / 5}.1");
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong-password" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        // Locked, the right password gets the same answer as a wrong one: nothing tells the account exists.
        var owner = app.CreateClient();
        owner.DefaultRequestHeaders.Add("X-Forwarded-For", "198.18.200.1");
        var locked = await owner.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password });
        (await locked.Problem(HttpStatusCode.Unauthorized)).TryGetProperty("code", out _).ShouldBeFalse();
        await using (var scope = app.Scope(out _))
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Identity.AppUser>>();
            (await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)).ShouldBeTrue();
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Login_page_is_Indonesian_by_default_and_English_on_request(string provider)
    {
        var app = await TestApp.For(provider);
        var client = app.CreateClient();
        (await client.GetStringAsync("/login")).ShouldContain("Kata sandi");
        (await client.GetStringAsync("/login?lang=en")).ShouldContain("Password");
    }
}
