using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Berdaya.Data;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>
/// Lending records made for one test: a loan product of its own, capital in the demo program's fund,
/// a decided proposal with every member approved, and loans disbursed through the API. The parts that
/// take a service provider and an officer's client also serve the browser tests.
/// </summary>
public static class LendingData
{
    /// <summary>A decided proposal: its group, its partners and, by partner, the approved decision (proposal item).</summary>
    public sealed record Decided(Guid GroupId, Guid ProposalId, List<(Guid Id, string Name)> Partners, Dictionary<Guid, Guid> Items, decimal Amount);

    public static async Task<Guid> ProgramAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Programs.Where(p => p.Code == GroupScenario.Program).Select(p => p.Id).FirstAsync();
    }

    /// <summary>A current, active product of the demo program, flat, due on the 5th, with a unique code.</summary>
    public static async Task<Guid> ProductAsync(IServiceProvider services, decimal ratePercent = 6m, FeeMethod method = FeeMethod.Flat,
        bool sharia = false, int maxTenor = 36, int maxGrace = 3, decimal maxPrincipal = 250_000_000m)
    {
        var programId = await ProgramAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var product = new LoanProductBuilder().ForProgram(programId).UniqueCode().Regime(LoanRegime.Regime2023).Fee(method, ratePercent)
            .MaxPrincipal(maxPrincipal).MaxTenor(maxTenor).MaxGrace(maxGrace).Sharia(sharia).EffectiveFrom(new DateOnly(2023, 1, 1))
            .CreatedBy("test", DateTimeOffset.UtcNow).Build();
        db.LoanProducts.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    }

    /// <summary>
    /// Capital put into the demo program's fund, so disbursements have money to lend: on the first day of the demo's ledger,
    /// so that it counts for every later outflow and the ledger still starts when the demo's does (the semester report's check).
    /// </summary>
    public static async Task CapitalAsync(IServiceProvider services, decimal amount = 100_000_000m)
    {
        var programId = await ProgramAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.JournalEntries.Add(JournalEntry.ForFundMovement(programId, new DateOnly(2006, 1, 2), EntryKind.Capital, amount, "Modal uji", "test",
            DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }

    /// <summary>Surveys and approves every member of a submitted proposal for <paramref name="amount"/>; by partner, the decision's id.</summary>
    public static async Task<Dictionary<Guid, Guid>> DecideAllAsync(IServiceProvider services, HttpClient officer, Guid proposalId,
        IEnumerable<(Guid Id, string Name)> partners, decimal amount)
    {
        foreach (var p in partners)
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/surveys", GroupScenario.Survey(p.Id, amount))).Json200(HttpStatusCode.Created);
        }

        foreach (var p in partners)
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = p.Id, approve = true, amount })).Json200();
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ProposalItems.Where(i => i.ProposalId == proposalId).ToDictionaryAsync(i => i.PartnerId, i => i.Id);
    }

    /// <summary>A new group of <paramref name="size"/> partners whose proposal is decided, every member approved for <paramref name="amount"/>.</summary>
    public static async Task<Decided> DecidedAsync(TestApp app, int size = 5, decimal amount = 3_000_000m, string village = TestData.Narimbang)
    {
        var (groupId, proposalId, partners) = await GroupScenario.SubmittedAsync(app, size, amount, village);
        var items = await DecideAllAsync(app.Services, await app.ApiAs(Demo.Officer), proposalId, partners, amount);
        return new Decided(groupId, proposalId, partners, items, amount);
    }

    /// <summary>Disburses one decision through the API (today, by bank transfer); the loan's id.</summary>
    public static async Task<Guid> DisburseAsync(HttpClient officer, Guid proposalItemId, Guid productId, decimal amount, int tenor = 12, int grace = 0,
        DateOnly? on = null)
    {
        var date = (on ?? Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var json = await (await officer.PostAsJsonAsync("/api/v1/loans", new
        {
            proposalItemId,
            productId,
            amount,
            tenorMonths = tenor,
            graceMonths = grace,
            disbursedOn = date,
            channel = "BankTransfer",
            reference = "TRF-UJI-1",
        })).Json200(HttpStatusCode.Created);
        return json.GetProperty("id").GetGuid();
    }

    /// <summary>A fresh group with one disbursed loan per member (own product, capital posted first).</summary>
    public static async Task<(Decided Case, Guid ProductId, List<Guid> Loans)> LoansAsync(TestApp app, int count = 1, decimal amount = 3_000_000m, int tenor = 12)
    {
        await CapitalAsync(app.Services, amount * count);
        var product = await ProductAsync(app.Services);
        var decided = await DecidedAsync(app, 5, amount);
        var officer = await app.ApiAs(Demo.Officer);
        var loans = new List<Guid>();
        foreach (var p in decided.Partners.Take(count))
        {
            loans.Add(await DisburseAsync(officer, decided.Items[p.Id], product, amount, tenor));
        }

        return (decided, product, loans);
    }

    public static DateOnly Today => Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
