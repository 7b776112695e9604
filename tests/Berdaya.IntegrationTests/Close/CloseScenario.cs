using System.Net.Http.Json;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Features.Close;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Close;

/// <summary>Loans made for one close test: a decided proposal through the API, then loans disbursed and paid through the domain.</summary>
public static class CloseScenario
{
    public static DateOnly Today => TimeProvider.System.Today();

    /// <summary>The 5th of the month three months back: a due date far enough in the past for 45 days of arrears and a later payment.</summary>
    public static DateOnly FirstDue
    {
        get
        {
            var m = Today.AddMonths(-3);
            return new DateOnly(m.Year, m.Month, 5);
        }
    }

    /// <summary>Five loans (a group's smallest size) of Rp 1,200,000 over 12 months, disbursed so their first installment falls due on <paramref name="firstDue"/> (the 5th).</summary>
    public static async Task<List<Guid>> LoansAsync(TestApp app, DateOnly firstDue)
    {
        var (_, proposalId, partners) = await GroupScenario.SubmittedAsync(app, 5, 1_200_000m);
        await GroupScenario.SurveyAllAsync(app, proposalId, partners, 1_200_000m);
        var officer = await app.ApiAs(Demo.Officer);
        foreach (var p in partners)
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = p.Id, approve = true, amount = 1_200_000m })).Json200();
        }

        await using var scope = app.Scope(out var db);
        var proposal = await db.Proposals.Include(x => x.Items).FirstAsync(x => x.Id == proposalId);
        var product = new LoanProductBuilder().ForProgram(proposal.ProgramId).UniqueCode("TUTUP").Named("Produk uji tutup hari").Regime(LoanRegime.Regime2023)
            .Fee(FeeMethod.Flat, 3m).MaxPrincipal(250_000_000m).MaxGrace(0).DueDay(firstDue.Day).EffectiveFrom(new DateOnly(2020, 1, 1))
            .CreatedBy("test", DateTimeOffset.UtcNow).Build();
        db.LoanProducts.Add(product);
        var disbursedOn = firstDue.AddMonths(-1).AddDays(5);
        var ids = new List<Guid>();
        foreach (var item in proposal.Items)
        {
            var loan = new LoanBuilder().Product(product).Partner(item.PartnerId, proposal.GroupId).ProposalItem(item.Id).Approved(item.ApprovedAmount!.Value)
                .Amount(1_200_000m).Tenor(12).DisbursedOn(disbursedOn).Today(Today).By("test", DateTimeOffset.UtcNow).Build();
            db.Loans.Add(loan);
            ids.Add(loan.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Changes loans through the domain (payments, write-off), as the use cases would, and saves.</summary>
    public static async Task WithLoansAsync(TestApp app, IEnumerable<Guid> ids, Action<Loan> change)
    {
        await using var scope = app.Scope(out var db);
        var list = ids.ToList();
        foreach (var loan in await db.Loans.Include(l => l.Installments).Where(l => list.Contains(l.Id)).ToListAsync())
        {
            change(loan);
        }

        await db.SaveChangesAsync();
    }

    public static async Task<DailyClose> CloseAsync(TestApp app, DateOnly date, int batchSize = 7)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RunDailyClose.Handler>().HandleAsync(date, "test", batchSize, CancellationToken.None);
    }

    public static async Task<List<Loan>> ReadAsync(TestApp app, IEnumerable<Guid> ids)
    {
        await using var scope = app.Scope(out var db);
        var list = ids.ToList();
        return await db.Loans.AsNoTracking().Include(l => l.Installments).Where(l => list.Contains(l.Id)).OrderBy(l => l.Id).ToListAsync();
    }

    /// <summary>What the close writes, for every loan and month-end row of the database: two runs must leave the same.</summary>
    /// <summary>The test's own loans and month-end rows (other tests add and pay loans in the same database meanwhile).</summary>
    public static async Task<(List<string> Loans, List<string> MonthEnds)> StateAsync(AppDbContext db, DateOnly monthEnd, IReadOnlyList<Guid> ids)
    {
        var loans = (await db.Loans.AsNoTracking().Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, l.Status, l.DaysPastDue, l.Class, l.ClassifiedOn }).ToListAsync())
            .OrderBy(l => l.Id).Select(l => $"{l.Id} {l.Status} {l.DaysPastDue} {l.Class} {l.ClassifiedOn}").ToList();
        var rows = (await db.LoanMonthEnds.AsNoTracking().Where(m => m.MonthEnd == monthEnd && ids.Contains(m.LoanId)).ToListAsync())
            .OrderBy(m => m.LoanId).Select(m => $"{m.LoanId} {m.Status} {m.DaysPastDue} {m.Class} {m.PrincipalOutstanding}").ToList();
        return (loans, rows);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits for a background close to end and let go of the gate, so the next test may close.</summary>
    public static async Task WaitDoneAsync(TestApp app, HttpClient api, DateOnly date)
    {
        var gate = app.Services.GetRequiredService<DailyCloseGate>();
        var url = "/api/v1/daily-closes/" + Iso(date);
        for (var i = 0; i < 300; i++)
        {
            var json = await (await api.GetAsync(url)).Json200();
            if (json.GetProperty("status").GetString() is "Done" or "Failed" && !gate.IsBusy)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The close of {date} did not end");
    }
}
