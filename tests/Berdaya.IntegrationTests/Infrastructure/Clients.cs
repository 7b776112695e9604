using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Berdaya.IntegrationTests.Infrastructure;

/// <summary>The demo users (password <c>Demo#2026</c>), by role.</summary>
public static class Demo
{
    public const string Password = "Demo#2026";
    public const string Admin = "admin@demo.berdaya.id";
    public const string Officer = "officer@demo.berdaya.id";
    public const string Facilitator = "facilitator@demo.berdaya.id";
    public const string Evaluator = "evaluator@demo.berdaya.id";
    public const string Viewer = "viewer@demo.berdaya.id";
    public const string Chair = "ketua.citrasari@demo.berdaya.id";
    public const string Treasurer = "bendahara.citrasari@demo.berdaya.id";

    public static readonly string[] All = [Admin, Officer, Facilitator, Evaluator, Viewer, Chair, Treasurer];

    /// <summary>The treasurer of Mekar Sari, a present-day group with loans in every class (not one of the matrix roles).</summary>
    public const string MekarSariTreasurer = "bendahara.mekarsari@demo.berdaya.id";
}

public static class ClientExtensions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>An API client holding a bearer token for the user (Indonesian unless asked).</summary>
    public static async Task<HttpClient> ApiAs(this TestApp app, string email, string language = "id")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A browser-like client: logged in through the login form, with the cookie. English is chosen on
    /// the login page before logging in, so the demo user's saved language (shared by every test) is
    /// never changed.
    /// </summary>
    public static async Task<PageClient> PagesAs(this TestApp app, string email, string language = "id")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var pages = new PageClient(client);
        if (language == "en")
        {
            var langForm = await pages.GetAsync("/login");
            await pages.SubmitAsync(langForm, "form[action='/account/language']", new Dictionary<string, string> { ["lang"] = "en" });
        }

        var login = await pages.GetAsync("/login");
        var result = await pages.SubmitAsync(login, "form:not([action])", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Demo.Password,
        });
        result.StatusCode.ShouldBe(HttpStatusCode.Redirect, "login should redirect");
        return pages;
    }

    public static async Task<JsonElement> Json200(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts a ProblemDetails answer with the status and an error on the named field.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var json = JsonDocument.Parse(body).RootElement;
        if (field is not null)
        {
            json.TryGetProperty("errors", out var errors).ShouldBeTrue(body);
            errors.TryGetProperty(field, out var messages).ShouldBeTrue($"no error for '{field}' in {body}");
            messages.GetArrayLength().ShouldBeGreaterThan(0);
            messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
        }

        return json;
    }
}

/// <summary>Reads pages with AngleSharp and submits their forms (with the antiforgery token) like a browser.</summary>
public sealed class PageClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<PageResult> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return await ParseAsync(response, url);
    }

    public async Task<PageResult> SubmitAsync(PageResult page, string formSelector, IDictionary<string, string> values, string? submitName = null, string? submitValue = null)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var el in form.Elements)
        {
            var name = el.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }

            switch (el)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        fields.AddRange(values);
        if (submitName is not null)
        {
            fields.Add(new(submitName, submitValue ?? ""));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : action;
        var response = await http.PostAsync(target, new FormUrlEncodedContent(fields));
        return await ParseAsync(response, target);
    }

    /// <summary>Posts a form with a file (multipart), taking the antiforgery token from the page.</summary>
    public async Task<PageResult> UploadAsync(PageResult page, string formSelector, IDictionary<string, string> values, string fileField, string fileName, byte[] content)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        using var multipart = new MultipartFormDataContent();
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")?.Value ?? "";
        multipart.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (k, v) in values)
        {
            multipart.Add(new StringContent(v), k);
        }

        multipart.Add(new ByteArrayContent(content), fileField, fileName);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : action;
        var response = await http.PostAsync(target, multipart);
        return await ParseAsync(response, target);
    }

    private static async Task<PageResult> ParseAsync(HttpResponseMessage response, string url)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(html).Address("http://localhost" + url));
        return new PageResult(response, document, url, html);
    }
}

public sealed record PageResult(HttpResponseMessage Response, IDocument Document, string Url, string Html)
{
    public HttpStatusCode StatusCode => Response.StatusCode;

    public string? Location => Response.Headers.Location?.ToString();

    /// <summary>The validation messages shown beside fields and in the summary.</summary>
    public IReadOnlyList<string> Errors => Document.QuerySelectorAll(".field-error, .validation-summary-errors li")
        .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
}
