using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Security;

/// <summary>What the matrix tests share: the app's own endpoint list, the calls, and the personal-data scan.</summary>
public static partial class MatrixCalls
{
    public static readonly byte[] Pdf = "%PDF-1.4 uji matriks"u8.ToArray();

    /// <summary>"METHOD pattern" of every JSON endpoint the running app maps under /api/v1.</summary>
    public static SortedSet<string> ApiEndpoints(TestApp app)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (!pattern.StartsWith("/api/v1", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
            {
                keys.Add($"{method} {pattern}");
            }
        }

        return keys;
    }

    /// <summary>"GET pattern" of every Razor page the running app maps.</summary>
    public static SortedSet<string> PageEndpoints(TestApp app)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                keys.Add($"GET {endpoint.RoutePattern.RawText}");
            }
        }

        return keys;
    }

    /// <summary>"POST[ handler] pattern" of every form handler of every page (from the compiled pages).</summary>
    public static async Task<SortedSet<string>> PageFormEndpointsAsync(TestApp app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("Post", StringComparison.OrdinalIgnoreCase)))
            {
                keys.Add($"POST{(string.IsNullOrEmpty(handler.Name) ? "" : " " + handler.Name)} {endpoint.RoutePattern.RawText}");
            }
        }

        return keys;
    }

    /// <summary>Posts a page form like a browser: the antiforgery token of the client's session and the rule's fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, Rule rule, DemoRecords d, string token)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        // The body is filled before it is split: a token may stand for several fields ({assigned} is one Assigned= per facilitator).
        foreach (var pair in d.Fill(rule.Body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            fields.Add(new(parts[0], parts.Length > 1 ? parts[1] : ""));
        }

        return await client.PostAsync(d.Fill(rule.Url), new FormUrlEncodedContent(fields));
    }

    /// <summary>Compares the matrix with the app: an endpoint missing from the matrix, or a row for an endpoint that is gone, fails.</summary>
    public static void ShouldMatch(IEnumerable<Rule> matrix, SortedSet<string> mapped)
    {
        var listed = matrix.Select(r => r.Key).ToList();
        listed.Distinct().Count().ShouldBe(listed.Count, "the matrix lists an endpoint twice");
        var unlisted = mapped.Except(listed).ToList();
        var gone = listed.Except(mapped).ToList();
        unlisted.ShouldBeEmpty("mapped but not in the access matrix (add a row saying who may use it): " + string.Join(", ", unlisted));
        gone.ShouldBeEmpty("in the access matrix but no longer mapped (remove the row): " + string.Join(", ", gone));
    }

    /// <summary>A bearer client for the role's demo login, or a client with no credentials.</summary>
    public static async Task<HttpClient> ApiClientAsync(TestApp app, string? email) =>
        email is null ? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) : await app.ApiAs(email);

    public static HttpRequestMessage Request(Rule rule, DemoRecords d)
    {
        var request = new HttpRequestMessage(new HttpMethod(rule.Method), d.Fill(rule.Url));
        if (rule.Body == "file")
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "uji.pdf");
            request.Content = form;
        }
        else if (rule.Body is not null)
        {
            request.Content = new StringContent(d.Fill(rule.Body), Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>Why the answer breaks the rule for the role, or null when it keeps it.</summary>
    public static string? Judge(Rule rule, Who role, HttpStatusCode status, string? location = null)
    {
        var code = (int)status;
        if (code >= 500)
        {
            return "server error";
        }

        var allowed = rule.Allowed.HasFlag(role) && role != Who.Nobody;
        // A refusal sends the browser to log in (with the way back) or to the "not allowed" page; logging out also ends at /login, without it.
        var redirect = code is 301 or 302 or 303 ? location ?? "" : "";
        var toLogin = redirect.Contains("/login", StringComparison.Ordinal) && redirect.Contains("ReturnUrl=", StringComparison.Ordinal);
        var toDenied = redirect.Contains("/denied", StringComparison.Ordinal);
        if (allowed)
        {
            if (code is 401 or 403 || toLogin || toDenied)
            {
                return "allowed but refused";
            }

            // Reading is what a reader is allowed to do: it must work, not just not be refused.
            return rule.Method == "GET" && code is not (200 or 302) ? "allowed read did not answer 200" : null;
        }

        if (role == Who.Anonymous)
        {
            return code is 401 or 404 || toLogin ? null : "anonymous not turned away (401, 404 or to the login page)";
        }

        // 400 would mean the request was validated before the role was checked, telling the caller the rules.
        return code is 403 or 404 || toDenied || toLogin ? null : "must be refused with 403 or 404";
    }

    /// <summary>Every cell of every sheet of an Excel workbook, as one text to scan for personal data.</summary>
    public static string WorkbookText(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        var text = new StringBuilder();
        foreach (var sheet in MiniExcelLibs.MiniExcel.GetSheetNames(stream))
        {
            foreach (IDictionary<string, object?> row in MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet))
            {
                text.AppendJoin(' ', row.Values).AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The links of a page to follow as the role, each path once: each href's path is matched to the matrix's page
    /// patterns (literal segments before parameters). A link is followed when the matrix refuses the role that page and,
    /// for partner users, whose pages are their own and their group's records, whenever it names a record. Links to the
    /// API, files and pages outside the matrix are not judged here; the home page, to anonymous readers, is the way to
    /// log in.
    /// </summary>
    public static IEnumerable<(string Path, string Pattern)> LinksToFollow(Who role, string html)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match link in Href().Matches(html))
        {
            var path = WebUtility.HtmlDecode(link.Groups[1].Value);
            var end = path.IndexOfAny(['?', '#']);
            path = (end < 0 ? path : path[..end]).Trim('/');
            var rule = PageRules.Value.Where(r => r.Match.IsMatch(path)).OrderBy(r => r.Parameters).Select(r => r.Rule).FirstOrDefault();
            if (rule is null || rule.Pattern.StartsWith("account/", StringComparison.Ordinal) || (role == Who.Anonymous && rule.Pattern.Length == 0))
            {
                continue;
            }

            var refused = !(rule.Allowed.HasFlag(role) && role != Who.Nobody);
            var ownRecords = role is Who.Chair or Who.Treasurer && rule.Pattern.Contains('{', StringComparison.Ordinal);
            if ((refused || ownRecords) && named.Add(path))
            {
                yield return ("/" + path, rule.Pattern);
            }
        }
    }

    /// <summary>Whether a followed link was refused: turned away, not found, or sent to log in or to the "not allowed" page.</summary>
    public static bool Refused(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        return (int)response.StatusCode is 401 or 403 or 404 or >= 500
               || location.Contains("/denied", StringComparison.Ordinal) || location.Contains("/login", StringComparison.Ordinal);
    }

    private static readonly Lazy<(Regex Match, int Parameters, Rule Rule)[]> PageRules = new(() => AccessMatrix.Pages
        .Select(r => (new Regex("^" + string.Join("/", r.Pattern.Split('/').Select(SegmentPattern)) + "$", RegexOptions.CultureInvariant),
            r.Pattern.Count(c => c == '{'), r))
        .ToArray());

    private static string SegmentPattern(string segment) => segment switch
    {
        _ when segment.EndsWith(":guid}", StringComparison.Ordinal) => "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        _ when segment.EndsWith(":int}", StringComparison.Ordinal) => "[0-9]+",
        _ when segment.StartsWith('{') => "[^/]+",
        _ => Regex.Escape(segment),
    };

    /// <summary>A link's target when it is a path on this site.</summary>
    [GeneratedRegex(@"href=""(/[^""]*)""")]
    private static partial Regex Href();

    /// <summary>A full NIK (16 digits standing alone, not inside an id or a word) anywhere in the text.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z-])\d{16}(?![0-9A-Za-z])")]
    public static partial Regex FullNik();

    /// <summary>A full Indonesian phone number (0 or 62, 8, then 7-11 digits, unmasked); digits inside a GUID do not count.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z•-])(?:0|62)8\d{7,11}(?![0-9A-Za-z•])")]
    public static partial Regex FullPhone();
}
