using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;

namespace Berdaya.Domain.Fund;

/// <summary>The accounts of a program's revolving fund (docs/domain.md, The ledger). Codes follow the usual chart: 1 assets, 3 equity, 4 income, 5 expenses.</summary>
public enum LedgerAccount
{
    /// <summary>Kas dan bank: money available to lend.</summary>
    Cash = 1100,

    /// <summary>Piutang pinjaman mitra: principal lent and not yet repaid.</summary>
    LoansReceivable = 1300,

    /// <summary>Penyisihan piutang (contra asset).</summary>
    Allowance = 1390,

    /// <summary>Dana yang dialokasikan: capital the operator put into the fund.</summary>
    Capital = 3100,

    /// <summary>Pendapatan jasa administrasi (or margin for sharia products).</summary>
    FeeIncome = 4100,

    /// <summary>Jasa giro / bunga bank.</summary>
    BankInterest = 4200,

    /// <summary>Other income, including recoveries of written-off loans.</summary>
    OtherIncome = 4300,

    /// <summary>Dana pembinaan: coaching grants (not repaid).</summary>
    CoachingGrants = 5100,

    /// <summary>Beban penyisihan piutang.</summary>
    AllowanceExpense = 5200,

    /// <summary>Piutang dihapusbukukan.</summary>
    WriteOffs = 5300,
}

public enum EntryKind
{
    Capital = 1,
    Disbursement = 2,
    Repayment = 3,
    RepaymentReversal = 4,
    WriteOff = 5,
    BankInterest = 6,
    CoachingGrant = 7,
    OtherIncome = 8,
    Allowance = 9,
    Recovery = 10,
    CapitalWithdrawal = 11,
}

/// <summary>
/// One financial event as balanced debit and credit lines (double entry). Entries are never edited or
/// deleted; a mistake is corrected by another entry.
/// </summary>
public sealed class JournalEntry
{
    private readonly List<JournalLine> _lines = [];

    private JournalEntry() { }

    private JournalEntry(Guid programId, DateOnly entryDate, EntryKind kind, string description, Guid? loanId, Guid? repaymentId,
        string postedBy, DateTimeOffset postedAt, params (LedgerAccount Account, decimal Debit, decimal Credit)[] lines)
    {
        var nonZero = lines.Where(l => l.Debit != 0 || l.Credit != 0).ToList();
        if (nonZero.Count < 2 || nonZero.Any(l => l.Debit < 0 || l.Credit < 0 || (l.Debit != 0 && l.Credit != 0)))
        {
            throw new InvalidOperationException("A journal entry needs at least two one-sided, non-negative lines.");
        }

        if (nonZero.Sum(l => l.Debit) != nonZero.Sum(l => l.Credit))
        {
            throw new InvalidOperationException("A journal entry must balance.");
        }

        Id = Guid.CreateVersion7();
        ProgramId = programId;
        EntryDate = entryDate;
        Kind = kind;
        Description = description;
        LoanId = loanId;
        RepaymentId = repaymentId;
        PostedBy = postedBy;
        PostedAt = postedAt;
        _lines.AddRange(nonZero.Select(l => new JournalLine(Id, programId, entryDate, l.Account, l.Debit, l.Credit)));
    }

    /// <summary>Money lent: the receivable rises, cash falls, on the disbursement date.</summary>
    public static JournalEntry ForDisbursement(Loan loan, string by, DateTimeOffset at) =>
        new(loan.ProgramId, loan.DisbursedOn, EntryKind.Disbursement, loan.Number, loan.Id, null, by, at, Postings.Disbursement(loan.Principal));

    /// <summary>A payment as it was allocated (fee and principal parts), on the date it was paid.</summary>
    public static JournalEntry ForRepayment(Loan loan, Repayment repayment, string by, DateTimeOffset at) =>
        repayment.Kind == RepaymentKind.Payment
            ? new(loan.ProgramId, repayment.PaidOn, EntryKind.Repayment, repayment.ReceiptNumber, loan.Id, repayment.Id, by, at,
                Postings.Repayment(repayment.FeePart, repayment.PrincipalPart))
            : throw new InvalidOperationException("A reversal is posted with ForReversal.");

    /// <summary>A reversal takes back the fee and principal the replay moved, on the day it is recorded.</summary>
    public static JournalEntry ForReversal(Loan loan, Repayment reversal, string by, DateTimeOffset at) =>
        reversal.Kind == RepaymentKind.Reversal
            ? new(loan.ProgramId, reversal.PaidOn, EntryKind.RepaymentReversal, reversal.ReceiptNumber, loan.Id, reversal.Id, by, at,
                Postings.Reversal(reversal.FeePart, reversal.PrincipalPart))
            : throw new InvalidOperationException("A payment is posted with ForRepayment.");

    /// <summary>The principal a write-off took off the books, on the write-off date with the decision's reference.</summary>
    public static JournalEntry ForWriteOff(Loan loan, decimal principal, string by, DateTimeOffset at) =>
        new(loan.ProgramId, loan.WrittenOffOn ?? throw new InvalidOperationException("The loan is not written off."), EntryKind.WriteOff,
            $"{loan.Number} {loan.WriteOffReference}", loan.Id, null, by, at, Postings.WriteOff(principal));

    /// <summary>Money into or out of the fund that is not a loan (<see cref="Postings.FundMovement"/>).</summary>
    public static JournalEntry ForFundMovement(Guid programId, DateOnly on, EntryKind kind, decimal amount, string description, string by,
        DateTimeOffset at) =>
        new(programId, on, kind, description, null, null, by, at, Postings.FundMovement(kind, amount));

    /// <summary>The month end's change to the allowance for losses (<see cref="Postings.Allowance"/>).</summary>
    public static JournalEntry ForAllowance(Guid programId, DateOnly monthEnd, decimal change, string by, DateTimeOffset at) =>
        new(programId, monthEnd, EntryKind.Allowance, "Penyisihan piutang " + monthEnd.ToString("yyyy-MM", CultureInfo.InvariantCulture), null, null,
            by, at, Postings.Allowance(change));

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public DateOnly EntryDate { get; private set; }
    public EntryKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public Guid? LoanId { get; private set; }
    public Guid? RepaymentId { get; private set; }
    public string PostedBy { get; private set; } = "";
    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>
    /// The daily-close run that added this entry's lines to the ledger day totals; null while they are
    /// not in them yet (only the close sets it, so an entry is counted in the totals or as pending, never both).
    /// </summary>
    public Guid? TotalsRunId { get; private set; }

    public IReadOnlyList<JournalLine> Lines => _lines;

    public decimal Amount => _lines.Sum(l => l.Debit);
}

/// <summary>One side of an entry. Program and date are repeated here so balances are one indexed sum.</summary>
public sealed class JournalLine : INotAudited
{
    private JournalLine() { }

    internal JournalLine(Guid entryId, Guid programId, DateOnly entryDate, LedgerAccount account, decimal debit, decimal credit)
    {
        Id = Guid.CreateVersion7();
        EntryId = entryId;
        ProgramId = programId;
        EntryDate = entryDate;
        Account = account;
        Debit = debit;
        Credit = credit;
    }

    public Guid Id { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid ProgramId { get; private set; }
    public DateOnly EntryDate { get; private set; }
    public LedgerAccount Account { get; private set; }
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }
}

/// <summary>The lines each event posts (docs/domain.md, The ledger), in one place so they stay consistent.</summary>
public static class Postings
{
    public static (LedgerAccount, decimal, decimal)[] Disbursement(decimal principal) =>
        [(LedgerAccount.LoansReceivable, principal, 0), (LedgerAccount.Cash, 0, principal)];

    public static (LedgerAccount, decimal, decimal)[] Repayment(decimal fee, decimal principal) =>
        [(LedgerAccount.Cash, fee + principal, 0), (LedgerAccount.FeeIncome, 0, fee), (LedgerAccount.LoansReceivable, 0, principal)];

    public static (LedgerAccount, decimal, decimal)[] Reversal(decimal fee, decimal principal) =>
        [(LedgerAccount.FeeIncome, fee, 0), (LedgerAccount.LoansReceivable, principal, 0), (LedgerAccount.Cash, 0, fee + principal)];

    public static (LedgerAccount, decimal, decimal)[] WriteOff(decimal principal) =>
        [(LedgerAccount.WriteOffs, principal, 0), (LedgerAccount.LoansReceivable, 0, principal)];

    /// <summary>Money into or out of the fund that is not a loan: capital, bank interest, grants, other income.</summary>
    public static (LedgerAccount, decimal, decimal)[] FundMovement(EntryKind kind, decimal amount) => kind switch
    {
        EntryKind.Capital => [(LedgerAccount.Cash, amount, 0), (LedgerAccount.Capital, 0, amount)],
        EntryKind.CapitalWithdrawal => [(LedgerAccount.Capital, amount, 0), (LedgerAccount.Cash, 0, amount)],
        EntryKind.BankInterest => [(LedgerAccount.Cash, amount, 0), (LedgerAccount.BankInterest, 0, amount)],
        EntryKind.OtherIncome or EntryKind.Recovery => [(LedgerAccount.Cash, amount, 0), (LedgerAccount.OtherIncome, 0, amount)],
        EntryKind.CoachingGrant => [(LedgerAccount.CoachingGrants, amount, 0), (LedgerAccount.Cash, 0, amount)],
        _ => throw new DomainException("fund.kind", "Kind"),
    };

    /// <summary>Raises (positive) or releases (negative) the allowance for losses.</summary>
    public static (LedgerAccount, decimal, decimal)[] Allowance(decimal change) => change >= 0
        ? [(LedgerAccount.AllowanceExpense, change, 0), (LedgerAccount.Allowance, 0, change)]
        : [(LedgerAccount.Allowance, -change, 0), (LedgerAccount.AllowanceExpense, 0, -change)];

    /// <summary>Debit-normal accounts (assets, expenses) show debit − credit; the others credit − debit.</summary>
    public static bool IsDebitNormal(LedgerAccount a) => a is LedgerAccount.Cash or LedgerAccount.LoansReceivable
        or LedgerAccount.CoachingGrants or LedgerAccount.AllowanceExpense or LedgerAccount.WriteOffs;
}
