using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Data.Identity;
using Berdaya.Domain.Partners;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Groups;

/// <summary>Partners, groups and proposals made directly for one test, so no test depends on another's pages.</summary>
public static class GroupScenario
{
    public const string Program = "TELKOM-CDC";
    public static readonly string[] Roles = ["Chair", "Secretary", "Treasurer"];

    /// <summary>Registers <paramref name="count"/> new partners of the demo program in the village.</summary>
    public static async Task<List<(Guid Id, string Name)>> PartnersAsync(TestApp app, int count, string village = TestData.Narimbang)
    {
        await using var scope = app.Scope(out var db);
        var programId = await db.Programs.Where(p => p.Code == Program).Select(p => p.Id).FirstAsync();
        var list = new List<(Guid, string)>();
        for (var i = 0; i < count; i++)
        {
            var (nikText, _, _) = TestData.Person();
            var nik = Nik.Parse(nikText, new DateOnly(2026, 1, 1));
            var name = TestData.Unique("Mitra");
            var partner = new Partner(programId,
                new PartnerOwner(name, nik, nik.Sex, nik.BirthDate, "081234567" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), village, null),
                new PartnerBusiness("Usaha " + name, "Makanan ringan", "Emping", new DateOnly(2020, 1, 1), 5_000_000m, 40_000_000m, 1, false),
                DateTimeOffset.UtcNow);
            db.Partners.Add(partner);
            list.Add((partner.Id, name));
        }

        await db.SaveChangesAsync();
        return list;
    }

    /// <summary>Chair, secretary, treasurer, then members, in the order given.</summary>
    public static object[] Members(IEnumerable<(Guid Id, string Name)> partners) =>
        partners.Select((p, i) => (object)new { partnerId = p.Id, role = i < 3 ? Roles[i] : "Member" }).ToArray();

    public static object GroupBody(string name, IEnumerable<(Guid Id, string Name)> partners, string village = TestData.Narimbang) =>
        new { name, formedOn = "2026-01-10", villageCode = village, members = Members(partners) };

    /// <summary>A group of <paramref name="size"/> new partners formed by the officer.</summary>
    public static async Task<(Guid GroupId, List<(Guid Id, string Name)> Partners)> GroupAsync(TestApp app, int size = 5, string village = TestData.Narimbang)
    {
        var partners = await PartnersAsync(app, size, village);
        var api = await app.ApiAs(Demo.Officer);
        var json = await (await api.PostAsJsonAsync("/api/v1/groups", GroupBody(TestData.Unique("Kelompok"), partners, village))).Json200(HttpStatusCode.Created);
        return (json.GetProperty("id").GetGuid(), partners);
    }

    public static object Items(IEnumerable<(Guid Id, string Name)> partners, decimal amount = 3_000_000m) =>
        partners.Select(p => new { partnerId = p.Id, amount, purpose = "Bahan baku" }).ToArray();

    /// <summary>A group with a submitted proposal asking <paramref name="amount"/> for every member.</summary>
    public static async Task<(Guid GroupId, Guid ProposalId, List<(Guid Id, string Name)> Partners)> SubmittedAsync(TestApp app, int size = 5, decimal amount = 3_000_000m, string village = TestData.Narimbang)
    {
        var (groupId, partners) = await GroupAsync(app, size, village);
        var api = await app.ApiAs(Demo.Officer);
        var created = await (await api.PostAsJsonAsync("/api/v1/proposals", new { groupId, businessPlan = "Tambah modal bahan baku", items = Items(partners, amount) }))
            .Json200(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await api.PostAsync($"/api/v1/proposals/{id}/submit", null)).Json200();
        return (groupId, id, partners);
    }

    /// <summary>Today in the office's calendar, as a form sends a date.</summary>
    public static string Today => Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static object Survey(Guid partnerId, decimal recommended, int character = 4) => new
    {
        partnerId,
        surveyedOn = Today,
        scores = new Dictionary<string, int> { ["character"] = character, ["capacity"] = 4, ["capital"] = 3, ["condition"] = 4, ["collateral"] = 2 },
        notes = "Tempat produksi rapi",
        recommendedAmount = recommended,
    };

    /// <summary>Surveys every member of a submitted proposal with the same recommendation.</summary>
    public static async Task SurveyAllAsync(TestApp app, Guid proposalId, IEnumerable<(Guid Id, string Name)> partners, decimal recommended)
    {
        var api = await app.ApiAs(Demo.Officer);
        foreach (var p in partners)
        {
            await (await api.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/surveys", Survey(p.Id, recommended))).Json200(HttpStatusCode.Created);
        }
    }

    /// <summary>A village of Kecamatan Conggeang (the demo facilitator's) with the fewest partners, so page lists stay short.</summary>
    public static async Task<string> QuietVillageAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        return await db.Regions.Where(r => r.ParentCode == "32.11.07" && r.Code != TestData.Narimbang && r.Code != TestData.ConggeangWetan)
            .OrderBy(r => db.Partners.Count(p => p.VillageCode == r.Code)).ThenBy(r => r.Code)
            .Select(r => r.Code).FirstAsync();
    }

    /// <summary>A partner user (password Demo#2026) whose partner record is <paramref name="partnerId"/>.</summary>
    public static async Task<string> PartnerUserAsync(TestApp app, Guid partnerId)
    {
        var email = "mitra-" + Guid.NewGuid().ToString("N")[..8] + "@test.berdaya.id";
        await using var scope = app.Scope(out _);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Mitra uji", PartnerId = partnerId };
        (await users.CreateAsync(user, Demo.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Data.Identity.Roles.Partner)).Succeeded.ShouldBeTrue();
        return email;
    }

    public static string Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
}
