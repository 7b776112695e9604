using System.Net;
using System.Net.Http.Json;
using Berdaya.Data.Identity;
using Berdaya.IntegrationTests.Admin;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Berdaya.IntegrationTests.Security;

/// <summary>
/// Every page opened as every role: the pages a role must not use turn it away, no page links a role to a page it may
/// not open, and no page lists a full NIK.
/// </summary>
public sealed class PageAccessTests
{
    [Theory]
    [AllDatabases]
    public async Task The_matrix_lists_every_page_and_no_other(string provider)
    {
        var app = await TestApp.For(provider);
        MatrixCalls.ShouldMatch(AccessMatrix.Pages, MatrixCalls.PageEndpoints(app));
    }

    [Theory]
    [AllDatabases]
    public async Task Every_role_opens_only_the_pages_the_matrix_allows_and_no_page_shows_a_full_NIK(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var failures = new List<string>();
        var shown = 0;
        var linksFollowed = 0;
        foreach (var (role, email) in AccessMatrix.Roles)
        {
            var client = email is null
                ? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : (await app.PagesAs(email)).Http;
            var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var rule in AccessMatrix.Pages)
            {
                using var response = await client.GetAsync(d.Fill(rule.Url));
                var location = response.Headers.Location?.ToString();
                if (MatrixCalls.Judge(rule, role, response.StatusCode, location) is { } why)
                {
                    failures.Add($"{role,-13} {rule.Url} -> {(int)response.StatusCode} {location}: {why}");
                }

                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                shown++;
                var html = await response.Content.ReadAsStringAsync();
                if (MatrixCalls.FullNik().Match(html) is { Success: true } nik)
                {
                    failures.Add($"{role,-13} {rule.Url} shows a full NIK {nik.Value} without the explicit reveal");
                }

                foreach (var (path, pattern) in MatrixCalls.LinksToFollow(role, html))
                {
                    if (!answers.TryGetValue(path, out var answer))
                    {
                        using var followed = await client.GetAsync(path);
                        answers[path] = answer = MatrixCalls.Refused(followed) ? $"{(int)followed.StatusCode} {followed.Headers.Location}" : null;
                        linksFollowed++;
                    }

                    if (answer is not null)
                    {
                        failures.Add($"{role,-13} {rule.Url} links to {path} (page {pattern}), which answers the role {answer}");
                    }
                }

                if (role == Who.Evaluator && MatrixCalls.FullPhone().Match(html) is { Success: true } phone)
                {
                    failures.Add($"{role,-13} {rule.Url} shows the phone number {phone.Value} to the evaluator");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        shown.ShouldBeGreaterThan(AccessMatrix.Pages.Length * 2);
        linksFollowed.ShouldBeGreaterThan(50);
        await ApiAccessTests.NothingChangedAsync(app, d);
    }

    [Theory]
    [AllDatabases]
    public async Task The_matrix_lists_every_page_form_and_no_other(string provider)
    {
        var app = await TestApp.For(provider);
        MatrixCalls.ShouldMatch(AccessMatrix.PageForms, await MatrixCalls.PageFormEndpointsAsync(app));
    }

    [Theory]
    [AllDatabases]
    public async Task Every_role_posts_only_the_page_forms_the_matrix_allows(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var failures = new List<string>();
        foreach (var (role, email) in AccessMatrix.Roles)
        {
            PageClient pages = email is null
                ? new PageClient(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }))
                : await app.PagesAs(email);
            var start = await pages.GetAsync(email is null ? "/login" : "/partners");
            var token = start.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            foreach (var rule in AccessMatrix.PageForms)
            {
                using var response = await MatrixCalls.PostFormAsync(pages.Http, rule, d, token);
                var location = response.Headers.Location?.ToString();
                if (MatrixCalls.Judge(rule, role, response.StatusCode, location) is { } why)
                {
                    failures.Add($"{role,-13} {rule.Key} -> {(int)response.StatusCode} {location}: {why}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        await ApiAccessTests.NothingChangedAsync(app, d);
    }

    [Theory]
    [AllDatabases]
    public async Task A_role_that_may_never_decide_is_refused_before_the_decision_form_is_checked(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var broken = AccessMatrix.PageForms.Single(r => r.Key == "POST Decide proposals/{id:guid}") with { Body = "Decide.PartnerId=bukan-id&Decide.Amount=banyak" };
        foreach (var email in new[] { Demo.Facilitator, Demo.Evaluator, Demo.Viewer, Demo.Chair, Demo.Treasurer })
        {
            var pages = await app.PagesAs(email);
            var start = await pages.GetAsync("/partners");
            var token = start.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            using var response = await MatrixCalls.PostFormAsync(pages.Http, broken, d, token);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }

        // An officer sending the same form is told what is wrong with it.
        var officer = await app.PagesAs(Demo.Officer);
        var officerStart = await officer.GetAsync("/partners");
        var officerToken = officerStart.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var checkedForm = await MatrixCalls.PostFormAsync(officer.Http, broken, d, officerToken);
        checkedForm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [AllDatabases]
    public async Task A_full_NIK_shows_only_after_the_explicit_reveal_and_only_to_those_who_may_read_it(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        string nik;
        await using (var scope = app.Scope(out var db))
        {
            nik = db.Partners.Where(p => p.Id == d.Member).Select(p => p.Nik).Single();
        }

        var officer = await app.PagesAs(Demo.Officer);
        var details = await officer.GetAsync($"/partners/{d.Member}");
        details.Html.ShouldNotContain(nik);
        var revealed = await officer.SubmitAsync(details, "#reveal-nik", new Dictionary<string, string>());
        revealed.StatusCode.ShouldBe(HttpStatusCode.OK);
        revealed.Document.QuerySelector("[data-full-nik]")!.TextContent.Trim().ShouldBe(nik);

        // Roles that may not read it get no reveal button, and posting the reveal anyway is refused.
        foreach (var email in new[] { Demo.Evaluator, Demo.Viewer, Demo.Chair })
        {
            var pages = await app.PagesAs(email);
            var page = await pages.GetAsync($"/partners/{d.Member}");
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Document.QuerySelector("#reveal-nik").ShouldBeNull();
            var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
            var post = await pages.Http.PostAsync($"/partners/{d.Member}?handler=Reveal",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            post.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Forbidden);
            if (post.StatusCode == HttpStatusCode.Redirect)
            {
                post.Headers.Location!.ToString().ShouldContain("/denied");
            }

            (await post.Content.ReadAsStringAsync()).ShouldNotContain(nik);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task A_facilitator_of_another_district_finds_no_Citra_Sari_page(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var admin = await app.ApiAs(Demo.Admin);
        var (id, email) = await AdminData.CreateUserAsync(admin, Roles.Facilitator, "jatinangor-pages");
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/scope", new { programIds = new[] { d.Program }, villageCodes = new[] { TestData.OutsideFacilitator } })).Json200();
        var pages = await app.PagesAs(email);
        var failures = new List<string>();
        foreach (var rule in AccessMatrix.Pages.Where(r => r.ReachesCitraSari && r.Allowed.HasFlag(Who.Facilitator)))
        {
            using var response = await pages.Http.GetAsync(d.Fill(rule.Url));
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{rule.Url} -> {(int)response.StatusCode}");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        foreach (var list in new[] { "/groups", "/partners", "/proposals", "/socializations" })
        {
            var html = (await pages.GetAsync(list)).Html;
            html.ShouldNotContain("Citra Sari");
            html.ShouldNotContain("Euis Komariah");
        }
    }
}
