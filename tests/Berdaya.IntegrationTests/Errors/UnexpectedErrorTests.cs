using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Errors;

/// <summary>An unexpected failure is a 500 the client can read: ProblemDetails on the API, the error page on pages.</summary>
public sealed class UnexpectedErrorTests
{
    [Theory]
    [AllDatabases]
    public async Task An_API_handler_that_throws_answers_500_ProblemDetails_for_reads_and_writes(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);

        var read = await api.GetAsync(FailingRoutes.Api);
        var problem = await read.Problem(HttpStatusCode.InternalServerError);
        problem.GetProperty("title").GetString().ShouldBe("Kesalahan server");
        problem.GetProperty("status").GetInt32().ShouldBe(500);

        var write = await api.PostAsJsonAsync(FailingRoutes.Api, new { amount = 1 });
        (await write.Problem(HttpStatusCode.InternalServerError)).GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();

        var english = await app.ApiAs(Demo.Officer, "en");
        (await (await english.DeleteAsync(FailingRoutes.Api)).Problem(HttpStatusCode.InternalServerError))
            .GetProperty("title").GetString().ShouldBe("Server error");
    }

    [Theory]
    [AllDatabases]
    public async Task A_cookie_client_of_the_API_also_gets_500_ProblemDetails_not_the_error_page(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Officer);
        var read = await pages.Http.GetAsync(FailingRoutes.Api);
        await read.Problem(HttpStatusCode.InternalServerError);
    }

    [Theory]
    [AllDatabases]
    public async Task A_page_that_throws_on_a_form_post_shows_the_500_page_not_a_400(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Officer);
        var post = await pages.Http.PostAsync(FailingRoutes.Page, new FormUrlEncodedContent([new("name", "x")]));
        var html = await post.Content.ReadAsStringAsync();
        post.StatusCode.ShouldBe(HttpStatusCode.InternalServerError, html);
        post.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("Terjadi kesalahan pada server");

        var get = await pages.Http.GetAsync(FailingRoutes.Page);
        get.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await get.Content.ReadAsStringAsync()).ShouldContain("Terjadi kesalahan pada server");
    }

    [Theory]
    [AllDatabases]
    public async Task Unreadable_JSON_names_the_field_in_the_users_language_without_the_frameworks_text(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);
        var body = new StringContent("""{"programId":"00000000-0000-0000-0000-000000000001","kind":"Capital","amount":"tujuh juta","on":"2026-01-01","description":"x"}""",
            System.Text.Encoding.UTF8, "application/json");
        var problem = await (await api.PostAsync("/api/v1/fund/movements", body)).Problem(HttpStatusCode.BadRequest, "amount");
        var text = problem.GetRawText();
        text.ShouldNotContain("Failed to read");
        text.ShouldNotContain("System.");
        problem.GetProperty("errors").GetProperty("amount")[0].GetString()!.ShouldContain("amount");
    }
}
