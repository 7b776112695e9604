using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>docs/domain.md, Loan products and fee methods; Allocation: disbursement and repayment through the API, and every refusal changing nothing.</summary>
public sealed class LoansApiTests
{
    [Theory]
    [AllDatabases]
    public async Task Disbursement_creates_the_schedule_and_posts_the_funds_outflow(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var card = await LendingScenario.DisburseAsync(admin, s);

        card.GetProperty("status").GetString().ShouldBe("Active");
        var schedule = card.GetProperty("schedule").EnumerateArray().ToList();
        schedule.Count.ShouldBe(12);
        schedule[0].GetProperty("dueDate").GetString().ShouldBe("2026-03-05");
        schedule[0].GetProperty("fee").GetDecimal().ShouldBe(15_000m);
        schedule.Sum(r => r.GetProperty("principal").GetDecimal()).ShouldBe(3_000_000m);
        card.GetProperty("totalOwed").GetDecimal().ShouldBe(3_180_000m);

        var ledger = await LedgerAsync(app, s.ProgramId);
        ledger[LedgerAccount.Cash].ShouldBe(97_000_000m);
        ledger[LedgerAccount.LoansReceivable].ShouldBe(3_000_000m);
    }

    public static TheoryData<string, string, decimal, int, string?, string, string?, string> RefusedDisbursements()
    {
        var data = new TheoryData<string, string, decimal, int, string?, string, string?, string>();
        foreach (var provider in TestApp.Providers)
        {
            data.Add(provider, "above the approved amount", 3_000_001m, 12, null, "Cash", null, "amount");
            data.Add(provider, "zero", 0m, 12, null, "Cash", null, "amount");
            data.Add(provider, "negative", -5m, 12, null, "Cash", null, "amount");
            data.Add(provider, "fractional rupiah", 2_500_000.5m, 12, null, "Cash", null, "amount");
            data.Add(provider, "tenor beyond the product", 3_000_000m, 40, null, "Cash", null, "tenorMonths");
            data.Add(provider, "a date in the future", 3_000_000m, 12, "2099-01-01", "Cash", null, "disbursedOn");
            data.Add(provider, "a transfer without reference", 3_000_000m, 12, null, "BankTransfer", null, "reference");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedDisbursements))]
    public async Task A_bad_disbursement_is_refused_naming_the_field_and_writes_nothing(string provider, string why, decimal amount, int tenor, string? on,
        string channel, string? reference, string field)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var response = await admin.PostAsJsonAsync("/api/v1/loans", LendingScenario.Disbursement(s, 0, amount, tenor, 0, on, channel, reference));
        await response.Problem(HttpStatusCode.BadRequest, field);
        (await LoanCountAsync(app, s.ProgramId)).ShouldBe(0, why);
        (await LedgerAsync(app, s.ProgramId))[LedgerAccount.Cash].ShouldBe(100_000_000m, why);
    }

    [Theory]
    [AllDatabases]
    public async Task Disbursement_above_the_product_cap_or_the_fund_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin, "en");
        var capped = await LendingScenario.ProgramAsync(app, amount: 12_000_000m, maxPrincipal: 10_000_000m);
        var problem = await (await admin.PostAsJsonAsync("/api/v1/loans", LendingScenario.Disbursement(capped, 0, 12_000_000m))).Problem(HttpStatusCode.BadRequest, "amount");
        problem.GetProperty("errors").GetProperty("amount")[0].GetString()!.ShouldContain("Rp 10.000.000");

        var poor = await LendingScenario.ProgramAsync(app, capital: 2_000_000m);
        problem = await (await admin.PostAsJsonAsync("/api/v1/loans", LendingScenario.Disbursement(poor))).Problem(HttpStatusCode.BadRequest, "amount");
        problem.GetProperty("errors").GetProperty("amount")[0].GetString()!.ShouldContain("Rp 2.000.000");
        (await LoanCountAsync(app, capped.ProgramId)).ShouldBe(0);
        (await LoanCountAsync(app, poor.ProgramId)).ShouldBe(0);
    }

    [Theory]
    [AllDatabases]
    public async Task A_decision_is_disbursed_once_and_a_NIK_with_an_active_loan_gets_no_second_anywhere(string provider)
    {
        var app = await TestApp.For(provider);
        var admin = await app.ApiAs(Demo.Admin);
        var first = await LendingScenario.ProgramAsync(app);
        await LendingScenario.DisburseAsync(admin, first);
        await (await admin.PostAsJsonAsync("/api/v1/loans", LendingScenario.Disbursement(first))).Problem(HttpStatusCode.Conflict);

        // The same person is a partner of another operator's program too (not two BUMN at once; docs/domain.md, Partners and groups).
        var other = await LendingScenario.ProgramAsync(app, niks: [first.Borrowers[0].Nik]);
        var problem = await (await admin.PostAsJsonAsync("/api/v1/loans", LendingScenario.Disbursement(other))).Problem(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain("NIK");
        (await LoanCountAsync(app, other.ProgramId)).ShouldBe(0);

        await (await admin.PostAsJsonAsync("/api/v1/loans", new
        {
            proposalItemId = Guid.NewGuid(),
            productId = first.ProductId,
            amount = 1000,
            tenorMonths = 12,
            graceMonths = 0,
            disbursedOn = "2026-02-03",
            channel = "Cash"
        })).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task A_payment_pays_the_fee_first_then_principal_oldest_installment_first(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var loanId = (await LendingScenario.DisburseAsync(admin, s)).GetProperty("id").GetGuid();

        var receipt = await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", LendingScenario.Payment(365_000m))).Json200(HttpStatusCode.Created);
        var allocations = receipt.GetProperty("allocations").EnumerateArray()
            .Select(a => (a.GetProperty("installmentNumber").GetInt32(), a.GetProperty("fee").GetDecimal(), a.GetProperty("principal").GetDecimal())).ToList();
        allocations.ShouldBe([(1, 15_000m, 250_000m), (2, 15_000m, 85_000m)]);
        receipt.GetProperty("receiptNumber").GetString()!.ShouldMatch(@"^KW-260304-\d{6}$");

        var card = await (await admin.GetAsync($"/api/v1/loans/{loanId}")).Json200();
        card.GetProperty("principalOutstanding").GetDecimal().ShouldBe(2_665_000m);
        card.GetProperty("feePaid").GetDecimal().ShouldBe(30_000m);
        var ledger = await LedgerAsync(app, s.ProgramId);
        ledger[LedgerAccount.FeeIncome].ShouldBe(30_000m);
        ledger[LedgerAccount.LoansReceivable].ShouldBe(2_665_000m);
        ledger[LedgerAccount.Cash].ShouldBe(97_365_000m);
    }

    public static TheoryData<string, string, object, string> RefusedPayments()
    {
        var data = new TheoryData<string, string, object, string>();
        foreach (var provider in TestApp.Providers)
        {
            data.Add(provider, "above everything owed", LendingScenario.Payment(3_180_001m), "amount");
            data.Add(provider, "zero", LendingScenario.Payment(0m), "amount");
            data.Add(provider, "negative", LendingScenario.Payment(-1_000m), "amount");
            data.Add(provider, "fractional rupiah", LendingScenario.Payment(100_000.25m), "amount");
            data.Add(provider, "before disbursement", LendingScenario.Payment(100_000m, "2026-02-01"), "paidOn");
            data.Add(provider, "in the future", LendingScenario.Payment(100_000m, "2099-03-04"), "paidOn");
            data.Add(provider, "a transfer without reference", LendingScenario.Payment(100_000m, channel: "BankTransfer"), "reference");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedPayments))]
    public async Task A_bad_payment_is_refused_naming_the_field_and_changes_no_balance(string provider, string why, object body, string field)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin, "en");
        var loanId = (await LendingScenario.DisburseAsync(admin, s)).GetProperty("id").GetGuid();
        var problem = await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", body)).Problem(HttpStatusCode.BadRequest, field);
        if (why == "above everything owed")
        {
            problem.GetProperty("errors").GetProperty("amount")[0].GetString()!.ShouldContain("Rp 3.180.000");
        }

        var card = await (await admin.GetAsync($"/api/v1/loans/{loanId}")).Json200();
        card.GetProperty("principalOutstanding").GetDecimal().ShouldBe(3_000_000m, why);
        card.GetProperty("repayments").GetArrayLength().ShouldBe(0, why);
        (await LedgerAsync(app, s.ProgramId))[LedgerAccount.Cash].ShouldBe(97_000_000m, why);
    }

    [Theory]
    [AllDatabases]
    public async Task A_repaid_loan_takes_no_more_payments_and_an_unknown_loan_is_404(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var loanId = (await LendingScenario.DisburseAsync(admin, s)).GetProperty("id").GetGuid();
        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", LendingScenario.Payment(3_180_000m))).Json200(HttpStatusCode.Created);
        var card = await (await admin.GetAsync($"/api/v1/loans/{loanId}")).Json200();
        card.GetProperty("status").GetString().ShouldBe("Repaid");
        card.GetProperty("repaidOn").GetString().ShouldBe("2026-03-04");
        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", LendingScenario.Payment(1_000m))).Problem(HttpStatusCode.Conflict);
        await (await admin.PostAsJsonAsync($"/api/v1/loans/{Guid.NewGuid()}/repayments", LendingScenario.Payment(1_000m))).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [AllDatabases]
    public async Task The_same_idempotency_key_and_body_answer_with_the_first_payment_and_another_body_is_refused(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var loanId = (await LendingScenario.DisburseAsync(admin, s)).GetProperty("id").GetGuid();
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> Post(decimal amount)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/loans/{loanId}/repayments") { Content = JsonContent.Create(LendingScenario.Payment(amount)) };
            request.Headers.Add("Idempotency-Key", key);
            return await admin.SendAsync(request);
        }

        var first = await (await Post(265_000m)).Json200(HttpStatusCode.Created);
        var again = await (await Post(265_000m)).Json200(HttpStatusCode.Created);
        again.GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        await (await Post(300_000m)).Problem(HttpStatusCode.Conflict);

        // A key longer than the 200 characters kept is refused, naming the header.
        using var tooLong = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/loans/{loanId}/repayments") { Content = JsonContent.Create(LendingScenario.Payment(265_000m)) };
        tooLong.Headers.Add("Idempotency-Key", new string('k', 201));
        var problem = await (await admin.SendAsync(tooLong)).Problem(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().ShouldContain(e => e.Name.Equals("Idempotency-Key", StringComparison.OrdinalIgnoreCase));

        await using var scope = app.Scope(out var db);
        (await db.Repayments.CountAsync(r => r.LoanId == loanId)).ShouldBe(1);
        (await LedgerAsync(app, s.ProgramId))[LedgerAccount.Cash].ShouldBe(97_265_000m);
    }

    [Theory]
    [AllDatabases]
    public async Task A_reversal_takes_the_payment_back_and_later_payments_move_to_the_oldest_installment(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var loanId = (await LendingScenario.DisburseAsync(admin, s)).GetProperty("id").GetGuid();
        var a = await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", LendingScenario.Payment(265_000m, "2026-03-04"))).Json200(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", LendingScenario.Payment(265_000m, "2026-04-04"))).Json200(HttpStatusCode.Created);
        var aId = a.GetProperty("id").GetGuid();

        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments/{aId}/reversal", new { reason = "" })).Problem(HttpStatusCode.BadRequest, "reason");
        var reversal = await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments/{aId}/reversal", new { reason = "Salah catat anggota" }))
            .Json200(HttpStatusCode.Created);
        reversal.GetProperty("kind").GetString().ShouldBe("Reversal");
        reversal.GetProperty("amount").GetDecimal().ShouldBe(265_000m);
        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments/{aId}/reversal", new { reason = "Lagi" })).Problem(HttpStatusCode.Conflict);

        var card = await (await admin.GetAsync($"/api/v1/loans/{loanId}")).Json200();
        card.GetProperty("principalOutstanding").GetDecimal().ShouldBe(2_750_000m);
        var standing = card.GetProperty("repayments").EnumerateArray().Single(r => r.GetProperty("paidOn").GetString() == "2026-04-04");
        standing.GetProperty("allocations")[0].GetProperty("installmentNumber").GetInt32().ShouldBe(1);
        var first = card.GetProperty("schedule")[0];
        first.GetProperty("paidOffOn").GetString().ShouldBe("2026-04-04");
        first.GetProperty("onTime").GetBoolean().ShouldBeFalse("due on 5 March, completed by the April payment");
        card.GetProperty("repayments").GetArrayLength().ShouldBe(3, "the payment stays, beside its reversal");

        var ledger = await LedgerAsync(app, s.ProgramId);
        ledger[LedgerAccount.Cash].ShouldBe(97_265_000m);
        ledger[LedgerAccount.LoansReceivable].ShouldBe(2_750_000m);
        ledger[LedgerAccount.FeeIncome].ShouldBe(15_000m);
    }

    [Theory]
    [AllDatabases]
    public async Task Rescheduling_keeps_the_old_schedule_and_write_off_takes_the_loan_off_the_books(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var loanId = (await LendingScenario.DisburseAsync(admin, s)).GetProperty("id").GetGuid();
        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", LendingScenario.Payment(265_000m))).Json200(HttpStatusCode.Created);

        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/reschedule", new { tenorMonths = 24, graceMonths = 0, on = "2026-06-10", reason = "" }))
            .Problem(HttpStatusCode.BadRequest, "reason");
        var card = await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/reschedule",
            new { tenorMonths = 24, graceMonths = 0, on = "2026-06-10", reason = "Musim melinjo gagal" })).Json200();
        var rows = card.GetProperty("schedule").EnumerateArray().ToList();
        rows.Count(r => r.GetProperty("superseded").GetBoolean()).ShouldBe(12);
        var current = rows.Where(r => !r.GetProperty("superseded").GetBoolean()).ToList();
        current.Count.ShouldBe(24);
        current.Sum(r => r.GetProperty("principal").GetDecimal()).ShouldBe(2_750_000m);
        current[0].GetProperty("dueDate").GetString().ShouldBe("2026-07-05");
        // The April, May and June fees fell due unpaid before the rescheduling and move to the first new installment.
        current[0].GetProperty("fee").GetDecimal().ShouldBe(decimal.Round(2_750_000m * 0.06m / 12, 0, MidpointRounding.AwayFromZero) + 45_000m);

        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/write-off", new { kind = "Book", reference = "", on = "2026-10-01" }))
            .Problem(HttpStatusCode.BadRequest, "reference");
        card = await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/write-off", new { kind = "Book", reference = "SK-01/2026", on = "2026-10-01" })).Json200();
        card.GetProperty("status").GetString().ShouldBe("WrittenOff");
        card.GetProperty("writtenOffPrincipal").GetDecimal().ShouldBe(2_750_000m);
        await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", LendingScenario.Payment(10_000m))).Problem(HttpStatusCode.Conflict);
        card = await (await admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/write-off", new { kind = "Extinguish", reference = "SK-02/2026", on = "2026-11-01" })).Json200();
        card.GetProperty("writeOffKind").GetString().ShouldBe("Extinguish");

        var ledger = await LedgerAsync(app, s.ProgramId);
        ledger[LedgerAccount.LoansReceivable].ShouldBe(0m);
        ledger[LedgerAccount.WriteOffs].ShouldBe(2_750_000m);
    }

    [Theory]
    [AllDatabases]
    public async Task Simultaneous_payments_on_one_loan_never_over_allocate_or_get_lost(string provider)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app);
        var admin = await app.ApiAs(Demo.Admin);
        var loanId = (await LendingScenario.DisburseAsync(admin, s)).GetProperty("id").GetGuid();

        // 3.180.000 is owed: 15 payments of 200.000 fit, the rest must be refused, whatever the order.
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            admin.PostAsJsonAsync($"/api/v1/loans/{loanId}/repayments", LendingScenario.Payment(200_000m))));
        var codes = responses.Select(r => r.StatusCode).ToList();
        codes.Count(c => c == HttpStatusCode.Created).ShouldBe(15, string.Join(",", codes));
        codes.Count(c => c == HttpStatusCode.BadRequest).ShouldBe(5, string.Join(",", codes));

        await using var scope = app.Scope(out var db);
        var loan = await db.Loans.Include(l => l.Installments).SingleAsync(l => l.Id == loanId);
        loan.PrincipalPaid.ShouldBe(3_000_000m - loan.PrincipalOutstanding);
        (loan.PrincipalPaid + loan.FeePaid).ShouldBe(3_000_000m);
        var allocated = await db.RepaymentAllocations.Where(a => db.Repayments.Any(r => r.Id == a.RepaymentId && r.LoanId == loanId)).ToListAsync();
        allocated.Sum(a => a.Fee + a.Principal).ShouldBe(3_000_000m);
        (await LedgerAsync(app, s.ProgramId))[LedgerAccount.Cash].ShouldBe(100_000_000m);
    }

    internal static async Task<int> LoanCountAsync(TestApp app, Guid programId)
    {
        await using var scope = app.Scope(out var db);
        return await db.Loans.CountAsync(l => l.ProgramId == programId);
    }

    /// <summary>Each account's balance in its normal direction.</summary>
    internal static async Task<Dictionary<LedgerAccount, decimal>> LedgerAsync(TestApp app, Guid programId)
    {
        await using var scope = app.Scope(out var db);
        var lines = await db.JournalLines.Where(l => l.ProgramId == programId).Select(l => new { l.Account, l.Debit, l.Credit }).ToListAsync();
        return Enum.GetValues<LedgerAccount>().ToDictionary(a => a, a =>
        {
            var mine = lines.Where(l => l.Account == a).ToList();
            var net = mine.Sum(l => l.Debit) - mine.Sum(l => l.Credit);
            return Postings.IsDebitNormal(a) ? net : -net;
        });
    }

    internal static JsonElement Row(JsonElement card, int number) =>
        card.GetProperty("schedule").EnumerateArray().First(r => !r.GetProperty("superseded").GetBoolean() && r.GetProperty("number").GetInt32() == number);
}
