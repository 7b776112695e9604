using Berdaya.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>What a thumb presses on a 360-px phone is at least 44 x 44 CSS px.</summary>
[Collection(BrowserSuite.Name)]
public sealed class TapTargetTests(BrowserApp app)
{
    private const int Minimum = 44;

    /// <summary>
    /// The header's controls, buttons, checkboxes and links in tables that are shown, each with its size; a
    /// checkbox counts its label's box too (pressing the label ticks it).
    /// </summary>
    private const string Measure =
        """
        () => {
          const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
          const targets = [];
          document.querySelectorAll('header.top a, header.top summary, header.top button, main button, main .button, main td a').forEach(e => {
            if (!shown(e)) return;
            const r = e.getBoundingClientRect();
            targets.push({ what: name(e), width: r.width, height: r.height });
          });
          document.querySelectorAll('main input[type=checkbox], main input[type=radio]').forEach(e => {
            if (!shown(e)) return;
            const boxes = [e, ...Array.from(e.labels || [])].filter(shown).map(x => x.getBoundingClientRect());
            const best = boxes.reduce((a, b) => Math.min(b.width, b.height) > Math.min(a.width, a.height) ? b : a);
            targets.push({ what: name(e), width: best.width, height: best.height });
          });
          return targets.map(t => t.what + ' ' + Math.round(t.width * 10) / 10 + 'x' + Math.round(t.height * 10) / 10 + (t.width < 44 - 0.01 || t.height < 44 - 0.01 ? ' SMALL' : ''));
        }
        """;

    private static async Task<List<string>> SmallAsync(IPage page, List<string> seen)
    {
        var targets = await page.EvaluateAsync<string[]>(Measure);
        seen.AddRange(targets);
        return targets.Where(t => t.EndsWith(" SMALL", StringComparison.Ordinal)).Select(t => $"{new Uri(page.Url).PathAndQuery}: {t}").ToList();
    }

    [Fact]
    public async Task Header_controls_buttons_checkboxes_and_table_links_are_at_least_44_px_on_a_phone()
    {
        var small = new List<string>();
        var seen = new List<string>();

        var officer = await app.PhoneAsync();
        await BrowserApp.LoginAsync(officer, "officer@demo.berdaya.id");
        foreach (var path in new[] { "/", "/partners", "/groups", "/proposals", "/loans" })
        {
            await officer.VisitAsync(path);
            small.AddRange(await SmallAsync(officer, seen));
        }

        await officer.VisitAsync("/groups");
        await officer.ClickAndLoadAsync("table a", new PageLocatorOptions { HasText = "Citra Sari" });
        await officer.VisitAsync(new Uri(officer.Url).AbsolutePath + "/members");
        (await officer.Locator("main input[type=checkbox]").CountAsync()).ShouldBeGreaterThan(0);
        small.AddRange(await SmallAsync(officer, seen));

        var admin = await app.PhoneAsync();
        await BrowserApp.LoginAsync(admin, "admin@demo.berdaya.id");
        await admin.VisitAsync("/admin/users");
        small.AddRange(await SmallAsync(admin, seen));
        await admin.ClickAndLoadAsync("table a", new PageLocatorOptions { HasText = "facilitator@" });
        (await admin.Locator("main label.check input[type=checkbox]").CountAsync()).ShouldBeGreaterThan(0);
        small.AddRange(await SmallAsync(admin, seen));

        seen.ShouldContain(t => t.StartsWith("summary", StringComparison.Ordinal), "the header's menu was measured");
        seen.ShouldContain(t => t.StartsWith("input", StringComparison.Ordinal), "checkboxes were measured");
        seen.ShouldContain(t => t.StartsWith("a ", StringComparison.Ordinal), "links were measured");
        small.ShouldBeEmpty(string.Join(Environment.NewLine, small));
    }
}
