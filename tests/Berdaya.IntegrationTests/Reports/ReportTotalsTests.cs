using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Fund;
using Berdaya.IntegrationTests.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Fund.FundScenario;
using static Berdaya.IntegrationTests.Reports.ReportScenario;

namespace Berdaya.IntegrationTests.Reports;

/// <summary>
/// Decision 0009: the portfolio is as of the latest daily close, the ledger is its day totals plus the
/// entries posted since; both exact.
/// </summary>
[Collection(Closes)]
public sealed class ReportTotalsTests
{
    [Theory]
    [AllDatabases]
    public async Task A_payment_after_the_close_changes_the_portfolio_at_the_next_close_and_the_fund_at_once(string provider)
    {
        var app = await TestApp.For(provider);
        var (s, loans) = await ReportsTests.PortfolioAsync(app);
        await CloseTodayAsync(app);
        var before = await s.GetAsync("/api/v1/reports/portfolio");
        before.GetProperty("source").GetString().ShouldBe("close");
        before.GetProperty("activeOutstanding").GetDecimal().ShouldBe(9_666_667m);
        var kpis = $"/api/v1/reports/kpis?from={Iso(Today.AddDays(-599))}&to={Iso(Today)}";
        var repaidBefore = (await s.GetAsync(kpis)).GetProperty("effectivenessInputs").GetProperty("principalRepaid").GetDecimal();

        await (await s.Admin.PostAsJsonAsync($"/api/v1/loans/{loans[1]}/repayments", new { amount = 500_000m, paidOn = Iso(Today), channel = "Cash" }))
            .Json200(HttpStatusCode.Created);
        var loansNow = (await s.GetAsync("/api/v1/fund/receivable-check")).GetProperty("loans").GetDecimal();
        var principal = 9_666_667m - loansNow;
        principal.ShouldBeGreaterThan(0m);

        // The portfolio still shows the close; the fund's statement (and the KPIs through it) counts the payment now.
        var after = await s.GetAsync("/api/v1/reports/portfolio");
        after.GetProperty("asOf").GetString().ShouldBe(Iso(Today));
        after.GetRawText().ShouldBe(before.GetRawText());
        (await s.GetAsync(kpis)).GetProperty("effectivenessInputs").GetProperty("principalRepaid").GetDecimal().ShouldBe(repaidBefore + principal);
        var page = await (await app.PagesAs(Demo.Admin)).GetAsync($"/reports/portfolio?programId={s.ProgramId}");
        page.Document.QuerySelector("#as-of")!.TextContent.ShouldStartWith($"Posisi per tutup harian {Shown(Today)}");
        page.Document.QuerySelector("#by-class tfoot")!.TextContent.ShouldContain("9.666.667");

        await CloseTodayAsync(app);
        var next = await s.GetAsync("/api/v1/reports/portfolio");
        next.GetProperty("activeOutstanding").GetDecimal().ShouldBe(loansNow);
        next.GetProperty("byVillage")[0].GetProperty("outstanding").GetDecimal().ShouldBe(loansNow);
        (await s.GetAsync(kpis)).GetProperty("effectivenessInputs").GetProperty("principalRepaid").GetDecimal().ShouldBe(repaidBefore + principal);
        await s.AssertInvariantsAsync("after the second close");
    }

    [Theory]
    [AllDatabases]
    public async Task A_back_dated_posting_after_a_close_is_counted_once(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 10_000_000m, Today.AddDays(-30));
        await CloseTodayAsync(app);
        var period = $"/api/v1/fund/statement?from={Iso(Today.AddDays(-60))}&to={Iso(Today)}";
        (await s.GetAsync(period)).GetProperty("capital").GetDecimal().ShouldBe(10_000_000m);

        var id = (await s.MoveAsync("BankInterest", 12_345m, Today.AddDays(-20))).GetProperty("id").GetGuid();
        async Task CountedOnceAsync(string step)
        {
            var statement = await s.GetAsync(period);
            statement.GetProperty("bankInterest").GetDecimal().ShouldBe(12_345m, step);
            statement.GetProperty("closingCash").GetDecimal().ShouldBe(10_012_345m, step);
            statement.GetProperty("reconciles").GetBoolean().ShouldBeTrue(step);
            (await s.GetAsync($"/api/v1/fund/trial-balance?asOf={Iso(Today.AddDays(-21))}")).GetProperty("totalDebit").GetDecimal().ShouldBe(10_000_000m, step);
            (await s.GetAsync($"/api/v1/fund/trial-balance?asOf={Iso(Today.AddDays(-20))}")).GetProperty("totalDebit").GetDecimal().ShouldBe(10_012_345m, step);
            (await s.GetAsync("/api/v1/fund/position")).GetProperty("bankInterest").GetDecimal().ShouldBe(12_345m, step);
            (await s.GetAsync("/api/v1/fund/ledger-check")).GetProperty("ok").GetBoolean().ShouldBeTrue(step);
        }

        await CountedOnceAsync("pending");
        await using (app.Scope(out var db))
        {
            (await db.JournalEntries.SingleAsync(e => e.Id == id)).TotalsRunId.ShouldBeNull();
        }

        await CloseTodayAsync(app);
        await CountedOnceAsync("in the totals");
        await using (app.Scope(out var db))
        {
            (await db.JournalEntries.SingleAsync(e => e.Id == id)).TotalsRunId.ShouldNotBeNull();
            var total = await db.LedgerDayTotals.SingleAsync(t => t.ProgramId == s.ProgramId && t.Account == LedgerAccount.BankInterest);
            (total.EntryDate, total.Kind, total.Debit, total.Credit).ShouldBe((Today.AddDays(-20), EntryKind.BankInterest, 0m, 12_345m));
        }
    }

    [Theory]
    [AllDatabases]
    public async Task The_ledger_totals_and_the_pending_entries_equal_every_line_after_random_postings_and_closes(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 50_000_000m, Today.AddDays(-400));
        var loans = await s.LoansAsync((2_000_000m, Today.AddDays(-300)), (1_500_000m, Today.AddDays(-200)), (1_000_000m, Today.AddDays(-100)));
        var random = new Random(20261128);
        string[] kinds = ["Capital", "BankInterest", "OtherIncome", "CoachingGrant"];
        for (var step = 0; step < 12; step++)
        {
            var amount = random.Next(1, 500) * 1_000m;
            if (random.Next(3) == 0)
            {
                await (await s.Admin.PostAsJsonAsync($"/api/v1/loans/{loans[random.Next(loans.Count)]}/repayments", new { amount, paidOn = Iso(Today), channel = "Cash" }))
                    .Json200(HttpStatusCode.Created);
            }
            else
            {
                await s.MoveAsync(kinds[random.Next(kinds.Length)], amount, Today.AddDays(-random.Next(0, 365)));
            }

            if (step % 3 == 2)
            {
                await CloseAsync(app, Today.AddDays(-random.Next(0, 2)));
            }

            await AssertTotalsExactAsync(app, s.ProgramId, $"step {step}");
            (await s.GetAsync("/api/v1/fund/ledger-check")).GetProperty("ok").GetBoolean().ShouldBeTrue($"step {step}");
            await s.AssertInvariantsAsync($"step {step}");
        }

        await using var scope = app.Scope(out var db);
        (await db.LedgerDayTotals.CountAsync(t => t.ProgramId == s.ProgramId)).ShouldBeGreaterThan(0, "the closes moved entries into the totals");
    }

    [Theory]
    [AllDatabases]
    public async Task Postings_committed_while_a_close_runs_are_counted_once(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 20_000_000m, Today.AddDays(-50));
        var tasks = new List<Task> { CloseTodayAsync(app) };
        tasks.AddRange(Enumerable.Range(0, 12).Select(i => (Task)s.MoveAsync(i % 2 == 0 ? "BankInterest" : "OtherIncome", 1_000m + i, Today.AddDays(-i))));
        await Task.WhenAll(tasks);
        var expected = Enumerable.Range(0, 12).Sum(i => 1_000m + i);

        foreach (var step in new[] { "during the close", "after the next close" })
        {
            await AssertTotalsExactAsync(app, s.ProgramId, step);
            var statement = await s.GetAsync($"/api/v1/fund/statement?from={Iso(Today.AddDays(-60))}&to={Iso(Today)}");
            (statement.GetProperty("bankInterest").GetDecimal() + statement.GetProperty("otherIncome").GetDecimal()).ShouldBe(expected, step);
            statement.GetProperty("closingCash").GetDecimal().ShouldBe(20_000_000m + expected, step);
            (await s.GetAsync("/api/v1/fund/ledger-check")).GetProperty("ok").GetBoolean().ShouldBeTrue(step);
            await CloseTodayAsync(app);
        }
    }

    [Theory]
    [AllDatabases]
    public async Task Past_month_end_KPIs_read_that_close_and_a_program_made_after_the_close_is_counted_live(string provider)
    {
        var app = await TestApp.For(provider);
        var (s, _) = await ReportsTests.PortfolioAsync(app);
        var monthEnd = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
        await CloseAsync(app, monthEnd);

        // The three older loans were on the books at the month end; the newest was disbursed after it.
        var k = await s.GetAsync($"/api/v1/reports/kpis?from={Iso(monthEnd.AddDays(-599))}&to={Iso(monthEnd)}");
        k.GetProperty("collectibilitySource").GetString().ShouldBe("monthEnd");
        k.GetProperty("collectibilityAsOf").GetString().ShouldBe(Iso(monthEnd));
        k.GetProperty("totalOutstanding").GetDecimal().ShouldBe(6_000_000m);
        k.GetProperty("byClass").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()).ShouldBe(3);

        var fresh = await CreateAsync(app);
        await fresh.MoveAsync("Capital", 5_000_000m, Today.AddDays(-10));
        await fresh.LoansAsync((1_000_000m, Today.AddDays(-5)));
        var p = await fresh.GetAsync("/api/v1/reports/portfolio");
        p.GetProperty("source").GetString().ShouldBe("live");
        p.GetProperty("activeOutstanding").GetDecimal().ShouldBe(1_000_000m);
        (await fresh.GetAsync("/api/v1/reports/kpis")).GetProperty("collectibilitySource").GetString().ShouldBe("live");
    }

    /// <summary>Per account, entry date and kind: the day totals plus the lines of unmarked entries equal the sums of every line.</summary>
    private static async Task AssertTotalsExactAsync(TestApp app, Guid programId, string step)
    {
        await using var scope = app.Scope(out var db);
        var lines = await (from l in db.JournalLines
                           join e in db.JournalEntries on l.EntryId equals e.Id
                           where e.ProgramId == programId
                           select new { l.Account, l.EntryDate, e.Kind, l.Debit, l.Credit, Pending = e.TotalsRunId == null })
            .AsNoTracking().ToListAsync();
        var totals = await db.LedgerDayTotals.AsNoTracking().Where(t => t.ProgramId == programId).ToListAsync();
        static Dictionary<string, (decimal, decimal)> Sum(IEnumerable<(LedgerAccount Account, DateOnly Date, EntryKind Kind, decimal Debit, decimal Credit)> rows) =>
            rows.GroupBy(r => $"{r.Account} {r.Date:yyyy-MM-dd} {r.Kind}").OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (g.Sum(r => r.Debit), g.Sum(r => r.Credit)));

        var expected = Sum(lines.Select(l => (l.Account, l.EntryDate, l.Kind, l.Debit, l.Credit)));
        var actual = Sum(totals.Select(t => (t.Account, t.EntryDate, t.Kind, t.Debit, t.Credit))
            .Concat(lines.Where(l => l.Pending).Select(l => (l.Account, l.EntryDate, l.Kind, l.Debit, l.Credit))));
        actual.ShouldBe(expected, step);
    }
}
