using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Berdaya.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.v3;

[assembly: PageChecks]

namespace Berdaya.BrowserTests.Infrastructure;

/// <summary>
/// What every page a browser test visits must be, checked without the test asking: no serious or
/// critical axe-core violation, no wider than a 360-px phone, and no content-security-policy
/// violation. <see cref="BrowserApp.PhoneAsync"/> attaches the checks to each page; the
/// <see cref="PhonePage"/> navigation helpers run them on each document once it has loaded (axe
/// needs the live document); <see cref="PageChecksAttribute"/> fails the test at its end with every
/// finding, by address, and closes its pages.
/// </summary>
public sealed class PageChecks
{
    private static readonly Lazy<string> Axe = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vendor", "axe-core", "axe.min.js")));

    private static readonly ConditionalWeakTable<IPage, PageChecks> ByPage = [];
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<PageChecks>> ByTest = new();

    // Runs in every document before its own scripts: names the document, reports each policy
    // violation (with the element it concerns) and the load, through a function the test exposes.
    private const string Listener =
        """
        (() => {
          if (window !== window.top) return;
          const doc = Math.random().toString(36).slice(2) + Date.now().toString(36);
          Object.defineProperty(window, 'berdayaDocument', { value: doc });
          const send = (kind, detail) => window.berdayaPageEvent(JSON.stringify({ kind, doc, url: location.href, detail }));
          document.addEventListener('securitypolicyviolation', e => send('csp', JSON.stringify({
            what: `${e.effectiveDirective} blocked ${e.blockedURI || 'an inline resource'}`,
            where: (e.target && e.target.tagName ? e.target.outerHTML.split('>')[0].slice(0, 120) + '>' : 'the document')
              + (e.lineNumber ? ` (line ${e.lineNumber})` : '') + (e.sample ? ` "${e.sample}"` : ''),
          })), true);
          window.addEventListener('load', () => send('load', ''));
        })();
        """;

    // Violations only; a node's own impact decides, since one rule may be serious on one element and minor on another.
    private const string RunAxe =
        """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.filter(n => n.impact === 'serious' || n.impact === 'critical').map(n => ({
              impact: n.impact,
              target: n.target.flat().join(' '),
              summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 200),
            })),
          })).filter(v => v.nodes.length > 0));
        }
        """;

    private readonly IPage _page;

    // Filled from Playwright's thread (the page's reports) and the test's (the checks). Both keyed by the name
    // the document gave itself, and compared only when the test ends: a load reported after its check still matches it.
    private readonly ConcurrentDictionary<string, string> _loaded = new();
    private readonly ConcurrentDictionary<string, byte> _checked = new();
    private readonly ConcurrentQueue<(string Url, string What, string Where)> _policy = new();
    private readonly ConcurrentQueue<(string Url, string Text)> _console = new();
    private readonly List<string> _findings = [];
    private int _finished;

    private PageChecks(IPage page) => _page = page;

    /// <summary>Attaches the checks to a new page, for the test running now.</summary>
    internal static async Task AttachAsync(IPage page)
    {
        var checks = new PageChecks(page);
        ByPage.Add(page, checks);
        if (TestContext.Current.Test?.UniqueID is { } test)
        {
            ByTest.GetOrAdd(test, _ => new ConcurrentQueue<PageChecks>()).Enqueue(checks);
        }

        await page.ExposeFunctionAsync<string>("berdayaPageEvent", checks.OnPageEvent);
        await page.AddInitScriptAsync(Listener);

        // A second witness: Chromium also writes every refusal to the console ("Refused to apply inline style ...").
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith("Refused to", StringComparison.Ordinal))
            {
                checks._console.Enqueue((page.Url, message.Text));
            }
        };
    }

    /// <summary>Checks the document on screen, once per document; pages not made by <see cref="BrowserApp.PhoneAsync"/> are not checked.</summary>
    internal static Task CheckAsync(IPage page) =>
        ByPage.TryGetValue(page, out var checks) ? checks.CheckCurrentAsync() : Task.CompletedTask;

    /// <summary>
    /// Ends the checks of one page now, closing it, and hands its findings to the caller instead of
    /// failing the test with them (for the tests of the checks themselves).
    /// </summary>
    internal static Task<IReadOnlyList<string>> TakeFindingsAsync(IPage page) =>
        ByPage.TryGetValue(page, out var checks) ? checks.FinishAsync() : Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>Checks what is left of the test's pages, closes them and returns every finding.</summary>
    internal static async Task<IReadOnlyList<string>> FinishTestAsync(string test)
    {
        if (!ByTest.TryRemove(test, out var pages))
        {
            return [];
        }

        var findings = new List<string>();
        foreach (var checks in pages)
        {
            findings.AddRange(await checks.FinishAsync());
        }

        return [.. findings.Distinct()];
    }

    private void OnPageEvent(string json)
    {
        using var e = JsonDocument.Parse(json);
        var doc = e.RootElement.GetProperty("doc").GetString()!;
        var url = e.RootElement.GetProperty("url").GetString()!;
        switch (e.RootElement.GetProperty("kind").GetString())
        {
            case "load":
                _loaded.TryAdd(doc, url);
                break;
            case "csp":
                using (var detail = JsonDocument.Parse(e.RootElement.GetProperty("detail").GetString()!))
                {
                    _policy.Enqueue((url, detail.RootElement.GetProperty("what").GetString()!, detail.RootElement.GetProperty("where").GetString()!));
                }

                break;
        }
    }

    private async Task CheckCurrentAsync()
    {
        var doc = await DocumentAsync();
        if (doc is null || _checked.ContainsKey(doc))
        {
            return;
        }

        var url = _page.Url;
        foreach (var problem in await PhonePage.FitProblemsAsync(_page))
        {
            Add($"{url}: {problem}");
        }

        if (!await _page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated, not added as a <script>: the page's policy (rightly) refuses inline scripts.
            await _page.EvaluateAsync(Axe.Value);
        }

        using var violations = JsonDocument.Parse(await _page.EvaluateAsync<string>(RunAxe));
        foreach (var v in violations.RootElement.EnumerateArray())
        {
            var nodes = v.GetProperty("nodes").EnumerateArray().ToList();
            var impact = nodes.Any(n => n.GetProperty("impact").GetString() == "critical") ? "critical" : "serious";
            var targets = string.Join("; ", nodes.Take(5).Select(n => n.GetProperty("target").GetString()));
            var more = nodes.Count > 5 ? $" and {nodes.Count - 5} more" : "";
            Add($"{url}: axe {v.GetProperty("id").GetString()} ({impact}) {v.GetProperty("help").GetString()}: {targets}{more}"
                + $" [{nodes[0].GetProperty("summary").GetString()}]");
        }

        // Checked only if still the same document: one that replaced it meanwhile was not (nor, wholly, was this one).
        if (await DocumentAsync() == doc)
        {
            _checked.TryAdd(doc, 0);
        }
    }

    private Task<string?> DocumentAsync() => _page.EvaluateAsync<string?>("() => window.berdayaDocument ?? null");

    private async Task<IReadOnlyList<string>> FinishAsync()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 1)
        {
            return [];
        }

        if (!_page.IsClosed)
        {
            try
            {
                // The last document, when the test ended without a helper having checked it.
                await CheckCurrentAsync();
            }
            catch (PlaywrightException e)
            {
                Add($"{_page.Url}: could not be checked at the end of the test ({e.Message.Split('\n')[0]})");
            }
        }

        foreach (var (doc, url) in _loaded.Where(d => !_checked.ContainsKey(d.Key)))
        {
            Add($"{url}: loaded but never checked (reach pages through the PhonePage helpers: "
                + "VisitAsync, ClickAndLoadAsync, OpenMenuAsync, BrowserApp.LoginAsync)");
        }

        var policyUrls = _policy.Select(p => p.Url).ToHashSet();
        foreach (var refused in _policy.GroupBy(p => (p.Url, p.What)))
        {
            Add($"{refused.Key.Url}: content security policy: {refused.Key.What} on {string.Join(", ", refused.Select(p => p.Where).Distinct())}");
        }

        foreach (var (url, text) in _console.Where(c => !policyUrls.Contains(c.Url)))
        {
            Add($"{url}: content security policy (console): {text}");
        }

        if (!_page.IsClosed)
        {
            await _page.Context.CloseAsync();
        }

        lock (_findings)
        {
            return [.. _findings];
        }
    }

    private void Add(string finding)
    {
        lock (_findings)
        {
            // A page visited twice (the login page, a list) is reported once.
            if (!_findings.Contains(finding))
            {
                _findings.Add(finding);
            }
        }
    }
}

/// <summary>Fails each browser test whose pages broke a <see cref="PageChecks"/> rule, listing every finding.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class PageChecksAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        // Off the test framework's synchronization context: the Playwright calls must not wait on it.
        var findings = Task.Run(() => PageChecks.FinishTestAsync(test.UniqueID)).GetAwaiter().GetResult();
        if (findings.Count > 0)
        {
            Assert.Fail($"The pages of this test broke {findings.Count} page rule(s) (axe-core serious/critical, 360-px width, content security policy):"
                + Environment.NewLine + string.Join(Environment.NewLine, findings.Select(f => "- " + f)));
        }
    }
}
