using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Security;

/// <summary>The OpenAPI description says what each endpoint really takes, and is public only where the settings say.</summary>
public sealed partial class ApiDescriptionTests
{
    [Theory]
    [AllDatabases]
    public async Task Every_request_body_is_the_schema_of_the_record_the_endpoint_binds(string provider)
    {
        var app = await TestApp.For(provider);
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).Json200();
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        schemas.TryGetProperty("Command", out _).ShouldBeFalse("every use case's Command shares one schema");

        var failures = new List<string>();
        var bodies = app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(d => d.ParameterDescriptions.Where(p => p.Source == BindingSource.Body && p.Type != typeof(IFormFile)).Select(p => (Api: d, p.Type)))
            .ToList();
        bodies.Count.ShouldBeGreaterThan(20);
        foreach (var (api, type) in bodies)
        {
            var path = "/" + RouteConstraint().Replace(api.RelativePath!.Split('?')[0], "{$1}").TrimEnd('/');
            var expected = Name(type);
            if (!doc.GetProperty("paths").TryGetProperty(path, out var operations)
                || !operations.TryGetProperty(api.HttpMethod!.ToLowerInvariant(), out var operation)
                || !operation.TryGetProperty("requestBody", out var body)
                || !body.GetProperty("content").TryGetProperty("application/json", out var json))
            {
                failures.Add($"{api.HttpMethod} {path}: no JSON request body in the description");
                continue;
            }

            var schema = json.GetProperty("schema");
            var reference = schema.TryGetProperty("$ref", out var r) ? r.GetString() : null;
            if (reference != "#/components/schemas/" + expected)
            {
                failures.Add($"{api.HttpMethod} {path}: {reference ?? schema.GetRawText()} instead of {expected}");
                continue;
            }

            // The schema's properties are the record's, so a client sends what the endpoint reads.
            var properties = schemas.GetProperty(expected).GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();
            var declared = type.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order().ToList();
            if (!properties.SequenceEqual(declared))
            {
                failures.Add($"{api.HttpMethod} {path}: {string.Join(",", properties)} instead of {string.Join(",", declared)}");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));

        // A few by name: the repayment and user endpoints no longer show the program form.
        Body(doc, "/api/v1/loans/{id}/repayments", "post").ShouldBe("#/components/schemas/RecordRepaymentCommand");
        Body(doc, "/api/v1/users", "post").ShouldBe("#/components/schemas/CreateUserCommand");
        Body(doc, "/api/v1/users/{id}", "put").ShouldBe("#/components/schemas/UpdateUserCommand");
        Body(doc, "/api/v1/programs", "post").ShouldBe("#/components/schemas/SaveProgramCommand");
        Body(doc, "/api/v1/loans", "post").ShouldBe("#/components/schemas/DisburseCommand");
    }

    [Theory]
    [AllDatabases]
    public async Task The_proposal_item_id_a_loan_needs_is_in_the_proposal_answers(string provider)
    {
        var app = await TestApp.For(provider);
        var d = await DemoRecords.For(app);
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).Json200();
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("DisburseCommand").GetProperty("properties").TryGetProperty("proposalItemId", out _).ShouldBeTrue();
        schemas.GetProperty("ItemDto").GetProperty("properties").TryGetProperty("proposalItemId", out _).ShouldBeTrue();
        schemas.GetProperty("ApprovedMember").GetProperty("properties").TryGetProperty("proposalItemId", out _).ShouldBeTrue();

        // And the answers hold it: the decided proposal's approved line names the item the demo loan was disbursed from.
        var officer = await app.ApiAs(Demo.Officer);
        var proposal = await (await officer.GetAsync($"/api/v1/proposals/{d.Proposal}")).Json200();
        proposal.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("proposalItemId").GetGuid()).ShouldContain(d.ProposalItem);
        var approved = await (await officer.GetAsync($"/api/v1/proposals/{d.Proposal}/approved")).Json200();
        approved.EnumerateArray().Select(i => i.GetProperty("proposalItemId").GetGuid()).ShouldContain(d.ProposalItem);
    }

    [Theory]
    [AllDatabases]
    public async Task The_description_is_for_signed_in_users_when_it_is_not_public(string provider)
    {
        var shared = await TestApp.For(provider);
        (await shared.CreateClient().GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var app = shared.WithWebHostBuilder(b =>
        {
            b.UseSetting("OpenApi:Public", "false");
            b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["OpenApi:Public"] = "false" }));
        });

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync("/openapi/v1.json")).StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api-docs")).StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized);
        var viewer = await app.CreateClient().PostAsync("/api/v1/auth/login", JsonContent(new { email = Demo.Viewer, password = Demo.Password }));
        var token = (await viewer.Json200()).GetProperty("accessToken").GetString();
        var signedIn = app.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        (await signedIn.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object value) => System.Net.Http.Json.JsonContent.Create(value);

    private static string? Body(JsonElement doc, string path, string method) =>
        doc.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteConstraint();

    /// <summary>The type's name after the types it is declared in: RecordRepayment.Command is RecordRepaymentCommand.</summary>
    private static string Name(Type type)
    {
        var name = type.Name;
        for (var outer = type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            name = outer.Name + name;
        }

        return name;
    }
}
