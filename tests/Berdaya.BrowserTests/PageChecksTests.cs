using Berdaya.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>The checks every visited page goes through find what they are meant to find, on a real page under the app's own policy.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PageChecksTests(BrowserApp app)
{
    [Fact]
    public async Task A_page_with_an_unlabelled_image_an_inline_style_and_a_wide_box_fails_with_each_named_and_its_address()
    {
        var page = await app.PhoneAsync();

        // The real login page, with its real headers (the content security policy), and three faults planted in it.
        await page.RouteAsync("**/login?planted", async route =>
        {
            var response = await route.FetchAsync();
            var body = (await response.TextAsync()).Replace(
                "</main>",
                """
                <img id="planted-image" src="/favicon.svg">
                <p id="planted-style" style="color: red">styled inline</p>
                <svg id="planted-wide" width="600" height="10" aria-hidden="true"></svg>
                </main>
                """,
                StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body });
        });

        // One document reached behind the helpers' back, then the planted one through them.
        await page.GotoAsync("/login?unchecked");
        await page.VisitAsync("/login?planted");
        var findings = string.Join(Environment.NewLine, await PageChecks.TakeFindingsAsync(page));

        findings.ShouldContain("/login?planted: axe image-alt (critical)", Case.Sensitive, findings);
        findings.ShouldContain("#planted-image", Case.Sensitive, findings);
        findings.ShouldContain("/login?planted: content security policy: style-src-attr blocked inline on ", Case.Sensitive, findings);
        findings.ShouldContain("""<p id="planted-style" style="color: red"> (line """, Case.Sensitive, findings);
        findings.ShouldContain("/login?planted: scrolls sideways", Case.Sensitive, findings);
        findings.ShouldContain("svg#planted-wide", Case.Sensitive, findings);
        findings.ShouldContain("/login?unchecked: loaded but never checked", Case.Sensitive, findings);
    }

}
