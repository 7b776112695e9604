using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Fund;

public sealed record AccountBalance(LedgerAccount Account, decimal Debit, decimal Credit, decimal Balance);

public sealed record TrialBalanceDto(Guid ProgramId, DateOnly AsOf, IReadOnlyList<AccountBalance> Accounts, decimal TotalDebit, decimal TotalCredit, bool Balanced);

public sealed record FundPositionDto(Guid ProgramId, DateOnly AsOf, decimal Available, decimal Receivable, decimal Allowance, decimal Capital,
    decimal FeeIncome, decimal BankInterest, decimal OtherIncome, decimal CoachingGrants, decimal WriteOffs, int ActiveLoans);

public sealed record ReceivableCheckDto(Guid ProgramId, decimal Ledger, decimal Loans, decimal Difference, bool Ok, int ActiveLoans);

/// <summary>Cash in and out of the fund in a period (docs/domain.md, The ledger): closing = opening + every movement = the cash balance at <c>To</c>.</summary>
public sealed record FundStatementDto(Guid ProgramId, DateOnly From, DateOnly To, decimal OpeningCash, decimal Capital, decimal PrincipalRepaid,
    decimal Fees, decimal BankInterest, decimal OtherIncome, decimal Disbursements, decimal CoachingGrants, decimal Withdrawals,
    decimal ClosingCash, decimal CashBalanceAtTo, bool Reconciles);

/// <summary>One account and entry kind: its sums from the totals and pending entries, and recomputed from every line.</summary>
public sealed record LedgerTotalsRow(LedgerAccount Account, EntryKind Kind, decimal Debit, decimal Credit, decimal LinesDebit, decimal LinesCredit, bool Ok);

public sealed record LedgerTotalsCheckDto(Guid ProgramId, IReadOnlyList<LedgerTotalsRow> Rows, bool Ok);

public sealed record JournalRow(Guid Id, DateOnly EntryDate, EntryKind Kind, string Description, decimal Amount, Guid? LoanId, DateTimeOffset PostedAt);

public sealed record JournalPage(IReadOnlyList<JournalRow> Entries, int Total, int Page, int PageSize);

/// <summary>
/// The fund's reports from its ledger. Every figure is a SQL sum grouped by account (or by entry kind
/// and account) of the ledger day totals and the lines posted since the last close (decision 0009):
/// no journal line is loaded, and the lines read are at most a day's.
/// </summary>
[FeatureService]
public sealed class FundQueries(AppDbContext db, FundLedger ledger, TimeProvider clock)
{
    public const int JournalPageSize = 50;

    public async Task<TrialBalanceDto> TrialBalanceAsync(Guid programId, DateOnly? asOf, CancellationToken ct)
    {
        var date = asOf ?? clock.Today();
        var sums = await SumsByAccountAsync(programId, date, ct);
        var accounts = Enum.GetValues<LedgerAccount>()
            .Select(a =>
            {
                var (d, c) = sums.GetValueOrDefault(a);
                return new AccountBalance(a, d, c, Postings.IsDebitNormal(a) ? d - c : c - d);
            })
            .ToList();
        var debit = accounts.Sum(a => a.Debit);
        var credit = accounts.Sum(a => a.Credit);
        return new TrialBalanceDto(programId, date, accounts, debit, credit, debit == credit);
    }

    public async Task<FundPositionDto> PositionAsync(Guid programId, CancellationToken ct)
    {
        var today = clock.Today();
        var sums = await SumsByAccountAsync(programId, null, ct);
        decimal Bal(LedgerAccount a)
        {
            var (d, c) = sums.GetValueOrDefault(a);
            return Postings.IsDebitNormal(a) ? d - c : c - d;
        }

        var active = await db.Loans.CountAsync(l => l.ProgramId == programId && l.Status == LoanStatus.Active, ct);
        return new FundPositionDto(programId, today, await ledger.CashAsync(programId, ct), Bal(LedgerAccount.LoansReceivable), Bal(LedgerAccount.Allowance),
            Bal(LedgerAccount.Capital), Bal(LedgerAccount.FeeIncome), Bal(LedgerAccount.BankInterest), Bal(LedgerAccount.OtherIncome),
            Bal(LedgerAccount.CoachingGrants), Bal(LedgerAccount.WriteOffs), active);
    }

    /// <summary>The receivable account must equal the principal outstanding of the active loans (docs/domain.md, The ledger).</summary>
    public async Task<ReceivableCheckDto> ReceivableCheckAsync(Guid programId, CancellationToken ct)
    {
        var ledgerBalance = await ledger.BalanceAsync(programId, LedgerAccount.LoansReceivable, null, ct);
        var active = db.Loans.Where(l => l.ProgramId == programId && l.Status == LoanStatus.Active);
        var count = await active.CountAsync(ct);
        var outstanding = await active.SumAsync(l => l.PrincipalOutstanding, ct);
        var difference = ledgerBalance - outstanding;
        return new ReceivableCheckDto(programId, ledgerBalance, outstanding, difference, difference == 0, count);
    }

    /// <summary>
    /// The ledger day totals with the pending entries must equal the sums of every journal line, per
    /// account and entry kind (decision 0009). Reads every line of the program: a check, not a report.
    /// </summary>
    public async Task<LedgerTotalsCheckDto> LedgerTotalsCheckAsync(Guid programId, CancellationToken ct)
    {
        var lines = from l in db.JournalLines
                    join e in db.JournalEntries on l.EntryId equals e.Id
                    where e.ProgramId == programId
                    select new CheckedAmount { Account = l.Account, Kind = e.Kind, FromLines = true, Debit = l.Debit, Credit = l.Credit };
        var sums = await ledger.Amounts(programId, null)
            .Select(a => new CheckedAmount { Account = a.Account, Kind = a.Kind, FromLines = false, Debit = a.Debit, Credit = a.Credit })
            .Concat(lines)
            .GroupBy(a => new { a.Account, a.Kind, a.FromLines })
            .Select(g => new { g.Key.Account, g.Key.Kind, g.Key.FromLines, Debit = g.Sum(a => a.Debit), Credit = g.Sum(a => a.Credit) })
            .ToListAsync(ct);
        var rows = sums.GroupBy(s => (s.Account, s.Kind))
            .Select(g =>
            {
                var read = g.FirstOrDefault(x => !x.FromLines);
                var all = g.FirstOrDefault(x => x.FromLines);
                var (d, c, ld, lc) = (read?.Debit ?? 0, read?.Credit ?? 0, all?.Debit ?? 0, all?.Credit ?? 0);
                return new LedgerTotalsRow(g.Key.Account, g.Key.Kind, d, c, ld, lc, d == ld && c == lc);
            })
            .OrderBy(r => r.Account).ThenBy(r => r.Kind)
            .ToList();
        return new LedgerTotalsCheckDto(programId, rows, rows.All(r => r.Ok));
    }

    public async Task<FundStatementDto> StatementAsync(Guid programId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (start, end) = Period(from, to);

        // Opening cash, the period's movements by kind and the cash at the end from one query (one snapshot).
        var rows = await ledger.Amounts(programId, end, [LedgerAccount.Cash, LedgerAccount.FeeIncome])
            .GroupBy(a => new { a.Kind, a.Account, Before = a.EntryDate < start })
            .Select(g => new { g.Key.Kind, g.Key.Account, g.Key.Before, Debit = g.Sum(x => x.Debit), Credit = g.Sum(x => x.Credit) })
            .ToListAsync(ct);
        var opening = rows.Where(r => r.Before && r.Account == LedgerAccount.Cash).Sum(r => r.Debit - r.Credit);
        var atTo = opening + rows.Where(r => !r.Before && r.Account == LedgerAccount.Cash).Sum(r => r.Debit - r.Credit);
        rows = rows.Where(r => !r.Before).ToList();

        decimal CashOf(params EntryKind[] kinds) =>
            rows.Where(r => r.Account == LedgerAccount.Cash && kinds.Contains(r.Kind)).Sum(r => r.Debit - r.Credit);

        // A payment's cash is its fee and its principal; the fee part is the fee income it credited (a reversal debits it back).
        var fees = rows.Where(r => r.Account == LedgerAccount.FeeIncome && r.Kind is EntryKind.Repayment or EntryKind.RepaymentReversal)
            .Sum(r => r.Credit - r.Debit);
        var repaid = CashOf(EntryKind.Repayment, EntryKind.RepaymentReversal) - fees;
        var capital = CashOf(EntryKind.Capital);
        var interest = CashOf(EntryKind.BankInterest);
        var other = CashOf(EntryKind.OtherIncome, EntryKind.Recovery);
        var disbursed = -CashOf(EntryKind.Disbursement);
        var grants = -CashOf(EntryKind.CoachingGrant);
        var withdrawn = -CashOf(EntryKind.CapitalWithdrawal);
        var closing = opening + capital + repaid + fees + interest + other - disbursed - grants - withdrawn;
        return new FundStatementDto(programId, start, end, opening, capital, repaid, fees, interest, other, disbursed, grants, withdrawn, closing, atTo,
            closing == atTo);
    }

    public async Task<JournalPage> JournalAsync(Guid programId, DateOnly? from, DateOnly? to, int page, CancellationToken ct)
    {
        var (start, end) = Period(from, to);
        var entries = db.JournalEntries.Where(e => e.ProgramId == programId && e.EntryDate >= start && e.EntryDate <= end);
        var total = await entries.CountAsync(ct);
        var p = Math.Max(1, page);
        var rows = await entries.OrderByDescending(e => e.EntryDate).ThenByDescending(e => e.Id)
            .Skip((p - 1) * JournalPageSize).Take(JournalPageSize)
            .Select(e => new JournalRow(e.Id, e.EntryDate, e.Kind, e.Description, e.Lines.Sum(l => l.Debit), e.LoanId, e.PostedAt))
            .ToListAsync(ct);
        return new JournalPage(rows, total, p, JournalPageSize);
    }

    /// <summary>A period: the start of this year to today unless given; the start may not be after the end.</summary>
    public (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to)
    {
        var end = to ?? clock.Today();
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (start > end)
        {
            throw new DomainException("fund.period", "To");
        }

        return (start, end);
    }

    /// <summary>Debit and credit per account through a date (all dates when null): one GROUP BY.</summary>
    private async Task<Dictionary<LedgerAccount, (decimal Debit, decimal Credit)>> SumsByAccountAsync(Guid programId, DateOnly? through, CancellationToken ct)
    {
        var sums = await ledger.Amounts(programId, through).GroupBy(l => l.Account)
            .Select(g => new { g.Key, Debit = g.Sum(x => x.Debit), Credit = g.Sum(x => x.Credit) })
            .ToListAsync(ct);
        return sums.ToDictionary(s => s.Key, s => (s.Debit, s.Credit));
    }
}

/// <summary>An amount of the ledger as the totals check reads it: from the totals and pending lines, or from every line.</summary>
public sealed class CheckedAmount
{
    public LedgerAccount Account { get; init; }
    public EntryKind Kind { get; init; }
    public bool FromLines { get; init; }
    public decimal Debit { get; init; }
    public decimal Credit { get; init; }
}
