using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;
using Berdaya.IntegrationTests.Admin;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Fund;

/// <summary>
/// A program of its own (so the demo's fund never interferes), with a legacy-style product, capital and
/// loans disbursed through the API: group, proposal, surveys, decisions, disbursement.
/// </summary>
public sealed class FundScenario
{
    private FundScenario(TestApp app, HttpClient admin, Guid programId, Guid productId)
    {
        App = app;
        Admin = admin;
        ProgramId = programId;
        ProductId = productId;
    }

    public TestApp App { get; }
    public HttpClient Admin { get; }
    public Guid ProgramId { get; }
    public Guid ProductId { get; }

    public static DateOnly Today => BusinessCalendar.Today(TimeProvider.System);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object Product(Guid programId, string code, decimal rate = 6m, int maxTenor = 36) => new
    {
        programId,
        code,
        name = "Pinjaman " + code,
        regime = "Legacy",
        method = "Flat",
        annualRatePercent = rate,
        maxPrincipal = 10_000_000m,
        maxTenorMonths = maxTenor,
        graceMonths = 0,
        grace = "FeeOnly",
        dueDay = 5,
        isSharia = false,
    };

    public static async Task<FundScenario> CreateAsync(TestApp app)
    {
        var admin = await app.ApiAs(Demo.Admin);
        var programId = await AdminData.CreateProgramAsync(admin, AdminData.Code());
        var product = await (await admin.PostAsJsonAsync("/api/v1/loan-products", Product(programId, "PK-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant())))
            .Json200(HttpStatusCode.Created);
        return new FundScenario(app, admin, programId, product.GetProperty("id").GetGuid());
    }

    public async Task<JsonElement> MoveAsync(string kind, decimal amount, DateOnly on, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await Admin.PostAsJsonAsync("/api/v1/fund/movements", new { programId = ProgramId, kind, amount, on = Iso(on), description = "Uji " + kind }))
            .Json200(expected);

    /// <summary>One loan per amount, each to a new partner of one new group, disbursed on its date (12 monthly installments).</summary>
    public async Task<List<Guid>> LoansAsync(params (decimal Amount, DateOnly On)[] loans)
    {
        var partners = await PartnersAsync(Math.Max(3, loans.Length));
        var members = partners.Select((p, i) => (object)new { partnerId = p, role = i switch { 0 => "Chair", 1 => "Secretary", 2 => "Treasurer", _ => "Member" } }).ToArray();
        var group = await (await Admin.PostAsJsonAsync("/api/v1/groups", new
        {
            name = TestData.Unique("Kelompok Dana"),
            formedOn = Iso(Today.AddDays(-700)),
            villageCode = TestData.Narimbang,
            members,
            programId = ProgramId,
        })).Json200(HttpStatusCode.Created);
        var groupId = group.GetProperty("id").GetGuid();
        var borrowers = partners.Take(loans.Length).ToList();
        var proposal = await (await Admin.PostAsJsonAsync("/api/v1/proposals", new
        {
            groupId,
            businessPlan = "Modal bahan baku",
            items = borrowers.Select((p, i) => new { partnerId = p, amount = loans[i].Amount, purpose = "Bahan baku" }).ToArray(),
        })).Json200(HttpStatusCode.Created);
        var proposalId = proposal.GetProperty("id").GetGuid();
        await (await Admin.PostAsync($"/api/v1/proposals/{proposalId}/submit", null)).Json200();
        for (var i = 0; i < borrowers.Count; i++)
        {
            await (await Admin.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/surveys", Groups.GroupScenario.Survey(borrowers[i], loans[i].Amount)))
                .Json200(HttpStatusCode.Created);
        }

        for (var i = 0; i < borrowers.Count; i++)
        {
            await (await Admin.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = borrowers[i], approve = true, amount = loans[i].Amount }))
                .Json200();
        }

        Dictionary<Guid, Guid> items;
        await using (var scope = App.Scope(out var db))
        {
            items = await db.ProposalItems.Where(x => x.ProposalId == proposalId).ToDictionaryAsync(x => x.PartnerId, x => x.Id);
        }

        var ids = new List<Guid>();
        for (var i = 0; i < borrowers.Count; i++)
        {
            var loan = await (await Admin.PostAsJsonAsync("/api/v1/loans", new
            {
                proposalItemId = items[borrowers[i]],
                productId = ProductId,
                amount = loans[i].Amount,
                tenorMonths = 12,
                graceMonths = 0,
                disbursedOn = Iso(loans[i].On),
                channel = "Cash",
            })).Json200(HttpStatusCode.Created);
            ids.Add(loan.GetProperty("id").GetGuid());
        }

        return ids;
    }

    public async Task<JsonElement> GetAsync(string path, HttpClient? client = null) =>
        await (await (client ?? Admin).GetAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "programId=" + ProgramId)).Json200();

    /// <summary>The ledger's invariants (docs/domain.md, The ledger): the trial balance balances, the receivable equals the loans, the statement closes on the cash balance.</summary>
    public async Task AssertInvariantsAsync(string step)
    {
        var tb = await GetAsync("/api/v1/fund/trial-balance");
        tb.GetProperty("balanced").GetBoolean().ShouldBeTrue(step);
        tb.GetProperty("totalDebit").GetDecimal().ShouldBe(tb.GetProperty("totalCredit").GetDecimal(), step);
        var check = await GetAsync("/api/v1/fund/receivable-check");
        check.GetProperty("difference").GetDecimal().ShouldBe(0m, step);
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(step);
        var statement = await GetAsync($"/api/v1/fund/statement?from={Iso(Today.AddYears(-3))}&to={Iso(Today)}");
        statement.GetProperty("closingCash").GetDecimal().ShouldBe(statement.GetProperty("cashBalanceAtTo").GetDecimal(), step);
        statement.GetProperty("reconciles").GetBoolean().ShouldBeTrue(step);
        var position = await GetAsync("/api/v1/fund/position");
        position.GetProperty("available").GetDecimal().ShouldBe(statement.GetProperty("closingCash").GetDecimal(), step);
    }

    private async Task<List<Guid>> PartnersAsync(int count)
    {
        await using var scope = App.Scope(out var db);
        var list = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var (nikText, _, _) = TestData.Person();
            var nik = Nik.Parse(nikText, new DateOnly(2026, 1, 1));
            var name = TestData.Unique("Mitra Dana");
            var partner = new Partner(ProgramId,
                new PartnerOwner(name, nik, nik.Sex, nik.BirthDate, "081298765" + i.ToString("000", CultureInfo.InvariantCulture), TestData.Narimbang, null),
                new PartnerBusiness("Usaha " + name, "Makanan ringan", "Emping", new DateOnly(2020, 1, 1), 5_000_000m, 40_000_000m, 1, false),
                DateTimeOffset.UtcNow);
            db.Partners.Add(partner);
            list.Add(partner.Id);
        }

        await db.SaveChangesAsync();
        return list;
    }
}
