using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Partners;

namespace Berdaya.BrowserTests.Infrastructure;

/// <summary>
/// What a journey needs before it starts, made through the JSON API of the running app, so each
/// browser test stands alone and spends its browser time on the pages it is about.
/// </summary>
public static class Scenario
{
    public static async Task<HttpClient> ApiAsync(this BrowserApp app, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("id"));
        var token = (await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password })).Json200())
            .GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A group of <paramref name="size"/> new partners in the village (chair, secretary, treasurer, then
    /// members) and its proposal asking <paramref name="amount"/> per member, submitted.
    /// </summary>
    public static async Task<(Guid ProposalId, string GroupName, List<(Guid Id, string Name)> Partners)> SubmittedProposalAsync(
        this BrowserApp app, string village, int size = 5, decimal amount = 3_000_000m)
    {
        var facilitator = await app.ApiAsync(Demo.Facilitator);
        var partners = new List<(Guid Id, string Name)>();
        for (var i = 0; i < size; i++)
        {
            var body = PartnerRequests.Valid(village, name: TestData.Unique("Ibu Mitra"));
            var created = await (await facilitator.PostAsJsonAsync("/api/v1/partners", body)).Json200(HttpStatusCode.Created);
            var partner = created.GetProperty("partner");
            partners.Add((partner.GetProperty("id").GetGuid(), partner.GetProperty("ownerName").GetString()!));
        }

        var groupName = TestData.Unique("Kelompok Uji");
        var group = await (await facilitator.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(groupName, partners, village))).Json200(HttpStatusCode.Created);
        var draft = await (await facilitator.PostAsJsonAsync("/api/v1/proposals",
                new { groupId = group.GetProperty("id").GetGuid(), businessPlan = "Tambah modal bahan baku", items = GroupScenario.Items(partners, amount) }))
            .Json200(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        (await (await facilitator.PostAsync($"/api/v1/proposals/{id}/submit", null)).Json200()).GetProperty("status").GetString().ShouldBe("Submitted");
        return (id, groupName, partners);
    }

    /// <summary>Every member surveyed by the officer with the same recommended amount.</summary>
    public static async Task SurveyAllAsync(this BrowserApp app, Guid proposalId, IEnumerable<(Guid Id, string Name)> partners, decimal recommended)
    {
        var officer = await app.ApiAsync(Demo.Officer);
        foreach (var p in partners)
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/surveys", GroupScenario.Survey(p.Id, recommended))).Json200(HttpStatusCode.Created);
        }
    }

    public static async Task<JsonElement> ProposalAsync(this BrowserApp app, Guid proposalId) =>
        await (await (await app.ApiAsync(Demo.Officer)).GetAsync($"/api/v1/proposals/{proposalId}")).Json200();
}
