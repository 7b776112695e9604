using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Partners;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Repayments;

/// <summary>A member of a lending group built for one test: the partner and the loan disbursed to them.</summary>
public sealed record Borrower(Guid PartnerId, string Name, Guid LoanId);

/// <summary>A group whose members all have active loans: chair, secretary, treasurer, then members.</summary>
public sealed record LendingGroup(Guid GroupId, Guid ProgramId, string Name, IReadOnlyList<Borrower> Members, DateOnly DisbursedOn)
{
    public Borrower Chair => Members[0];
    public Borrower Treasurer => Members[2];
}

/// <summary>
/// Builds lending groups the way the program does (group, proposal, surveys, decisions, capital in the
/// fund, disbursement) through the API, so every collection test has loans of its own. Written against
/// the service provider and an API login, so the browser journeys can use it on their own app too.
/// </summary>
public static class CollectionData
{
    public const decimal Principal = 3_000_000m;
    public const int Tenor = 10;

    public static DateOnly Today => BusinessCalendar.Today(TimeProvider.System);

    /// <summary>
    /// Disbursed on the first day of the month four months back on a 6% flat product due on the 5th, so
    /// three installments fell due in earlier months and the fourth falls due this month.
    /// </summary>
    public static DateOnly DisbursedOn => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-4);

    public static Task<LendingGroup> GroupAsync(TestApp app, int size = 5, string village = TestData.Narimbang) =>
        GroupAsync(app.Services, e => app.ApiAs(e), size, village);

    public static async Task<LendingGroup> GroupAsync(IServiceProvider services, Func<string, Task<HttpClient>> apiAs, int size = 5,
        string village = TestData.Narimbang)
    {
        var officer = await apiAs(Demo.Officer);
        Guid programId, productId;
        List<(Guid Id, string Name)> partners = [];
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            programId = await db.Programs.Where(p => p.Code == GroupScenario.Program).Select(p => p.Id).FirstAsync();
            var product = new LoanProductBuilder().ForProgram(programId).UniqueCode().Named("Produk uji 6% flat").MaxGrace(0)
                .CreatedBy("test", DateTimeOffset.UtcNow).Build();
            db.LoanProducts.Add(product);
            productId = product.Id;
            db.JournalEntries.Add(JournalEntry.ForFundMovement(programId, DisbursedOn, EntryKind.Capital, Principal * size, "Modal uji tagihan", "test",
                DateTimeOffset.UtcNow));
            for (var i = 0; i < size; i++)
            {
                var (nikText, _, _) = TestData.Person();
                var nik = Nik.Parse(nikText, new DateOnly(2026, 1, 1));
                var name = TestData.Unique("Ibu Mitra");
                var partner = new Partner(programId,
                    new PartnerOwner(name, nik, nik.Sex, nik.BirthDate, "0812345" + Random.Shared.Next(10000, 99999).ToString(CultureInfo.InvariantCulture), village, null),
                    new PartnerBusiness("Emping " + name, "Makanan ringan", "Emping melinjo", new DateOnly(2020, 1, 1), 5_000_000m, 40_000_000m, 1, false),
                    DateTimeOffset.UtcNow);
                db.Partners.Add(partner);
                partners.Add((partner.Id, name));
            }

            await db.SaveChangesAsync();
        }

        var groupName = TestData.Unique("Kelompok Tagihan");
        var group = await (await officer.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(groupName, partners, village))).Json200(HttpStatusCode.Created);
        var groupId = group.GetProperty("id").GetGuid();
        var proposal = await (await officer.PostAsJsonAsync("/api/v1/proposals",
            new { groupId, businessPlan = "Tambah modal bahan baku", items = GroupScenario.Items(partners, Principal) })).Json200(HttpStatusCode.Created);
        var proposalId = proposal.GetProperty("id").GetGuid();
        await (await officer.PostAsync($"/api/v1/proposals/{proposalId}/submit", null)).Json200();
        foreach (var p in partners)
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/surveys", GroupScenario.Survey(p.Id, Principal))).Json200(HttpStatusCode.Created);
        }

        foreach (var p in partners)
        {
            await (await officer.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/decisions", new { partnerId = p.Id, approve = true, amount = Principal })).Json200();
        }

        Dictionary<Guid, Guid> items;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            items = await db.ProposalItems.Where(i => i.ProposalId == proposalId).ToDictionaryAsync(i => i.PartnerId, i => i.Id);
        }

        var members = new List<Borrower>();
        foreach (var p in partners)
        {
            var loan = await (await officer.PostAsJsonAsync("/api/v1/loans", new
            {
                proposalItemId = items[p.Id],
                productId,
                amount = Principal,
                tenorMonths = Tenor,
                graceMonths = 0,
                disbursedOn = Iso(DisbursedOn),
                channel = "Cash",
            })).Json200(HttpStatusCode.Created);
            members.Add(new Borrower(p.Id, p.Name, loan.GetProperty("id").GetGuid()));
        }

        return new LendingGroup(groupId, programId, groupName, members, DisbursedOn);
    }

    /// <summary>The loan's current schedule: number, due date, total and what remains.</summary>
    public static async Task<List<(int Number, DateOnly DueDate, decimal Total, decimal Remaining)>> ScheduleAsync(HttpClient api, Guid loanId)
    {
        var card = await (await api.GetAsync($"/api/v1/loans/{loanId}")).Json200();
        return card.GetProperty("schedule").EnumerateArray()
            .Where(i => !i.GetProperty("superseded").GetBoolean())
            .Select(i => (i.GetProperty("number").GetInt32(), DateOnly.Parse(i.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture),
                i.GetProperty("total").GetDecimal(), i.GetProperty("remaining").GetDecimal()))
            .ToList();
    }

    /// <summary>Pays one installment in full on a date, as a single repayment.</summary>
    public static async Task PayAsync(HttpClient api, Guid loanId, decimal amount, DateOnly paidOn)
    {
        await (await api.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", new { amount, paidOn = Iso(paidOn), channel = "Cash" }))
            .Json200(HttpStatusCode.Created);
    }

    /// <summary>Pays every installment due up to today on its due date: the member is not late.</summary>
    public static async Task PayUpToDateAsync(HttpClient api, Guid loanId)
    {
        foreach (var i in (await ScheduleAsync(api, loanId)).Where(i => i.DueDate <= Today && i.Remaining > 0))
        {
            await PayAsync(api, loanId, i.Remaining, i.DueDate);
        }
    }

    /// <summary>A partner user (password Demo#2026) for the member, e.g. the group's treasurer.</summary>
    public static async Task<string> UserAsync(IServiceProvider services, Guid partnerId)
    {
        var email = "tagihan-" + Guid.NewGuid().ToString("N")[..8] + "@test.berdaya.id";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Mitra uji tagihan", PartnerId = partnerId };
        (await users.CreateAsync(user, Demo.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.Partner)).Succeeded.ShouldBeTrue();
        return email;
    }

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<(int Repayments, int Entries, int Sheets)> CountsAsync(IServiceProvider services, LendingGroup g)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var loans = g.Members.Select(m => m.LoanId).ToList();
        return (await db.Repayments.CountAsync(r => loans.Contains(r.LoanId)),
            await db.JournalEntries.CountAsync(e => e.LoanId != null && loans.Contains(e.LoanId.Value)),
            await db.CollectionSheets.CountAsync(s => s.GroupId == g.GroupId));
    }

    public static JsonElement Line(JsonElement sheet, Guid loanId) =>
        sheet.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("loanId").GetGuid() == loanId);
}
