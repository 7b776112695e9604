using System.Net;
using System.Net.Http.Json;
using Berdaya.Data;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Partners;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Web;

/// <summary>
/// A refused form shows every error of the submission at once (decision 0013): values that cannot be read,
/// missing values and the rules, each beside its field by the field's label, in a summary at the top that
/// links to the fields, with what was typed kept and nothing written.
/// </summary>
public sealed class OnePassFormTests
{
    [Theory]
    [AllDatabases]
    public async Task Unreadable_missing_and_broken_values_are_shown_together_by_label_with_the_typed_text_kept(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Facilitator);
        var form = await pages.GetAsync("/partners/new");
        var values = PartnerPagesTests.Form();
        values["Input.NetAssets"] = "tujuh juta";
        values["Input.Employees"] = "";
        values["Input.Nik"] = "3211010101010000";

        var refused = await pages.SubmitAsync(form, "#partner-form", values);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.FieldError("Input.NetAssets").ShouldBe("Kekayaan bersih di luar tanah dan bangunan (Rp): \"tujuh juta\" tidak dapat dibaca; periksa penulisannya.", refused.Html);
        refused.FieldError("Input.Employees")!.ShouldContain("Tenaga kerja");
        refused.FieldError("Input.Nik")!.ShouldContain("0000");
        refused.Html.ShouldNotContain("NetAssets wajib");
        refused.Html.ShouldNotContain("untuk NetAssets");
        refused.Document.QuerySelector("input[name='Input.NetAssets']")!.GetAttribute("value").ShouldBe("tujuh juta");
        refused.Document.QuerySelector("input[name='Input.OwnerName']")!.GetAttribute("value").ShouldBe(values["Input.OwnerName"]);

        // The summary comes first in the page and links each error to its field.
        var summary = refused.Document.QuerySelector("main > #form-errors").ShouldNotBeNull(refused.Html[..Math.Min(4000, refused.Html.Length)]);
        var links = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain("#Input_NetAssets");
        links.ShouldContain("#Input_Employees");
        links.ShouldContain("#Input_Nik");
        summary.TextContent.ShouldContain("tujuh juta");
        refused.Document.QuerySelector("#Input_NetAssets").ShouldNotBeNull();

        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.OwnerName == values["Input.OwnerName"])).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task Only_the_unreadable_value_is_refused_when_everything_else_is_right_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Facilitator, "en");
        var form = await pages.GetAsync("/partners/new");
        var values = PartnerPagesTests.Form();
        values["Input.Employees"] = "two";

        var refused = await pages.SubmitAsync(form, "#partner-form", values);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Errors.ShouldBe(["Employees: \"two\" could not be read; check how it is written."], refused.Html);
        await using var scope = app.Scope(out var db);
        (await db.Partners.CountAsync(p => p.OwnerName == values["Input.OwnerName"])).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_thousands_mark_out_of_place_is_refused_and_one_in_place_is_read(string provider)
    {
        var app = await TestApp.For(provider);
        var pages = await app.PagesAs(Demo.Facilitator);
        var form = await pages.GetAsync("/partners/new");
        var values = PartnerPagesTests.Form();
        values["Input.NetAssets"] = "2.5";

        var refused = await pages.SubmitAsync(form, "#partner-form", values);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.FieldError("Input.NetAssets")!.ShouldContain("\"2.5\" tidak dapat dibaca");

        values["Input.NetAssets"] = "8.000.000";
        var saved = await pages.SubmitAsync(form, "#partner-form", values);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", saved.Errors));
        await using var scope = app.Scope(out var db);
        (await db.Partners.Where(p => p.OwnerName == values["Input.OwnerName"]).Select(p => p.NetAssets).SingleAsync()).ShouldBe(8_000_000m);
    }

    [Fact]
    public async Task Required_numbers_start_empty_and_a_blank_is_not_zero()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        var pages = await app.PagesAs(Demo.Facilitator);
        var form = await pages.GetAsync("/partners/new");
        foreach (var name in new[] { "Input.NetAssets", "Input.YearlySales", "Input.Employees" })
        {
            form.Document.QuerySelector($"input[name='{name}']")!.GetAttribute("value").ShouldBeNullOrEmpty(name);
        }

        var values = PartnerPagesTests.Form();
        values["Input.YearlySales"] = "";
        var refused = await pages.SubmitAsync(form, "#partner-form", values);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.FieldError("Input.YearlySales")!.ShouldContain("Omzet");

        var api = await app.ApiAs(Demo.Facilitator);
        var body = new Dictionary<string, object?>
        {
            ["ownerName"] = TestData.Unique("Ibu Api"),
            ["nik"] = TestData.Person().Nik,
            ["villageCode"] = TestData.Narimbang,
        };
        var problem = await (await api.PostAsJsonAsync("/api/v1/partners", body)).Problem(HttpStatusCode.BadRequest, "netAssets");
        problem.GetProperty("errors").TryGetProperty("employees", out _).ShouldBeTrue();
    }

    [Theory]
    [AllDatabases]
    public async Task A_refused_group_names_every_member_taken_by_another_group(string provider)
    {
        var app = await TestApp.For(provider);
        var village = await GroupScenario.QuietVillageAsync(app);
        var (_, taken) = await GroupScenario.GroupAsync(app, 5, village);
        var fresh = await GroupScenario.PartnersAsync(app, 3, village);
        var api = await app.ApiAs(Demo.Officer);
        var name = TestData.Unique("Rebutan");

        var problem = await (await api.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(name, fresh.Concat(taken.Take(2)), village)))
            .Problem(HttpStatusCode.Conflict);

        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(m => m.GetString()!)).ToList();
        messages.ShouldContain(m => m.Contains(taken[0].Name));
        messages.ShouldContain(m => m.Contains(taken[1].Name));
        await using var scope = app.Scope(out var db);
        (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
    }

    [Fact]
    public async Task A_trial_run_reads_but_stops_every_kind_of_write()
    {
        var app = await TestApp.For(TestApp.Sqlite);
        await using var scope = app.Scope(out var db);
        var program = await db.Programs.FirstAsync();
        var max = program.MaxLoanPerPartner;
        using (TrialRun.Start())
        {
            (await db.Programs.CountAsync()).ShouldBeGreaterThan(0);
            program.SetMaxLoan(1m);
            await Should.ThrowAsync<TrialRunStoppedException>(() => db.SaveChangesAsync());
            await Should.ThrowAsync<TrialRunStoppedException>(() => db.Programs.Where(p => p.Id == program.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Dicoba")));
            await Should.ThrowAsync<TrialRunStoppedException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE 1 = 0"));
        }

        db.ChangeTracker.Clear();
        (await db.Programs.Where(p => p.Id == program.Id).Select(p => p.MaxLoanPerPartner).SingleAsync()).ShouldBe(max);
        TrialRun.IsRunning.ShouldBeFalse();
    }
}
