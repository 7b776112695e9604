using System.Net;
using System.Net.Http.Json;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Admin;

/// <summary>Unique programs and users for the administration tests.</summary>
internal static class AdminData
{
    public const string Conggeang = "32.11.07";

    public static string Email(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}@test.berdaya.id";

    public static string Code() => "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static Dictionary<string, object?> Program(string code, Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["code"] = code,
            ["name"] = "Program Kemitraan " + code,
            ["operatorName"] = "PT Uji Coba (Persero)",
            ["unitName"] = "CDC Bandung",
            ["minGroupSize"] = 3,
            ["maxGroupSize"] = 12,
            ["maxLoanPerPartner"] = 10_000_000m,
            ["operatorAreaCode"] = "32",
            ["regime"] = "Regime2021",
        };
        change?.Invoke(body);
        return body;
    }

    public static async Task<Guid> CreateProgramAsync(HttpClient admin, string code, Action<Dictionary<string, object?>>? change = null)
    {
        var json = await (await admin.PostAsJsonAsync("/api/v1/programs", Program(code, change))).Json200(HttpStatusCode.Created);
        return json.GetProperty("id").GetGuid();
    }

    /// <summary>A new user with the demo password (so <c>ApiAs</c> and <c>PagesAs</c> work for them); returns id and email.</summary>
    public static async Task<(string Id, string Email)> CreateUserAsync(HttpClient admin, string role, string prefix = "user")
    {
        var email = Email(prefix);
        var json = await (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Pengguna " + prefix, role, password = Demo.Password, language = "id" }))
            .Json200(HttpStatusCode.Created);
        return (json.GetProperty("id").GetString()!, email);
    }
}
