using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests.Infrastructure;

/// <summary>
/// What a person does on a phone page: navigate by links and menus, pick a village, read the messages.
/// Every helper that loads a page runs the <see cref="PageChecks"/> on it once it has loaded: tests
/// reach pages through these helpers, never through Playwright's own <c>GotoAsync</c> or a bare click.
/// </summary>
public static class PhonePage
{
    public const int Width = 360;

    /// <summary>Waits for the page to show <paramref name="text"/> in <paramref name="selector"/> (auto-retrying, then failing).</summary>
    public static Task ShouldShowAsync(this IPage page, string selector, string text) =>
        Assertions.Expect(page.Locator(selector).First).ToContainTextAsync(text);

    /// <summary>Opens a menu entry the way a person does: the menu button, then the link.</summary>
    public static async Task OpenMenuAsync(this IPage page, string href)
    {
        // The mark ClickAndLoadAsync uses: gone once the entry's page has replaced this one.
        await page.EvaluateAsync("() => { window.berdayaPreviousPage = true; }");

        // On a loaded machine a tap can land while the menu is still opening and be lost: tap again, up to
        // three times, but only while this page is still on screen. A tap that landed is never repeated,
        // however slowly its page loads: a second tap would load the page again and leave the first copy
        // loaded but never checked. Both waits ask the page itself rather than wait for Playwright's URL or
        // load events, which a busy machine can deliver before the wait has begun to listen.
        for (var attempt = 1; ; attempt++)
        {
            if (!await page.Locator("details.menu[open]").IsVisibleAsync())
            {
                await page.ClickAsync("details.menu summary");
            }

            await page.ClickAsync($"details.menu nav a[href='{href}']");
            try
            {
                await page.WaitForFunctionAsync("() => !window.berdayaPreviousPage", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }

        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        (await page.EvaluateAsync<string>("() => location.pathname")).ShouldBe(href.Split('?')[0], $"the menu entry {href} led elsewhere");
        await PageChecks.CheckAsync(page);
    }

    /// <summary>Opens an address (relative to the app, or whole) as a person typing it or following a bookmark, and checks the page.</summary>
    public static async Task<IResponse?> VisitAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        await PageChecks.CheckAsync(page);
        return response;
    }

    /// <summary>Clicks something that loads another page (a link, or a form that may answer on the same address) and waits for that page.</summary>
    public static Task ClickAndLoadAsync(this IPage page, string selector, PageLocatorOptions? options = null) =>
        page.Locator(selector, options).ClickAndLoadAsync();

    /// <summary>
    /// Clicks something that loads another page and waits for that page; <paramref name="whileLoading"/>,
    /// if given, runs while the click's request is under way and the old page is still on screen (what a
    /// form shows while it is being sent: pair it with <see cref="OnASlowLinkAsync"/>).
    /// </summary>
    public static async Task ClickAndLoadAsync(this ILocator locator, Func<Task>? whileLoading = null)
    {
        // A mark on the current document: gone once the next document has replaced it.
        await locator.Page.EvaluateAsync("() => { window.berdayaPreviousPage = true; }");
        var click = locator.ClickAsync();
        if (whileLoading is not null)
        {
            await whileLoading();
        }

        await click;
        await locator.Page.WaitForFunctionAsync("() => !window.berdayaPreviousPage && document.readyState === 'complete'");
        await PageChecks.CheckAsync(locator.Page);
    }

    /// <summary>Goes back one page, as the phone's back button does, and checks the page it returns to.</summary>
    public static async Task BackAsync(this IPage page)
    {
        await page.GoBackAsync();
        await PageChecks.CheckAsync(page);
    }

    /// <summary>
    /// A slow link, as in a village: every request waits <paramref name="latency"/> for its answer, for
    /// the rest of the page's life (Chromium's network emulation).
    /// </summary>
    public static async Task OnASlowLinkAsync(this IPage page, TimeSpan latency)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = latency.TotalMilliseconds,
            ["downloadThroughput"] = -1,
            ["uploadThroughput"] = -1,
        });
    }

    /// <summary>The rows of the tables in <paramref name="scope"/> that show <paramref name="text"/> (a member's name, a date).</summary>
    public static ILocator Row(this IPage page, string scope, string text) =>
        page.Locator($"{scope} tr", new PageLocatorOptions { HasText = text });

    /// <summary>
    /// No sideways scrolling on a phone: neither the page nor any scrolling box inside it (a wide table
    /// in a scrolling wrapper still hides its columns from a person).
    /// </summary>
    public static async Task ShouldFitThePhoneAsync(this IPage page)
    {
        var problems = await FitProblemsAsync(page);
        problems.ShouldBeEmpty($"{page.Url} does not fit a {Width}-px phone");
    }

    /// <summary>What makes the page wider than the phone, if anything: the page itself, or boxes inside it that scroll sideways.</summary>
    internal static async Task<List<string>> FitProblemsAsync(IPage page)
    {
        var problems = new List<string>();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (width > Width)
        {
            var culprits = await page.EvaluateAsync<string[]>(
                """
                () => Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > 361 && !Array.from(e.children).some(c => c.getBoundingClientRect().right > 361))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '" right=' + Math.round(e.getBoundingClientRect().right))
                """);
            problems.Add($"scrolls sideways ({width}px wide): {string.Join("; ", culprits)}");
        }

        var wide = await page.EvaluateAsync<string[]>(
            """
            () => Array.from(document.querySelectorAll('main *'))
                .filter(e => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.getAttribute('class') + ' ' + e.scrollWidth + '>' + e.clientWidth)
            """);
        problems.AddRange(wide.Select(w => $"has a box that scrolls sideways: {w}"));
        return problems;
    }

    /// <summary>Screenshots for a person to look at, only when BERDAYA_SCREENSHOTS names a folder.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("BERDAYA_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Picks a village with the region picker's lists: province, regency, district, then the village
    /// (each list fills once the one before is chosen).
    /// </summary>
    public static async Task PickVillageAsync(this IPage page, string pickerScope, string province, string regency, string district, string village)
    {
        var picker = page.Locator($"{pickerScope} [data-region-picker]");
        string[] names = [province, regency, district, village];
        for (var level = 0; level < names.Length; level++)
        {
            var select = picker.Locator($"select[data-level='{level}']");
            await Assertions.Expect(select.Locator("option", new LocatorLocatorOptions { HasText = names[level] }).First).ToBeAttachedAsync();
            await select.SelectOptionAsync(new SelectOptionValue { Label = names[level] });
        }
    }

    /// <summary>The message shown beside a form field (the validation span naming it).</summary>
    public static async Task<string> FieldErrorAsync(this IPage page, string field) =>
        (await page.Locator($"span.field-error[data-valmsg-for='{field}']").TextContentAsync() ?? "").Trim();

    /// <summary>Every message shown beside a field, in page order, with the field's name: a refused form shows all its mistakes at once.</summary>
    public static async Task<IReadOnlyList<(string Field, string Message)>> FieldErrorsAsync(this IPage page)
    {
        var shown = await page.EvaluateAsync<string[][]>(
            """
            () => Array.from(document.querySelectorAll('span.field-error[data-valmsg-for]'))
                .map(e => [e.getAttribute('data-valmsg-for'), (e.textContent || '').trim()])
                .filter(([, message]) => message.length > 0)
            """);
        return [.. shown.Select(s => (s[0], s[1]))];
    }

    /// <summary>The id at the end of the current address (/groups/{id}).</summary>
    public static Guid IdFromUrl(this IPage page, string prefix)
    {
        var match = Regex.Match(new Uri(page.Url).AbsolutePath, $"^{Regex.Escape(prefix)}/([0-9a-f-]{{36}})");
        match.Success.ShouldBeTrue($"{page.Url} is not under {prefix}");
        return Guid.Parse(match.Groups[1].Value);
    }
}
