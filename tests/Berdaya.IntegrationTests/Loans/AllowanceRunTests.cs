using System.Net.Http.Json;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Features.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>
/// The allowance for losses at a month end: estimated from the snapshot, posted once, shown through the API.
/// With the closes: a month-end close posts the allowance of every program with a snapshot that month.
/// </summary>
[Collection(Reports.ReportScenario.Closes)]
public sealed class AllowanceRunTests
{
    [Theory]
    [AllDatabases]
    public async Task The_month_end_allowance_is_posted_once_at_the_rate_of_each_class(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app, members: 5);
        var admin = await app.ApiAs(Demo.Admin);
        await LendingScenario.DisburseAsync(admin, s, 0);
        await LendingScenario.DisburseAsync(admin, s, 1);
        var monthEnd = new DateOnly(2026, 9, 30);

        await using (var scope = app.Scope(out var db))
        {
            // Nothing paid since the first installment fell due on 5 March: 209 days past due at the end of September, Diragukan.
            foreach (var loan in await db.Loans.Include(l => l.Installments).Where(l => l.ProgramId == s.ProgramId).ToListAsync())
            {
                loan.Classify(monthEnd);
                loan.Class.ShouldBe(Collectibility.Doubtful);
                db.LoanMonthEnds.Add(new LoanMonthEnd(monthEnd, loan));
            }

            await db.SaveChangesAsync();
            var run = scope.ServiceProvider.GetRequiredService<AllowanceRun>();
            (await run.PostAsync(s.ProgramId, monthEnd, "test", CancellationToken.None)).ShouldBe(3_000_000m);
            await db.SaveChangesAsync();
            (await run.PostAsync(s.ProgramId, monthEnd, "test", CancellationToken.None)).ShouldBe(0m, "posting again finds nothing to move");
            await db.SaveChangesAsync();
        }

        var ledger = await LoansApiTests.LedgerAsync(app, s.ProgramId);
        ledger[LedgerAccount.Allowance].ShouldBe(3_000_000m);
        ledger[LedgerAccount.AllowanceExpense].ShouldBe(3_000_000m);

        var estimate = await (await admin.GetAsync($"/api/v1/fund/allowance?programId={s.ProgramId}&monthEnd=2026-09-30")).Json200();
        estimate.GetProperty("fromHistory").GetBoolean().ShouldBeFalse();
        var doubtful = estimate.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("class").GetString() == "Doubtful");
        doubtful.GetProperty("outstanding").GetDecimal().ShouldBe(6_000_000m);
        doubtful.GetProperty("rate").GetDecimal().ShouldBe(0.5m);
        estimate.GetProperty("required").GetDecimal().ShouldBe(3_000_000m);
    }

    [Theory]
    [AllDatabases]
    public async Task A_month_ends_outcome_twelve_months_later_is_summed_in_the_database_and_kept_when_posted(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app, members: 5);
        var admin = await app.ApiAs(Demo.Admin);
        await LendingScenario.DisburseAsync(admin, s, 0);
        await LendingScenario.DisburseAsync(admin, s, 1);
        var start = new DateOnly(2026, 3, 31);
        var monthEnd = new DateOnly(2027, 3, 31);

        await using (var scope = app.Scope(out var db))
        {
            // Both loans are Lancar at the end of March 2026 (nothing due yet on 1 March); a year later one is
            // Macet (no payment at all) and the other is still Lancar in the snapshot.
            var loans = await db.Loans.Include(l => l.Installments).Where(l => l.ProgramId == s.ProgramId).OrderBy(l => l.Id).ToListAsync();
            loans.Count.ShouldBe(2);
            foreach (var loan in loans)
            {
                loan.Classify(new DateOnly(2026, 3, 1));
                db.LoanMonthEnds.Add(new LoanMonthEnd(start, loan));
            }

            loans[0].Classify(monthEnd);
            loans[0].Class.ShouldBe(Collectibility.Loss);
            db.LoanMonthEnds.Add(new LoanMonthEnd(monthEnd, loans[0]));
            loans[1].Classify(new DateOnly(2026, 3, 1));
            db.LoanMonthEnds.Add(new LoanMonthEnd(monthEnd, loans[1]));
            await db.SaveChangesAsync();
        }

        // Reading the estimate keeps nothing; the history is one month (the starting rates still apply).
        var estimate = await (await admin.GetAsync($"/api/v1/fund/allowance?programId={s.ProgramId}&monthEnd=2027-03-31")).Json200();
        estimate.GetProperty("historyMonths").GetInt32().ShouldBe(1);
        estimate.GetProperty("fromHistory").GetBoolean().ShouldBeFalse();
        await using (var scope = app.Scope(out var db))
        {
            (await db.AllowanceOutcomes.CountAsync(o => o.ProgramId == s.ProgramId)).ShouldBe(0);
            await scope.ServiceProvider.GetRequiredService<AllowanceRun>().PostAsync(s.ProgramId, monthEnd, "test", CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using (var scope = app.Scope(out var db))
        {
            var kept = await db.AllowanceOutcomes.Where(o => o.ProgramId == s.ProgramId).ToListAsync();
            kept.Select(o => (o.MonthEnd, o.Class, o.OutstandingAtStart, o.LostTwelveMonthsLater)).OrderBy(o => o.Class).ShouldBe([
                (start, Collectibility.Current, 6_000_000m, 3_000_000m),
                (start, Collectibility.Substandard, 0m, 0m),
                (start, Collectibility.Doubtful, 0m, 0m),
                (start, Collectibility.Loss, 0m, 0m),
            ]);

            // Posting again reads the kept month instead of adding it twice.
            await scope.ServiceProvider.GetRequiredService<AllowanceRun>().PostAsync(s.ProgramId, monthEnd, "test", CancellationToken.None);
            await db.SaveChangesAsync();
            (await db.AllowanceOutcomes.CountAsync(o => o.ProgramId == s.ProgramId)).ShouldBe(4);
        }

        var again = await (await admin.GetAsync($"/api/v1/fund/allowance?programId={s.ProgramId}&monthEnd=2027-03-31")).Json200();
        again.GetProperty("historyMonths").GetInt32().ShouldBe(1);
        again.GetProperty("required").GetDecimal().ShouldBe(estimate.GetProperty("required").GetDecimal());
    }
}
