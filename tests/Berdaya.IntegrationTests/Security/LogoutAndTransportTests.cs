using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Berdaya.IntegrationTests.Security;

/// <summary>Logging out ends the session everywhere it was copied; the cookie never writes through the API; cookies and HSTS behind a TLS proxy (decision 0004).</summary>
public sealed class LogoutAndTransportTests
{
    [Theory]
    [AllDatabases]
    public async Task A_cookie_copied_before_logout_no_longer_works_and_other_sessions_go_on(string provider)
    {
        var app = await TestApp.For(provider);
        var other = await app.PagesAs(Demo.Officer);
        var pages = new PageClient(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var login = await pages.SubmitAsync(await pages.GetAsync("/login"), "form:not([action])",
            new Dictionary<string, string> { ["Input.Email"] = Demo.Officer, ["Input.Password"] = Demo.Password });
        var cookie = login.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("berdaya.auth=", StringComparison.Ordinal)).Split(';')[0];
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync("/partners")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var loggedOut = await pages.SubmitAsync(await pages.GetAsync("/partners"), "form[action='/account/logout']", new Dictionary<string, string>());
        loggedOut.Location.ShouldBe("/login");

        var refused = await copy.GetAsync("/partners");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/login");
        (await copy.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The officer's other login is another session: it goes on.
        (await other.Http.GetAsync("/partners")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [AllDatabases]
    public async Task A_bearer_session_refreshes_and_logging_out_ends_its_access_and_refresh_tokens(string provider)
    {
        var app = await TestApp.For(provider);
        var other = await app.ApiAs(Demo.Viewer);
        var client = app.CreateClient();
        var tokens = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Viewer, password = Demo.Password })).Json200();
        var refreshToken = tokens.GetProperty("refreshToken").GetString();

        var refreshed = await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken })).Json200();
        var access = Bearer(app, tokens.GetProperty("accessToken").GetString()!);
        var renewed = Bearer(app, refreshed.GetProperty("accessToken").GetString()!);
        (await (await renewed.GetAsync("/api/v1/auth/me")).Json200()).GetProperty("email").GetString().ShouldBe(Demo.Viewer);

        (await access.PostAsync("/api/v1/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await access.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await renewed.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        foreach (var token in new[] { refreshToken, refreshed.GetProperty("refreshToken").GetString() })
        {
            await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token })).Problem(HttpStatusCode.BadRequest, "refreshToken");
        }

        await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "bukan-token" })).Problem(HttpStatusCode.BadRequest, "refreshToken");
        (await other.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [AllDatabases]
    public async Task The_login_cookie_does_not_write_through_the_api(string provider)
    {
        var app = await TestApp.For(provider);
        var (_, proposalId, _) = await GroupScenario.SubmittedAsync(app, 5);
        var pages = await app.PagesAs(Demo.Officer);

        // What a form on another site could send with the officer's cookie: a multipart upload, a JSON post.
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(MatrixCalls.Pdf), "file", "lintas-situs.pdf");
        (await pages.Http.PostAsync($"/api/v1/proposals/{proposalId}/attachments", form)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var json = new StringContent("""{"reason":"Lintas situs"}""", Encoding.UTF8, "application/json");
        (await pages.Http.PostAsync($"/api/v1/proposals/{proposalId}/return", json)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The pages' own scripts read the API with the cookie, and the pages' forms still write.
        (await pages.Http.GetAsync("/api/v1/regions/search?level=Village&q=narimb")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pages.Http.GetAsync($"/proposals/{proposalId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = app.Scope(out var db);
        (await db.Attachments.CountAsync(a => a.OwnerId == proposalId)).ShouldBe(0);
        (await db.Proposals.SingleAsync(p => p.Id == proposalId)).Status.ShouldBe(Domain.Proposals.ProposalStatus.Submitted);
    }

    [Theory]
    [AllDatabases]
    public async Task Behind_a_TLS_proxy_cookies_are_secure_and_HSTS_is_sent(string provider)
    {
        var shared = await TestApp.For(provider);
        await using var app = shared.WithWebHostBuilder(b =>
        {
            b.UseSetting("Https:Hsts", "true");
            b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Https:Hsts"] = "true" }));
        });

        // Plain HTTP (no proxy): no Secure flag, no HSTS.
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://berdaya.example/"), HandleCookies = false });
        var plainForm = await plain.GetAsync("/login");
        plainForm.Headers.GetValues("Set-Cookie").ShouldAllBe(c => !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        plainForm.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();

        // Through the proxy, which ended TLS: every cookie is Secure, and the browser is told to stay on HTTPS.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://berdaya.example/"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.40");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var form = await new PageClient(client).GetAsync("/login");
        var cookies = form.Response.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldNotBeEmpty();
        cookies.ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        form.Response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=31536000");

        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = form.Document.QuerySelector("form:not([action]) input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
                ["Input.Email"] = Demo.Viewer,
                ["Input.Password"] = Demo.Password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        var login = await client.SendAsync(post);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("berdaya.auth=", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);
    }

    private static HttpClient Bearer(TestApp app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
