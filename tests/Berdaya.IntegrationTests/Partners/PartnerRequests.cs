using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Partners;

/// <summary>Valid partner registrations with unique names and NIKs, to change one field at a time.</summary>
public static class PartnerRequests
{
    public static Dictionary<string, object?> Valid(string? village = null, string? nik = null, string? name = null)
    {
        var person = TestData.Person();
        return new Dictionary<string, object?>
        {
            ["ownerName"] = name ?? TestData.Unique("Ibu Uji"),
            ["nik"] = nik ?? person.Nik,
            ["sex"] = person.Sex,
            ["birthDate"] = person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["phone"] = "081234567890",
            ["villageCode"] = village ?? TestData.Narimbang,
            ["address"] = "Dusun Sukamaju RT 01",
            ["isIndonesianCitizen"] = true,
            ["businessName"] = "Emping Qx" + Guid.NewGuid().ToString("N")[..8],
            ["sector"] = "Makanan ringan",
            ["products"] = "Emping melinjo",
            ["businessStartedOn"] = "2015-03-01",
            ["netAssets"] = 15_000_000,
            ["yearlySales"] = 60_000_000,
            ["employees"] = 2,
            ["hasBankCredit"] = false,
            ["isIndependentBusiness"] = true,
        };
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string key, object? value)
    {
        body[key] = value;
        return body;
    }

    /// <summary>Registers through the API and returns the new partner's JSON.</summary>
    public static async Task<JsonElement> CreateAsync(HttpClient api, Dictionary<string, object?> body)
    {
        var json = await (await api.PostAsJsonAsync("/api/v1/partners", body)).Json200(System.Net.HttpStatusCode.Created);
        return json.GetProperty("partner");
    }

    /// <summary>The text shown beside a page field (the span right after the input).</summary>
    public static string? FieldError(this PageResult page, string field) =>
        page.Document.QuerySelector($"span.field-error[data-valmsg-for='{field}']")?.TextContent.Trim();
}
