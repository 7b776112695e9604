using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Berdaya.IntegrationTests.Web;

/// <summary>
/// What the content security policy (style-src 'self'; script-src 'self') would silently block: a
/// style attribute, an inline script or an event-handler attribute on any page, and the assets'
/// version stamp that makes a phone fetch the new stylesheet and script after an upgrade.
/// </summary>
public sealed class PageHygieneTests
{
    [Fact]
    public async Task No_page_has_a_style_attribute_an_inline_script_or_an_event_handler()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var d = await DemoRecords.For(app);
        var failures = new List<string>();
        var checkedPages = 0;
        foreach (var (role, email) in AccessMatrix.Roles.Where(r => r.Role is Who.Anonymous or Who.Administrator or Who.Facilitator or Who.Treasurer))
        {
            var client = email is null
                ? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : (await app.PagesAs(email)).Http;
            foreach (var rule in AccessMatrix.Pages.Where(r => r.Allowed.HasFlag(role)))
            {
                using var response = await client.GetAsync(d.Fill(rule.Url));
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                checkedPages++;
                var document = await ParseAsync(await response.Content.ReadAsStringAsync());
                failures.AddRange(Faults(document).Select(f => $"{role,-13} {rule.Url}: {f}"));
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        checkedPages.ShouldBeGreaterThan(40);
    }

    [Fact]
    public async Task The_stylesheet_and_the_script_carry_a_version_and_no_tag_helper_attribute_is_printed()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var pages = await app.PagesAs(Demo.Officer);

        foreach (var url in new[] { "/login", "/groups", "/fund" })
        {
            var page = await pages.GetAsync(url);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Document.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href").ShouldStartWith("/css/site.css?v=");
            page.Document.QuerySelector("script[src]")!.GetAttribute("src").ShouldStartWith("/js/site.js?v=");
            page.Html.ShouldNotContain("asp-append-version");
            page.Html.ShouldNotContain("show-error=");
        }
    }

    private static IEnumerable<string> Faults(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[style]"))
        {
            yield return $"style attribute on <{element.LocalName}>: {element.GetAttribute("style")}";
        }

        foreach (var script in document.QuerySelectorAll("script:not([src])"))
        {
            yield return $"inline script: {script.TextContent.Trim()[..Math.Min(60, script.TextContent.Trim().Length)]}";
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"event handler {attribute.Name} on <{element.LocalName}>";
            }
        }
    }

    private static async Task<IDocument> ParseAsync(string html) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
}
