using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Repayments;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.IntegrationTests.Loans;

/// <summary>
/// A random sequence of disbursements, payments, reversals, reschedulings and
/// write-offs through the API, then the fund's invariants: every entry balances, the trial balance
/// balances, the receivable equals the loans outstanding, cash and fee income equal what the loans say.
/// </summary>
public sealed class LedgerInvariantTests
{
    public static TheoryData<string, int> Runs()
    {
        var data = new TheoryData<string, int>();
        foreach (var provider in TestApp.Providers)
        {
            foreach (var seed in new[] { 7, 2006, 31415 })
            {
                data.Add(provider, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task After_any_sequence_of_money_events_the_ledger_invariants_hold(string provider, int seed)
    {
        var app = await TestApp.For(provider);
        var s = await LendingScenario.ProgramAsync(app, members: 6, amount: 5_000_000m, capital: 40_000_000m);
        var admin = await app.ApiAs(Demo.Admin);
        var random = new Random(seed);
        var loans = new List<Guid>();
        var payments = new List<(Guid Loan, Guid Payment)>();
        var log = new List<string>();
        var disbursed = 0;

        for (var step = 0; step < 70; step++)
        {
            var roll = random.Next(100);
            HttpResponseMessage response;
            string what;
            if (disbursed < s.Borrowers.Count && (loans.Count == 0 || roll < 12))
            {
                var amount = random.Next(10, 51) * 100_000m;
                response = await admin.PostAsJsonAsync("/api/v1/loans", LendingScenario.Disbursement(s, disbursed, amount, random.Next(3, 25)));
                what = $"disburse #{disbursed} {amount}";
                disbursed++;
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    loans.Add((await response.Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid());
                }
            }
            else if (roll < 70)
            {
                var loan = loans[random.Next(loans.Count)];
                var amount = random.Next(1, 8) * 50_000m + random.Next(0, 1000);
                var day = new DateOnly(2026, 3, 1).AddDays(random.Next(0, 260));
                response = await admin.PostAsJsonAsync($"/api/v1/loans/{loan}/repayments",
                    LendingScenario.Payment(amount, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                what = $"pay {amount} on {day}";
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    payments.Add((loan, (await response.Json200(HttpStatusCode.Created)).GetProperty("id").GetGuid()));
                }
            }
            else if (roll < 85 && payments.Count > 0)
            {
                var (loan, payment) = payments[random.Next(payments.Count)];
                response = await admin.PostAsJsonAsync($"/api/v1/loans/{loan}/repayments/{payment}/reversal", new { reason = "Acak " + step });
                what = "reverse";
            }
            else if (roll < 93)
            {
                var loan = loans[random.Next(loans.Count)];
                response = await admin.PostAsJsonAsync($"/api/v1/loans/{loan}/reschedule",
                    new { tenorMonths = random.Next(6, 25), graceMonths = random.Next(0, 2), on = "2026-11-25", reason = "Restrukturisasi acak" });
                what = "reschedule";
            }
            else
            {
                var loan = loans[random.Next(loans.Count)];
                response = await admin.PostAsJsonAsync($"/api/v1/loans/{loan}/write-off",
                    new { kind = random.Next(2) == 0 ? "Book" : "Extinguish", reference = "SK-ACAK-" + step, on = "2026-11-26" });
                what = "write off";
            }

            // A refused step (above what is owed, after a rescheduling, on a written-off loan) is fine; a server error never is.
            ((int)response.StatusCode).ShouldBeLessThan(500, $"seed {seed} step {step} {what}: {await response.Content.ReadAsStringAsync()}");
            log.Add($"{step} {what} -> {(int)response.StatusCode}");
        }

        var because = $"seed {seed}: " + string.Join("; ", log);
        await using var scope = app.Scope(out var db);
        var lines = await db.JournalLines.Where(l => l.ProgramId == s.ProgramId).Select(l => new { l.EntryId, l.Account, l.Debit, l.Credit }).ToListAsync();
        foreach (var entry in lines.GroupBy(l => l.EntryId))
        {
            entry.Sum(l => l.Debit).ShouldBe(entry.Sum(l => l.Credit), because);
        }

        lines.Sum(l => l.Debit).ShouldBe(lines.Sum(l => l.Credit), because);
        decimal Balance(LedgerAccount a)
        {
            var net = lines.Where(l => l.Account == a).Sum(l => l.Debit - l.Credit);
            return Postings.IsDebitNormal(a) ? net : -net;
        }

        var stored = await db.Loans.Where(l => l.ProgramId == s.ProgramId).ToListAsync();
        var repayments = await db.Repayments.Where(r => r.ProgramId == s.ProgramId).ToListAsync();
        var standing = repayments.Where(r => r.Kind == RepaymentKind.Payment && r.ReversedById == null).ToList();

        Balance(LedgerAccount.LoansReceivable).ShouldBe(stored.Where(l => l.Status == LoanStatus.Active).Sum(l => l.PrincipalOutstanding), because);
        Balance(LedgerAccount.Cash).ShouldBe(40_000_000m - stored.Sum(l => l.Principal) + standing.Sum(r => r.Amount), because);
        Balance(LedgerAccount.FeeIncome).ShouldBe(stored.Sum(l => l.FeePaid), because);
        Balance(LedgerAccount.WriteOffs).ShouldBe(stored.Sum(l => l.WrittenOffPrincipal), because);
        foreach (var loan in stored)
        {
            (loan.PrincipalPaid + loan.PrincipalOutstanding).ShouldBe(loan.Principal, because);
            (loan.PrincipalPaid + loan.FeePaid).ShouldBe(standing.Where(r => r.LoanId == loan.Id).Sum(r => r.Amount), because);
            loan.PrincipalOutstanding.ShouldBeGreaterThanOrEqualTo(0m, because);
            loan.FeeOutstanding.ShouldBeGreaterThanOrEqualTo(0m, because);
        }

        // Each loan's on-time record row (decision 0023) is what its installments say, after every payment, reversal and
        // rescheduling, and unpacks to them.
        var withInstallments = await db.Loans.AsNoTracking().Include(l => l.Installments).Where(l => l.ProgramId == s.ProgramId).ToListAsync();
        var records = await db.LoanOnTimeRecords.AsNoTracking().Where(r => r.ProgramId == s.ProgramId).ToDictionaryAsync(r => r.LoanId);
        records.Count.ShouldBe(withInstallments.Count, because);
        var unpacked = new List<DueAndPaid>();
        foreach (var loan in withInstallments)
        {
            LoanOnTimeRecord.Unpack(records[loan.Id].Dues, unpacked);
            unpacked.ShouldBe(OnTime.Counting(loan).Select(i => new DueAndPaid(i.DueDate, i.PaidOffOn)), because);
            records[loan.Id].PartnerId.ShouldBe(loan.PartnerId, because);
        }

        // Every reversal undoes exactly one payment, with the same amount.
        foreach (var reversal in repayments.Where(r => r.Kind == RepaymentKind.Reversal))
        {
            repayments.Single(r => r.Id == reversal.ReversalOfId).Amount.ShouldBe(reversal.Amount, because);
            (reversal.FeePart + reversal.PrincipalPart).ShouldBe(reversal.Amount, because);
        }
    }
}
