using Berdaya.Domain.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Fund.FundScenario;

namespace Berdaya.IntegrationTests.Fund;

/// <summary>The demo's story keeps its fund solvent (docs/domain.md, The ledger): no month end where the grants had spent more than the fund held.</summary>
public sealed class DemoFundTests
{
    [Theory]
    [AllDatabases]
    public async Task The_demo_funds_cash_is_never_below_zero_at_any_month_end_recomputed_from_its_journal(string provider)
    {
        var app = await TestApp.For(provider);
        await using var scope = app.Scope(out var db);
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();

        // Straight from the journal lines, not through the day totals the close keeps; the demo's own entries only (before today).
        var days = (await (from l in db.JournalLines
                           join e in db.JournalEntries on l.EntryId equals e.Id
                           where e.ProgramId == program && l.Account == LedgerAccount.Cash && l.EntryDate <= Today
                           select new { l.EntryDate, l.Debit, l.Credit }).ToListAsync())
            .GroupBy(l => l.EntryDate).OrderBy(g => g.Key).Select(g => (Date: g.Key, Change: g.Sum(l => l.Debit - l.Credit))).ToList();
        days.ShouldNotBeEmpty();

        var first = days[0].Date;
        var cash = 0m;
        var next = 0;
        var monthEnds = 0;
        for (var end = new DateOnly(first.Year, first.Month, 1).AddMonths(1).AddDays(-1); end < Today; end = end.AddDays(1).AddMonths(1).AddDays(-1))
        {
            for (; next < days.Count && days[next].Date <= end; next++)
            {
                cash += days[next].Change;
                cash.ShouldBeGreaterThanOrEqualTo(0m, $"the fund's cash on {days[next].Date:yyyy-MM-dd}");
            }

            cash.ShouldBeGreaterThanOrEqualTo(0m, $"the fund's cash at the month end {end:yyyy-MM-dd}");
            monthEnds++;
        }

        monthEnds.ShouldBeGreaterThan(240, "from 2006 to today");
    }
}
