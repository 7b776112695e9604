using System.Net.Http.Json;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Features.Fund;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>The allowance for losses at a month end: estimated from the snapshot, posted once, shown through the API.</summary>
public sealed class AllowanceRunTests
{
    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
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
}
