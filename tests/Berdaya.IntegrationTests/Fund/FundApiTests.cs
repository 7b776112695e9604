using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Loans;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Fund.FundScenario;

namespace Berdaya.IntegrationTests.Fund;

// The portfolio reads the latest daily close once a program has one: no close may run in the middle of these scenarios.
[Collection(Reports.ReportScenario.Closes)]
public sealed class FundApiTests
{
    [Theory]
    [AllDatabases]
    public async Task The_ledger_stays_balanced_through_capital_disbursement_repayment_reversal_and_write_off(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.AssertInvariantsAsync("empty");

        await s.MoveAsync("Capital", 20_000_000m, Today.AddDays(-60));
        await s.AssertInvariantsAsync("capital");
        (await s.GetAsync("/api/v1/fund/position")).GetProperty("available").GetDecimal().ShouldBe(20_000_000m);

        var loanId = (await s.LoansAsync((3_000_000m, Today.AddDays(-40))))[0];
        await s.AssertInvariantsAsync("disbursement");
        var position = await s.GetAsync("/api/v1/fund/position");
        position.GetProperty("available").GetDecimal().ShouldBe(17_000_000m, "the fund falls by the loan");
        position.GetProperty("receivable").GetDecimal().ShouldBe(3_000_000m);
        position.GetProperty("activeLoans").GetInt32().ShouldBe(1);

        // Flat 6% on 3,000,000: fee 15,000 and principal 250,000 a month.
        var payment = await (await s.Admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments",
            new { amount = 265_000m, paidOn = Iso(Today.AddDays(-5)), channel = "Cash", receivedBy = "Bendahara" })).Json200(HttpStatusCode.Created);
        await s.AssertInvariantsAsync("repayment");
        position = await s.GetAsync("/api/v1/fund/position");
        position.GetProperty("available").GetDecimal().ShouldBe(17_265_000m);
        position.GetProperty("feeIncome").GetDecimal().ShouldBe(15_000m);
        position.GetProperty("receivable").GetDecimal().ShouldBe(2_750_000m);
        var statement = await s.GetAsync($"/api/v1/fund/statement?from={Iso(Today.AddDays(-50))}&to={Iso(Today)}");
        statement.GetProperty("openingCash").GetDecimal().ShouldBe(20_000_000m);
        statement.GetProperty("disbursements").GetDecimal().ShouldBe(3_000_000m);
        statement.GetProperty("principalRepaid").GetDecimal().ShouldBe(250_000m);
        statement.GetProperty("fees").GetDecimal().ShouldBe(15_000m);
        statement.GetProperty("closingCash").GetDecimal().ShouldBe(17_265_000m);

        var paymentId = payment.GetProperty("id").GetGuid();
        await (await s.Admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments/{paymentId}/reversal", new { reason = "Salah catat" }))
            .Json200(HttpStatusCode.Created);
        await s.AssertInvariantsAsync("reversal");
        (await s.GetAsync("/api/v1/fund/position")).GetProperty("available").GetDecimal().ShouldBe(17_000_000m);

        await (await s.Admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/write-off", new { kind = "Book", reference = "SK-01/2026", on = Iso(Today) }))
            .Json200();
        await s.AssertInvariantsAsync("write-off");
        position = await s.GetAsync("/api/v1/fund/position");
        position.GetProperty("receivable").GetDecimal().ShouldBe(0m);
        position.GetProperty("writeOffs").GetDecimal().ShouldBe(3_000_000m);
        position.GetProperty("activeLoans").GetInt32().ShouldBe(0);

        var portfolio = await s.GetAsync("/api/v1/reports/portfolio");
        portfolio.GetProperty("activeCount").GetInt32().ShouldBe(0);
        var written = portfolio.GetProperty("writtenOff").EnumerateArray().Single();
        written.GetProperty("kind").GetString().ShouldBe("Book");
        written.GetProperty("principal").GetDecimal().ShouldBe(3_000_000m);

        var tb = await s.GetAsync("/api/v1/fund/trial-balance");
        var accounts = tb.GetProperty("accounts").EnumerateArray().ToDictionary(a => a.GetProperty("account").GetString()!, a => a.GetProperty("balance").GetDecimal());
        accounts["Cash"].ShouldBe(17_000_000m);
        accounts["Capital"].ShouldBe(20_000_000m);
        accounts["WriteOffs"].ShouldBe(3_000_000m);
        accounts["LoansReceivable"].ShouldBe(0m);
    }

    [Theory]
    [AllDatabases]
    public async Task A_grant_above_the_available_cash_is_refused_naming_the_amount_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 5_000_000m, Today.AddDays(-10));
        await s.MoveAsync("BankInterest", 12_500m, Today.AddDays(-1));
        int before;
        await using (var scope = app.Scope(out var db))
        {
            before = await db.JournalEntries.CountAsync(e => e.ProgramId == s.ProgramId);
        }

        var refused = await (await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
                new { programId = s.ProgramId, kind = "CoachingGrant", amount = 5_012_501m, on = Iso(Today), description = "Pelatihan kemasan" }))
            .Problem(HttpStatusCode.BadRequest, "amount");
        Groups.GroupScenario.Message(refused, "amount").ShouldContain("5.012.500");
        await (await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
                new { programId = s.ProgramId, kind = "CapitalWithdrawal", amount = 6_000_000m, on = Iso(Today), description = "Tarik" }))
            .Problem(HttpStatusCode.BadRequest, "amount");
        await (await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
                new { programId = s.ProgramId, kind = "Capital", amount = 10.5m, on = Iso(Today.AddDays(1)), description = "" }))
            .Problem(HttpStatusCode.BadRequest, "on");
        await (await s.Admin.PostAsJsonAsync("/api/v1/fund/movements", new { programId = s.ProgramId, kind = "Disbursement", amount = 1m, on = Iso(Today), description = "x" }))
            .Problem(HttpStatusCode.BadRequest, "kind");

        await using (var scope = app.Scope(out var db))
        {
            (await db.JournalEntries.CountAsync(e => e.ProgramId == s.ProgramId)).ShouldBe(before);
        }

        (await s.GetAsync("/api/v1/fund/position")).GetProperty("available").GetDecimal().ShouldBe(5_012_500m);
        await s.MoveAsync("CoachingGrant", 5_012_500m, Today);
        (await s.GetAsync("/api/v1/fund/position")).GetProperty("available").GetDecimal().ShouldBe(0m);
        (await s.GetAsync("/api/v1/fund/position")).GetProperty("coachingGrants").GetDecimal().ShouldBe(5_012_500m);
    }

    [Theory]
    [AllDatabases]
    public async Task A_back_dated_grant_above_the_cash_of_its_date_or_any_later_day_is_refused_naming_the_amount_and_nothing_is_written(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);

        // Cash: 5,000,000 from day -30, 1,000,000 after the grant of day -10, 11,000,000 after the capital of day -1.
        await s.MoveAsync("Capital", 5_000_000m, Today.AddDays(-30));
        await s.MoveAsync("CoachingGrant", 4_000_000m, Today.AddDays(-10));
        await s.MoveAsync("Capital", 10_000_000m, Today.AddDays(-1));
        int before;
        await using (var scope = app.Scope(out var db))
        {
            before = await db.JournalEntries.CountAsync(e => e.ProgramId == s.ProgramId);
        }

        // Today's cash would pay it, but on day -20 the fund could spend only what it kept until day -10: 1,000,000.
        var refused = await (await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
                new { programId = s.ProgramId, kind = "CoachingGrant", amount = 1_000_001m, on = Iso(Today.AddDays(-20)), description = "Pameran" }))
            .Problem(HttpStatusCode.BadRequest, "amount");
        var message = Groups.GroupScenario.Message(refused, "amount");
        message.ShouldStartWith("Jumlah melebihi kas dana");
        message.ShouldContain("Rp 1.000.000");
        message.ShouldContain(Show(Today.AddDays(-20), "id-ID"));
        var english = await (await (await app.ApiAs(Demo.Admin, "en")).PostAsJsonAsync("/api/v1/fund/movements",
                new { programId = s.ProgramId, kind = "CapitalWithdrawal", amount = 6_000_000m, on = Iso(Today.AddDays(-5)), description = "Tarik" }))
            .Problem(HttpStatusCode.BadRequest, "amount");
        var englishMessage = Groups.GroupScenario.Message(english, "amount");
        englishMessage.ShouldStartWith("The amount is more than the fund's cash");
        englishMessage.ShouldContain(Show(Today.AddDays(-5), "en-US"));

        // Before the first grant the fund had 5,000,000 but kept only 1,000,000 of it past day -10.
        await (await s.Admin.PostAsJsonAsync("/api/v1/fund/movements",
                new { programId = s.ProgramId, kind = "CoachingGrant", amount = 2_000_000m, on = Iso(Today.AddDays(-29)), description = "Pelatihan" }))
            .Problem(HttpStatusCode.BadRequest, "amount");

        // The page words it beside the amount.
        var pages = await app.PagesAs(Demo.Admin);
        var page = await pages.GetAsync($"/fund?programId={s.ProgramId}");
        var form = await pages.SubmitAsync(page, "#movement-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "CoachingGrant",
            ["Input.Amount"] = "1500000",
            ["Input.On"] = Iso(Today.AddDays(-20)),
            ["Input.Description"] = "Pameran",
        });
        form.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        form.Document.QuerySelector("[data-valmsg-for='Input.Amount']")!.TextContent.ShouldContain("Jumlah melebihi kas dana");

        await using (var scope = app.Scope(out var db))
        {
            (await db.JournalEntries.CountAsync(e => e.ProgramId == s.ProgramId)).ShouldBe(before, "nothing is written");
        }

        // What the fund kept is spent: day -20's cash is then 0 from day -10 to day -1.
        await s.MoveAsync("CoachingGrant", 1_000_000m, Today.AddDays(-20));
        await s.MoveAsync("CoachingGrant", 10_000_000m, Today);
        (await s.GetAsync("/api/v1/fund/position")).GetProperty("available").GetDecimal().ShouldBe(0m);
        await s.AssertInvariantsAsync("back-dated grants");
    }

    private static string Show(DateOnly d, string culture) => d.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(culture));

    [Theory]
    [AllDatabases]
    public async Task The_fund_is_read_by_the_office_and_viewers_of_the_program_only(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);

        // The demo's officer and viewer belong to TELKOM-CDC: another program is not found.
        foreach (var email in new[] { Demo.Officer, Demo.Viewer })
        {
            var api = await app.ApiAs(email);
            await (await api.GetAsync($"/api/v1/fund/position?programId={s.ProgramId}")).Problem(HttpStatusCode.NotFound);
            await (await api.GetAsync($"/api/v1/reports/kpis?programId={s.ProgramId}")).Problem(HttpStatusCode.NotFound);
            (await (await api.GetAsync("/api/v1/fund/position")).Json200()).GetProperty("programId").GetGuid().ShouldNotBe(s.ProgramId);
        }

        var officer = await app.ApiAs(Demo.Officer);
        await (await officer.PostAsJsonAsync("/api/v1/fund/movements", new { programId = s.ProgramId, kind = "Capital", amount = 1_000m, on = Iso(Today), description = "x" }))
            .Problem(HttpStatusCode.NotFound);

        foreach (var email in new[] { Demo.Facilitator, Demo.Treasurer, Demo.Evaluator })
        {
            var api = await app.ApiAs(email);
            (await api.GetAsync("/api/v1/fund/position")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            (await api.GetAsync("/api/v1/fund/trial-balance")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }

        var viewer = await app.ApiAs(Demo.Viewer);
        (await viewer.PostAsJsonAsync("/api/v1/fund/movements", new { kind = "Capital", amount = 1_000m, on = Iso(Today), description = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var evaluator = await app.ApiAs(Demo.Evaluator);
        (await evaluator.GetAsync("/api/v1/reports/kpis")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await evaluator.GetAsync("/api/v1/reports/portfolio.xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [AllDatabases]
    public async Task A_statement_whose_end_is_before_its_start_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await (await s.Admin.GetAsync($"/api/v1/fund/statement?programId={s.ProgramId}&from={Iso(Today)}&to={Iso(Today.AddDays(-1))}"))
            .Problem(HttpStatusCode.BadRequest, "to");
        await (await s.Admin.GetAsync($"/api/v1/fund/position?programId={Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task The_fund_page_shows_the_position_records_a_movement_and_names_the_field_of_a_refused_one(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 2_000_000m, Today.AddDays(-3));
        var pages = await app.PagesAs(Demo.Admin);
        var page = await pages.GetAsync($"/fund?programId={s.ProgramId}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#available")!.TextContent.ShouldBe("Rp 2.000.000");
        page.Document.QuerySelector("#balanced")!.TextContent.Trim().ShouldBe("Seimbang");
        page.Document.QuerySelector("#receivable-check .pass").ShouldNotBeNull();

        var refused = await pages.SubmitAsync(page, "#movement-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "CoachingGrant",
            ["Input.Amount"] = "2000001",
            ["Input.On"] = Iso(Today),
            ["Input.Description"] = "Pelatihan",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("[data-valmsg-for='Input.Amount']")!.TextContent.ShouldContain("Rp 2.000.000");

        var saved = await pages.SubmitAsync(page, "#movement-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "BankInterest",
            ["Input.Amount"] = "7500",
            ["Input.On"] = Iso(Today),
            ["Input.Description"] = "Jasa giro",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await s.GetAsync("/api/v1/fund/position")).GetProperty("bankInterest").GetDecimal().ShouldBe(7_500m);

        var statement = await pages.GetAsync($"/fund/statement?programId={s.ProgramId}&from={Iso(Today.AddDays(-10))}&to={Iso(Today)}");
        statement.Document.QuerySelector("#closing")!.TextContent.ShouldBe("Rp 2.007.500");
        statement.Document.QuerySelector(".pass").ShouldNotBeNull();
        var journal = await pages.GetAsync($"/fund/journal?programId={s.ProgramId}&from={Iso(Today.AddDays(-10))}&to={Iso(Today)}");
        journal.Document.QuerySelectorAll("#journal tbody tr").Length.ShouldBe(2);

        // A viewer reads the fund but gets no movement form, and a posted one is refused.
        var viewer = await app.PagesAs(Demo.Viewer);
        var viewerPage = await viewer.GetAsync("/fund");
        viewerPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        viewerPage.Document.QuerySelector("#movement-form").ShouldBeNull();
        (await viewer.GetAsync($"/fund?programId={s.ProgramId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var facilitator = await app.PagesAs(Demo.Facilitator);
        var denied = await facilitator.GetAsync("/fund");
        (denied.StatusCode == HttpStatusCode.Forbidden || (denied.Location ?? "").Contains("/denied", StringComparison.Ordinal)).ShouldBeTrue();
    }
}
