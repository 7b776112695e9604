using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>One member of a decided proposal: the partner, the approved decision to disburse, the NIK.</summary>
public sealed record Borrower(Guid PartnerId, Guid ItemId, string Nik);

/// <summary>A program of its own with a product, capital in the fund and a decided proposal, so a test's money never mixes with another's.</summary>
public sealed record LendingSetup(Guid ProgramId, Guid ProductId, Guid GroupId, Guid ProposalId, IReadOnlyList<Borrower> Borrowers);

public static class LendingScenario
{
    public static readonly DateOnly DisbursedOn = new(2026, 2, 3);

    /// <summary>
    /// Builds the program through the domain directly (the workflow before disbursement is tested
    /// elsewhere): <paramref name="members"/> partners approved for <paramref name="amount"/> each.
    /// </summary>
    public static async Task<LendingSetup> ProgramAsync(TestApp app, int members = 5, decimal amount = 3_000_000m, decimal capital = 100_000_000m,
        FeeMethod method = FeeMethod.Flat, decimal rate = 6m, decimal maxPrincipal = 10_000_000m, IReadOnlyList<string>? niks = null)
    {
        await using var scope = app.Scope(out var db);
        var at = new DateTimeOffset(2026, 1, 5, 3, 0, 0, TimeSpan.Zero);
        var program = new PartnershipProgram("LN-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), "Program uji pinjaman", "PT Uji (Persero)", "CDC Uji",
            EligibilityRegime.Regime2021, 3, 20, 250_000_000m, "32");
        db.Programs.Add(program);
        var product = new LoanProductBuilder().ForProgram(program.Id).Named("Produk uji").Fee(method, rate).MaxPrincipal(maxPrincipal)
            .EffectiveFrom(new DateOnly(2020, 1, 1)).CreatedBy("seed", at).Build();
        db.LoanProducts.Add(product);
        if (capital > 0)
        {
            db.JournalEntries.Add(JournalEntry.ForFundMovement(program.Id, new DateOnly(2026, 1, 2), EntryKind.Capital, capital, "Modal uji", "seed", at));
        }

        var partners = new List<Partner>();
        for (var i = 0; i < members; i++)
        {
            var nik = Nik.Parse(niks is not null && i < niks.Count ? niks[i] : TestData.Person().Nik, new DateOnly(2026, 1, 1));
            var name = TestData.Unique("Peminjam");
            var p = new Partner(program.Id, new PartnerOwner(name, nik, nik.Sex, nik.BirthDate, null, TestData.Narimbang, null),
                new PartnerBusiness("Usaha " + name, "Makanan ringan", "Emping", new DateOnly(2020, 1, 1), 5_000_000m, 40_000_000m, 1, false), at);
            p.Activate();
            partners.Add(p);
        }

        db.Partners.AddRange(partners);
        var group = new PartnerGroup(program.Id, TestData.Unique("Kelompok pinjaman"), new DateOnly(2026, 1, 3), TestData.Narimbang, null);
        GroupRole[] roles = [GroupRole.Chair, GroupRole.Secretary, GroupRole.Treasurer];
        group.SetMembers(partners.Select((p, i) => (p.Id, i < 3 ? roles[i] : GroupRole.Member)).ToList(), program.MinGroupSize, program.MaxGroupSize, group.FormedOn);
        db.Groups.Add(group);

        var proposal = new Proposal(program.Id, group.Id, "Modal kerja", "seed", at);
        proposal.SetRequests(null, partners.Select(p => (p.Id, amount, "Bahan baku")).ToList(), partners.Select(p => p.Id).ToHashSet());
        proposal.Submit("seed", at);
        var aspects = program.SurveyAspects.Select(a => a.Code).ToList();
        foreach (var p in partners)
        {
            proposal.RecordSurvey(p.Id, new DateOnly(2026, 1, 10), "seed", aspects.ToDictionary(a => a, _ => 4), aspects, null, amount, "seed", at.AddDays(5));
        }

        foreach (var p in partners)
        {
            proposal.Decide(p.Id, true, amount, null, program.MaxLoanPerPartner, "seed", at.AddDays(10));
        }

        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return new LendingSetup(program.Id, product.Id, group.Id, proposal.Id,
            partners.Select(p => new Borrower(p.Id, proposal.Items.Single(i => i.PartnerId == p.Id).Id, p.Nik)).ToList());
    }

    public static object Disbursement(LendingSetup s, int member = 0, decimal amount = 3_000_000m, int tenor = 12, int grace = 0, string? on = null,
        string channel = "Cash", string? reference = null) => new
        {
            proposalItemId = s.Borrowers[member].ItemId,
            productId = s.ProductId,
            amount,
            tenorMonths = tenor,
            graceMonths = grace,
            disbursedOn = on ?? DisbursedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            channel,
            reference,
        };

    /// <summary>Disburses one member's loan as the administrator and returns the loan card.</summary>
    public static async Task<JsonElement> DisburseAsync(HttpClient admin, LendingSetup s, int member = 0, decimal amount = 3_000_000m, int tenor = 12)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/loans", Disbursement(s, member, amount, tenor));
        return await response.Json200(HttpStatusCode.Created);
    }

    public static object Payment(decimal amount, string paidOn = "2026-03-04", string channel = "Cash", string? reference = null) =>
        new { amount, paidOn, channel, reference, receivedBy = "Bendahara uji" };
}
