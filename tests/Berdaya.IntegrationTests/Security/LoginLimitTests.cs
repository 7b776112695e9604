using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Data.Identity;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Security;

/// <summary>
/// Logging in tells nothing about which accounts exist, and its limits slow guessing without letting
/// anyone shut an officer out (decision 0004). The test server has no client address of its own, so
/// each test names one with X-Forwarded-For, as a TLS proxy in front of the app would.
/// </summary>
public sealed class LoginLimitTests
{
    [Theory]
    [AllDatabases]
    public async Task Unknown_known_and_locked_accounts_get_the_same_answer_in_about_the_same_time(string provider)
    {
        var app = await TestApp.For(provider);
        var known = await NewUserAsync(app, "dikenal");
        var locked = await NewUserAsync(app, "dikunci");
        await using (var scope = app.Scope(out _))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        var client = From(app, "198.51.100.20");
        var knownTimes = new List<long>();
        var unknownTimes = new List<long>();
        var answers = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            var (status, answer, ms) = await TimedLoginAsync(client, known, "Salah#12345");
            knownTimes.Add(ms);
            answers.Add($"{(int)status} {answer}");
            (status, answer, ms) = await TimedLoginAsync(client, Email("tidakada"), "Salah#12345");
            unknownTimes.Add(ms);
            answers.Add($"{(int)status} {answer}");
        }

        // The locked account is refused even with its right password, in the same words.
        var (lockedStatus, lockedAnswer, _) = await TimedLoginAsync(client, locked, Demo.Password);
        answers.Add($"{(int)lockedStatus} {lockedAnswer}");
        answers.ShouldBe([$"401 {Title(app, "login.failed")}"]);

        // Before, an unknown email answered in 2 ms and a known one after hashing the password (60-100 ms).
        unknownTimes.Min().ShouldBeGreaterThan(knownTimes.Min() / 3, $"known {string.Join(",", knownTimes)} ms, unknown {string.Join(",", unknownTimes)} ms");
    }

    [Theory]
    [AllDatabases]
    public async Task Wrong_passwords_from_one_address_slow_that_address_and_do_not_shut_the_owner_out(string provider)
    {
        var app = await TestApp.For(provider);
        var email = await NewUserAsync(app, "sasaran");
        var attacker = From(app, "198.51.100.31");
        for (var i = 0; i < 5; i++)
        {
            await (await attacker.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Tebakan#" + i })).Problem(HttpStatusCode.Unauthorized);
        }

        // The sixth try from there is refused before the password is looked at, right or wrong.
        var limited = await (await attacker.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).Problem(HttpStatusCode.TooManyRequests);
        limited.GetProperty("title").GetString().ShouldBe(Title(app, "login.throttled"));

        // The owner, elsewhere, logs in: the account was neither locked nor limited for them.
        var owner = From(app, "198.51.100.32");
        (await (await owner.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).Json200()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        await using var scope = app.Scope(out _);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)).ShouldBeFalse();
    }

    [Theory]
    [AllDatabases]
    public async Task One_address_gets_a_limited_number_of_attempts_on_the_api_and_the_page(string provider)
    {
        var shared = await TestApp.For(provider);
        var limits = new Dictionary<string, string?> { ["Login:AttemptsPerAddressPerMinute"] = "3" };
        await using var app = shared.WithWebHostBuilder(b =>
        {
            b.UseSetting("Login:AttemptsPerAddressPerMinute", "3");
            b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(limits));
        });

        var client = From(app, "192.0.2.10");
        for (var i = 0; i < 3; i++)
        {
            await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = Email("x"), password = "Salah#12345" }))
                .Problem(HttpStatusCode.Unauthorized);
        }

        var limited = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Viewer, password = Demo.Password })).Problem(HttpStatusCode.TooManyRequests);
        limited.GetProperty("title").GetString().ShouldBe("Terlalu banyak percobaan masuk. Tunggu beberapa menit, lalu coba lagi.");

        // The login page from the same address keeps its form and says why, in the user's language.
        var pages = new PageClient(From(app, "192.0.2.10", cookies: true));
        await pages.SubmitAsync(await pages.GetAsync("/login"), "form[action='/account/language']", new Dictionary<string, string> { ["lang"] = "en" });
        var form = await pages.GetAsync("/login");
        var page = await pages.SubmitAsync(form, "form:not([action])", new Dictionary<string, string> { ["Input.Email"] = Demo.Viewer, ["Input.Password"] = Demo.Password });
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        page.Errors.ShouldBe(["Too many login attempts. Wait a few minutes, then try again."]);

        // Another address is not held back.
        (await (await From(app, "192.0.2.11").PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Viewer, password = Demo.Password })).Json200())
            .GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
    }

    /// <summary>A client whose requests come, as far as the app can tell, from the address (through a proxy on the same host).</summary>
    internal static HttpClient From(WebApplicationFactory<Program> app, string address, bool cookies = false)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static async Task<(HttpStatusCode Status, string Title, long Ms)> TimedLoginAsync(HttpClient client, string email, string password)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        var title = JsonDocument.Parse(body).RootElement.GetProperty("title").GetString() ?? "";
        return (response.StatusCode, title, watch.ElapsedMilliseconds);
    }

    private static string Title(TestApp app, string key) =>
        app.Services.GetRequiredService<global::Berdaya.Web.Localization.Texts>().Get(key, new System.Globalization.CultureInfo("id-ID"));

    private static string Email(string name) => $"{name}-{Guid.NewGuid().ToString("N")[..8]}@test.berdaya.id";

    private static async Task<string> NewUserAsync(TestApp app, string name)
    {
        var email = Email(name);
        await using var scope = app.Scope(out _);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.CreateAsync(new AppUser { UserName = email, Email = email, DisplayName = name }, Demo.Password)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Roles.Viewer);
        return email;
    }
}
