using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>docs/domain.md, Schedules and rounding: <c>POST /api/v1/loan-schedules/preview</c>.</summary>
public sealed class SchedulePreviewTests
{
    private const string Url = "/api/v1/loan-schedules/preview";

    private static Dictionary<string, object?> Flat5Million() => new()
    {
        ["principal"] = 5_000_000,
        ["annualRatePercent"] = 6,
        ["method"] = "flat",
        ["tenorMonths"] = 24,
        ["graceMonths"] = 0,
        ["disbursedOn"] = "2026-02-03",
        ["dueDay"] = 5,
    };

    private static Dictionary<string, object?> With(string key, object? value)
    {
        var body = Flat5Million();
        body[key] = value;
        return body;
    }

    private static Dictionary<string, object?> Without(string key)
    {
        var body = Flat5Million();
        body.Remove(key);
        return body;
    }

    [Theory]
    [AllDatabases]
    public async Task A_flat_preview_is_exact_to_the_rupiah(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer);

        var json = await (await api.PostAsJsonAsync(Url, Flat5Million())).Json200();

        var rows = json.GetProperty("installments");
        rows.GetArrayLength().ShouldBe(24);
        // Whole rupiah on the wire too: "208333", never "208333.0".
        rows[0].GetRawText().ShouldBe("""{"number":1,"dueDate":"2026-03-05","principal":208333,"fee":25000,"total":233333,"outstandingAfter":4791667}""");
        rows[22].GetProperty("outstandingAfter").GetDecimal().ShouldBe(208_341);
        rows[23].GetRawText().ShouldBe("""{"number":24,"dueDate":"2028-02-05","principal":208341,"fee":25000,"total":233341,"outstandingAfter":0}""");
        rows.EnumerateArray().Take(23).ShouldAllBe(r => r.GetProperty("principal").GetDecimal() == 208_333 && r.GetProperty("fee").GetDecimal() == 25_000);
        json.GetProperty("totalPrincipal").GetDecimal().ShouldBe(5_000_000);
        json.GetProperty("totalFee").GetDecimal().ShouldBe(600_000);
    }

    [Theory]
    [AllDatabases]
    public async Task An_effective_preview_with_grace_that_pays_nothing_starts_after_the_grace(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Facilitator);
        var body = new Dictionary<string, object?>
        {
            ["principal"] = 10_000_000,
            ["annualRatePercent"] = 3,
            ["method"] = "effective",
            ["tenorMonths"] = 14,
            ["graceMonths"] = 2,
            ["disbursedOn"] = "2026-02-03",
            ["dueDay"] = 5,
            ["graceKind"] = "nothing",
        };

        var json = await (await api.PostAsJsonAsync(Url, body)).Json200();

        var rows = json.GetProperty("installments");
        rows.GetArrayLength().ShouldBe(12);
        rows[0].GetRawText().ShouldBe("""{"number":1,"dueDate":"2026-05-05","principal":821937,"fee":25000,"total":846937,"outstandingAfter":9178063}""");
        rows[11].GetRawText().ShouldBe("""{"number":12,"dueDate":"2027-04-05","principal":844825,"fee":2112,"total":846937,"outstandingAfter":0}""");
        json.GetProperty("totalPrincipal").GetDecimal().ShouldBe(10_000_000);
        json.GetProperty("totalFee").GetDecimal().ShouldBe((12 * 846_937) - 10_000_000);
    }

    [Theory]
    [AllDatabases]
    public async Task Fee_only_grace_is_the_default_and_the_yearly_method_is_read_by_its_name(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Admin);
        var body = With("method", "yearlyOpeningBalance");
        body["tenorMonths"] = 30;
        body["graceMonths"] = 6;

        var json = await (await api.PostAsJsonAsync(Url, body)).Json200();

        var rows = json.GetProperty("installments");
        rows.GetArrayLength().ShouldBe(30);
        rows.EnumerateArray().Take(6).ShouldAllBe(r => r.GetProperty("principal").GetDecimal() == 0 && r.GetProperty("fee").GetDecimal() == 25_000);
        rows[6].GetProperty("principal").GetDecimal().ShouldBe(208_333);
    }

    private static readonly (string Change, string Field, string Code)[] BadInputs =
    [
        ("""{"principal":null}""", "principal", "schedule.required"),
        ("""{"principal":0}""", "principal", "money.positive"),
        ("""{"principal":1500000.5}""", "principal", "money.whole"),
        ("""{"annualRatePercent":null}""", "annualRatePercent", "schedule.required"),
        ("""{"annualRatePercent":100.01}""", "annualRatePercent", "schedule.rate"),
        ("""{"method":null}""", "method", "schedule.required"),
        ("""{"method":"monthly"}""", "method", "schedule.method"),
        ("""{"method":"1"}""", "method", "schedule.method"),
        ("""{"tenorMonths":null}""", "tenorMonths", "schedule.required"),
        ("""{"tenorMonths":361}""", "tenorMonths", "schedule.tenor"),
        ("""{"graceMonths":null}""", "graceMonths", "schedule.required"),
        ("""{"graceMonths":24}""", "graceMonths", "schedule.grace"),
        ("""{"disbursedOn":null}""", "disbursedOn", "schedule.required"),
        ("""{"dueDay":null}""", "dueDay", "schedule.required"),
        ("""{"dueDay":32}""", "dueDay", "schedule.dueday"),
        ("""{"graceKind":"sometimes"}""", "graceKind", "schedule.gracekind"),
    ];

    public static TheoryData<string, string, string, string> BadFields()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var provider in new[] { TestApp.Sqlite, TestApp.Postgres })
        {
            foreach (var (change, field, code) in BadInputs)
            {
                data.Add(provider, change, field, code);
            }
        }

        return data;
    }

    /// <summary>A valid body with one field changed (null removes it) answers 400 naming only that field.</summary>
    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Each_bad_field_is_refused_naming_only_that_field(string provider, string change, string field, string code)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer, "en");
        var body = Flat5Million();
        foreach (var (key, value) in JsonDocument.Parse(change).RootElement.EnumerateObject().Select(p => (p.Name, p.Value)))
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                body.Remove(key);
            }
            else
            {
                body[key] = value.Clone();
            }
        }

        var problem = await (await api.PostAsJsonAsync(Url, body)).Problem(HttpStatusCode.BadRequest, field);

        problem.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ShouldBe([code]);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe([field]);
    }

    [Theory]
    [AllDatabases]
    public async Task Every_bad_field_is_named_at_once_with_the_allowed_range(string provider)
    {
        var app = await TestApp.For(provider);
        var api = await app.ApiAs(Demo.Officer, "en");
        var body = Without("disbursedOn");
        body["principal"] = -5;
        body["method"] = "weekly";
        body["tenorMonths"] = 12;
        body["graceMonths"] = 12;
        body["dueDay"] = 0;

        var problem = await (await api.PostAsJsonAsync(Url, body)).Problem(HttpStatusCode.BadRequest, "principal");

        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).ShouldBe(["principal", "method", "graceMonths", "disbursedOn", "dueDay"], ignoreOrder: true);
        errors.GetProperty("graceMonths")[0].GetString().ShouldBe("Grace must be 0 to 11 months (less than the tenor).");
        errors.GetProperty("dueDay")[0].GetString().ShouldBe("The due day must be 1 to 31.");
    }

    [Theory]
    [AllDatabases]
    public async Task Partners_evaluators_and_viewers_may_not_preview(string provider)
    {
        var app = await TestApp.For(provider);
        foreach (var user in new[] { Demo.Chair, Demo.Treasurer, Demo.Evaluator, Demo.Viewer })
        {
            var api = await app.ApiAs(user);
            await (await api.PostAsJsonAsync(Url, Flat5Million())).Problem(HttpStatusCode.Forbidden);
        }
    }
}
