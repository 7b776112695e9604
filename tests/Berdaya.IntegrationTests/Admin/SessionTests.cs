using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Data.Identity;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Admin;

public sealed class SessionTests
{
    [Theory]
    [AllDatabases]
    public async Task Deactivating_a_user_ends_their_open_token_and_page_session_at_once(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Viewer, "session");
        var api = await TokenClient(app, email);
        (await api.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pages = await app.PagesAs(email);
        (await pages.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { isActive = false })).Json200();

        (await api.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await pages.Http.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/login");
    }

    [Theory]
    [AllDatabases]
    public async Task A_new_password_set_by_the_administrator_ends_the_old_token(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Viewer, "password");
        var api = await TokenClient(app, email);
        (await api.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { password = "Baru#20261" })).IsSuccessStatusCode.ShouldBeTrue();

        (await api.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await TokenClient(app, email, "Baru#20261")).GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpClient> TokenClient(TestApp app, string email, string password = Demo.Password)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
