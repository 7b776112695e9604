using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Loans;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Berdaya.IntegrationTests.Fund.FundScenario;

namespace Berdaya.IntegrationTests.Loans;

public sealed class ConcurrentReversalTests
{
    [Theory]
    [AllDatabases]
    public async Task Six_simultaneous_reversals_of_one_payment_give_one_reversal_and_five_conflicts(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await CreateAsync(app);
        await s.MoveAsync("Capital", 20_000_000m, Today.AddDays(-60));
        var loanId = (await s.LoansAsync((3_000_000m, Today.AddDays(-40))))[0];
        var payment = await (await s.Admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments",
            new { amount = 265_000m, paidOn = Iso(Today.AddDays(-5)), channel = "Cash", receivedBy = "Bendahara" })).Json200(HttpStatusCode.Created);
        var paymentId = payment.GetProperty("id").GetGuid();

        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.ApiAs(Demo.Admin)));
        var answers = await Task.WhenAll(clients.Select(c =>
            c.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments/{paymentId}/reversal", new { reason = "Salah catat" })));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            var problem = await refused.Problem(HttpStatusCode.Conflict);
            problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        await using (var scope = app.Scope(out var db))
        {
            (await db.Repayments.CountAsync(r => r.LoanId == loanId && r.Kind == RepaymentKind.Reversal)).ShouldBe(1);
        }

        await s.AssertInvariantsAsync("one reversal");
    }
}
