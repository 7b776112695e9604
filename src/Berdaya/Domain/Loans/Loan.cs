using Berdaya.Domain.Common;

namespace Berdaya.Domain.Loans;

/// <summary>
/// A partnership loan to one partner (pinjaman dana kemitraan): the terms it was made under, its
/// schedule and what has been paid. Money moves only through <see cref="Disburse"/>,
/// <see cref="Pay"/>, <see cref="Replay"/> (after a reversal), <see cref="Reschedule"/> and
/// <see cref="WriteOff"/>; each returns what the fund ledger must post.
/// </summary>
public sealed class Loan
{
    private readonly List<Installment> _installments = [];

    private Loan() { }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public Guid? GroupId { get; private set; }

    /// <summary>The approved decision it comes from; unique, so one decision is disbursed once.</summary>
    public Guid ProposalItemId { get; private set; }

    public Guid ProductId { get; private set; }
    public decimal Principal { get; private set; }
    public decimal AnnualRatePercent { get; private set; }
    public FeeMethod Method { get; private set; }
    public int TenorMonths { get; private set; }
    public int GraceMonths { get; private set; }
    public GraceKind Grace { get; private set; }
    public int DueDay { get; private set; }
    public bool IsSharia { get; private set; }
    public DateOnly DisbursedOn { get; private set; }
    public PaymentChannel Channel { get; private set; }
    public string? ChannelReference { get; private set; }
    public string DisbursedBy { get; private set; } = "";
    public DateTimeOffset DisbursedAt { get; private set; }

    public LoanStatus Status { get; private set; }

    /// <summary>Rises with each rescheduling; installments of older versions are kept, superseded.</summary>
    public int ScheduleVersion { get; private set; }

    /// <summary>The date the current schedule starts (disbursement or the last rescheduling).</summary>
    public DateOnly ScheduleStart { get; private set; }

    /// <summary>Principal and fee paid under earlier schedules (before the last rescheduling).</summary>
    public decimal CarriedPrincipalPaid { get; private set; }

    public decimal CarriedFeePaid { get; private set; }

    public decimal PrincipalPaid { get; private set; }
    public decimal FeePaid { get; private set; }

    /// <summary>Principal still owed: the claim. On the books while the loan is active.</summary>
    public decimal PrincipalOutstanding { get; private set; }

    /// <summary>Fees of the current schedule not paid yet (due or not).</summary>
    public decimal FeeOutstanding { get; private set; }

    /// <summary>Due date of the oldest installment not fully paid; null when all are paid.</summary>
    public DateOnly? OldestUnpaidDueDate { get; private set; }

    /// <summary>Latest payment date; the daily close trusts the stored state only for dates on or after it.</summary>
    public DateOnly? LastPaidOn { get; private set; }

    /// <summary>
    /// As of the latest daily close (or live on disbursement and payment); set by the close in SQL.
    /// </summary>
    public int DaysPastDue { get; private set; }

    public Collectibility Class { get; private set; } = Collectibility.Current;

    /// <summary>
    /// The business date the stored days past due were last changed for: the close leaves a loan whose
    /// figures did not move untouched, so they also hold for every later close up to the latest.
    /// </summary>
    public DateOnly? ClassifiedOn { get; private set; }

    public DateOnly? RepaidOn { get; private set; }
    public WriteOffKind? WriteOffKind { get; private set; }
    public DateOnly? WrittenOffOn { get; private set; }
    public string? WriteOffReference { get; private set; }
    public decimal WrittenOffPrincipal { get; private set; }

    /// <summary>Optimistic concurrency token: two payments on one loan can never both apply to the same state.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<Installment> Installments => _installments;

    public IEnumerable<Installment> CurrentSchedule =>
        _installments.Where(i => i.ScheduleVersion == ScheduleVersion).OrderBy(i => i.Number);

    /// <summary>Everything still owed on the current schedule: unpaid fees and principal, due or not.</summary>
    public decimal TotalOwed => PrincipalOutstanding + FeeOutstanding;

    public static Loan Disburse(LoanProduct product, Disbursement d, DateOnly today, string by, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        if (!product.IsActive || !product.IsCurrent || product.ProgramId != d.ProgramId)
        {
            errors.Add(new DomainException("loan.product.unavailable", "ProductId"));
        }

        Rupiah.Check(d.Amount, "Amount", errors);
        if (d.Amount > d.ApprovedAmount)
        {
            errors.Add(new DomainException("loan.principal.approved", "Amount", ErrorKind.Validation, d.ApprovedAmount));
        }

        errors.AddRange(product.Check(d.Amount, d.TenorMonths, d.GraceMonths));
        CheckDate(d.DisbursedOn, null, today, "DisbursedOn", errors);
        PaymentChannels.Check(d.Channel, d.Reference, errors);

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var id = Guid.CreateVersion7();
        var loan = new Loan
        {
            Id = id,
            Number = $"PK-{d.DisbursedOn:yyyyMMdd}-{id.ToString("N")[^12..].ToUpperInvariant()}",
            ProgramId = d.ProgramId,
            PartnerId = d.PartnerId,
            GroupId = d.GroupId,
            ProposalItemId = d.ProposalItemId,
            ProductId = product.Id,
            Principal = d.Amount,
            AnnualRatePercent = product.AnnualRatePercent,
            Method = product.Method,
            TenorMonths = d.TenorMonths,
            GraceMonths = d.GraceMonths,
            Grace = product.Grace,
            DueDay = product.DueDay,
            IsSharia = product.IsSharia,
            DisbursedOn = d.DisbursedOn,
            Channel = d.Channel,
            ChannelReference = string.IsNullOrWhiteSpace(d.Reference) ? null : d.Reference.Trim(),
            DisbursedBy = by,
            DisbursedAt = at,
            Status = LoanStatus.Active,
            ScheduleVersion = 1,
            ScheduleStart = d.DisbursedOn,
            Version = 1,
        };
        var schedule = RepaymentSchedule.Calculate(loan.Terms(d.Amount, d.TenorMonths, d.GraceMonths, d.DisbursedOn));
        loan._installments.AddRange(schedule.Select(s => new Installment(loan.Id, 1, s)));
        loan.Refresh(today);
        return loan;
    }

    public ScheduleTerms Terms(decimal principal, int tenorMonths, int graceMonths, DateOnly start) =>
        new(principal, AnnualRatePercent, Method, tenorMonths, graceMonths, Grace, start, DueDay);

    /// <summary>
    /// Applies a payment in the order of <see cref="PaymentAllocation"/>. Partial payments and payments
    /// ahead of schedule are allowed; more than everything still owed is refused with the amount owed.
    /// </summary>
    public IReadOnlyList<Allocation> Pay(decimal amount, DateOnly paidOn, DateOnly today)
    {
        RequireActive();
        var errors = new List<DomainException>();
        Rupiah.Check(amount, "Amount", errors);
        CheckDate(paidOn, ScheduleStart, today, "PaidOn", errors);
        if (errors.Count == 0 && amount > TotalOwed)
        {
            errors.Add(new DomainException("repayment.above.owed", "Amount", ErrorKind.Validation, TotalOwed));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var allocations = Allocate(amount, paidOn);
        LastPaidOn = LastPaidOn is { } last && last > paidOn ? last : paidOn;
        Refresh(today);
        return allocations;
    }

    /// <summary>
    /// Recomputes the current schedule from the payments that still stand, in the order they were
    /// made (after a reversal: the reversed payment is left out and the later ones may pay other
    /// installments). Returns each payment's new allocation.
    /// </summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Allocation>> Replay(IReadOnlyList<(Guid PaymentId, decimal Amount, DateOnly PaidOn)> standing, DateOnly today)
    {
        if (Status == LoanStatus.WrittenOff)
        {
            throw new DomainException("loan.writtenoff", null, ErrorKind.Conflict);
        }

        foreach (var i in CurrentSchedule)
        {
            i.ResetPaid();
        }

        Status = LoanStatus.Active;
        RepaidOn = null;
        LastPaidOn = null;
        Refresh(today);
        var result = new Dictionary<Guid, IReadOnlyList<Allocation>>();
        foreach (var (id, amount, paidOn) in standing)
        {
            result[id] = Allocate(amount, paidOn);
            LastPaidOn = LastPaidOn is { } last && last > paidOn ? last : paidOn;
            Refresh(today);
        }

        return result;
    }

    /// <summary>
    /// Restructuring: a new schedule from the principal outstanding, starting on <paramref name="on"/>;
    /// unpaid fees already due move to the first new installment. The old schedule is kept, superseded.
    /// </summary>
    public LoanReschedule Reschedule(int tenorMonths, int graceMonths, DateOnly on, string? reason, DateOnly today, string by, DateTimeOffset at)
    {
        RequireActive();
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainException("field.required", "Reason"));
        }

        CheckDate(on, LastPaidOn is { } lp && lp > ScheduleStart ? lp : ScheduleStart, today, "On", errors);
        if (PrincipalOutstanding <= 0)
        {
            errors.Add(new DomainException("loan.reschedule.nothing", null, ErrorKind.Conflict));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var schedule = RepaymentSchedule.Calculate(Terms(PrincipalOutstanding, tenorMonths, graceMonths, on));
        var carriedFee = CurrentSchedule.Where(i => i.DueDate <= on).Sum(i => i.Fee - i.FeePaid);
        var record = new LoanReschedule(Id, ScheduleVersion, ScheduleVersion + 1, on, reason!.Trim(), PrincipalOutstanding, carriedFee,
            TenorMonths, tenorMonths, by, at);
        CarriedPrincipalPaid = PrincipalPaid;
        CarriedFeePaid = FeePaid;
        ScheduleVersion++;
        ScheduleStart = on;
        TenorMonths = tenorMonths;
        GraceMonths = graceMonths;
        var first = true;
        foreach (var s in schedule)
        {
            var line = first && carriedFee > 0 ? s with { Fee = s.Fee + carriedFee } : s;
            _installments.Add(new Installment(Id, ScheduleVersion, line));
            first = false;
        }

        Refresh(today);
        return record;
    }

    /// <summary>
    /// Write-off by a decision with a reference (docs/domain.md, Rescheduling and write-off): hapus buku takes the principal off the
    /// books and keeps the claim; hapus tagih extinguishes it. A hapus buku loan may later be extinguished.
    /// Returns the principal taken off the books (zero for extinguishing a hapus buku loan).
    /// </summary>
    public decimal WriteOff(WriteOffKind kind, string? reference, DateOnly on, DateOnly today)
    {
        var errors = new List<DomainException>();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainException("loan.writeoff.kind", "Kind"));
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            errors.Add(new DomainException("loan.writeoff.reference", "Reference"));
        }

        CheckDate(on, DisbursedOn, today, "On", errors);
        var bookToExtinguish = Status == LoanStatus.WrittenOff && WriteOffKind == Loans.WriteOffKind.Book && kind == Loans.WriteOffKind.Extinguish;
        if (Status != LoanStatus.Active && !bookToExtinguish)
        {
            throw new DomainException(Status == LoanStatus.Repaid ? "loan.repaid" : "loan.writtenoff", null, ErrorKind.Conflict);
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        WriteOffKind = kind;
        WrittenOffOn = on;
        WriteOffReference = reference!.Trim();
        Version++;
        if (bookToExtinguish)
        {
            return 0;
        }

        Status = LoanStatus.WrittenOff;
        WrittenOffPrincipal = PrincipalOutstanding;
        return PrincipalOutstanding;
    }

    /// <summary>Days past due and class as of any date, from when each installment was fully paid.</summary>
    public (int DaysPastDue, Collectibility Class) StateAsOf(DateOnly date)
    {
        var oldest = CurrentSchedule
            .Where(i => i.DueDate <= date && (i.PaidOffOn is null || i.PaidOffOn > date))
            .Select(i => (DateOnly?)i.DueDate)
            .FirstOrDefault();
        var dpd = Status == LoanStatus.Repaid && RepaidOn <= date ? 0 : Arrears.DaysPastDue(date, oldest);
        return (dpd, Arrears.ClassOf(dpd));
    }

    /// <summary>What is due up to a date and not paid yet (arrears plus installments due by then).</summary>
    public decimal DueBy(DateOnly date) => CurrentSchedule.Where(i => i.DueDate <= date).Sum(i => i.Remaining);

    /// <summary>Sets the stored class as of a business date (the daily close does the same in SQL).</summary>
    public void Classify(DateOnly asOf)
    {
        (DaysPastDue, Class) = StateAsOf(asOf);
        ClassifiedOn = asOf;
    }

    private List<Allocation> Allocate(decimal amount, DateOnly paidOn)
    {
        var schedule = CurrentSchedule.ToList();
        var (parts, left) = PaymentAllocation.Split(amount, schedule.Select(i => new PaymentAllocation.Owed(i.Fee - i.FeePaid, i.Principal - i.PrincipalPaid)).ToList());
        if (left != 0)
        {
            throw new DomainException("repayment.above.owed", "Amount", ErrorKind.Validation, amount - left);
        }

        var result = new List<Allocation>(parts.Count);
        foreach (var part in parts)
        {
            var installment = schedule[part.Index];
            installment.Apply(part.Fee, part.Principal, paidOn);
            result.Add(new Allocation(installment.Id, installment.Number, part.Fee, part.Principal));
        }

        return result;
    }

    private void Refresh(DateOnly today)
    {
        var current = CurrentSchedule.ToList();
        PrincipalPaid = CarriedPrincipalPaid + current.Sum(i => i.PrincipalPaid);
        FeePaid = CarriedFeePaid + current.Sum(i => i.FeePaid);
        PrincipalOutstanding = current.Sum(i => i.Principal - i.PrincipalPaid);
        FeeOutstanding = current.Sum(i => i.Fee - i.FeePaid);
        OldestUnpaidDueDate = current.FirstOrDefault(i => i.Remaining > 0)?.DueDate;
        if (Status == LoanStatus.Active && TotalOwed == 0)
        {
            Status = LoanStatus.Repaid;
            RepaidOn = LastPaidOn;
        }

        Classify(today);
        Version++;
    }

    private void RequireActive()
    {
        if (Status != LoanStatus.Active)
        {
            throw new DomainException(Status == LoanStatus.Repaid ? "loan.repaid" : "loan.writtenoff", null, ErrorKind.Conflict);
        }
    }

    /// <summary>A money date may not be in the future, nor before the loan (or its schedule) began.</summary>
    public static void CheckDate(DateOnly date, DateOnly? notBefore, DateOnly today, string field, List<DomainException> errors)
    {
        if (date == default)
        {
            errors.Add(new DomainException("field.required", field));
        }
        else if (date > today)
        {
            errors.Add(new DomainException("date.future", field));
        }
        else if (date < BusinessCalendar.Earliest || (notBefore is { } nb && date < nb))
        {
            var floor = notBefore is { } n && n > BusinessCalendar.Earliest ? n : BusinessCalendar.Earliest;
            errors.Add(new DomainException("loan.date.before", field, ErrorKind.Validation, floor));
        }
    }
}

/// <summary>What an officer enters to disburse an approved decision.</summary>
public sealed record Disbursement(Guid ProgramId, Guid PartnerId, Guid? GroupId, Guid ProposalItemId, decimal ApprovedAmount,
    decimal Amount, int TenorMonths, int GraceMonths, DateOnly DisbursedOn, PaymentChannel Channel, string? Reference);

/// <summary>The part of one payment that went to one installment.</summary>
public sealed record Allocation(Guid InstallmentId, int InstallmentNumber, decimal Fee, decimal Principal);

/// <summary>One scheduled monthly payment (angsuran) and what has been paid on it.</summary>
public sealed class Installment : INotAudited
{
    private Installment() { }

    internal Installment(Guid loanId, int scheduleVersion, ScheduledInstallment s)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        ScheduleVersion = scheduleVersion;
        Number = s.Number;
        DueDate = s.DueDate;
        Principal = s.Principal;
        Fee = s.Fee;
    }

    public Guid Id { get; private set; }
    public Guid LoanId { get; private set; }
    public int ScheduleVersion { get; private set; }
    public int Number { get; private set; }
    public DateOnly DueDate { get; private set; }
    public decimal Principal { get; private set; }
    public decimal Fee { get; private set; }
    public decimal PrincipalPaid { get; private set; }
    public decimal FeePaid { get; private set; }
    public DateOnly? LastPaidOn { get; private set; }

    /// <summary>The date of the payment that completed it: on time when on or before the due date (docs/domain.md, Arrears and collectibility).</summary>
    public DateOnly? PaidOffOn { get; private set; }

    public decimal Total => Principal + Fee;
    public decimal Remaining => Total - PrincipalPaid - FeePaid;
    public bool OnTime => PaidOffOn is { } p && p <= DueDate;

    internal void Apply(decimal fee, decimal principal, DateOnly paidOn)
    {
        FeePaid += fee;
        PrincipalPaid += principal;
        LastPaidOn = LastPaidOn is { } last && last > paidOn ? last : paidOn;
        if (Remaining == 0)
        {
            PaidOffOn = LastPaidOn;
        }
    }

    internal void ResetPaid()
    {
        FeePaid = 0;
        PrincipalPaid = 0;
        LastPaidOn = null;
        PaidOffOn = null;
    }
}

/// <summary>A restructuring: the schedule it replaced, why, and what moved to the new one.</summary>
public sealed class LoanReschedule
{
    private LoanReschedule() { }

    internal LoanReschedule(Guid loanId, int fromVersion, int toVersion, DateOnly on, string reason, decimal principal, decimal carriedFee,
        int fromTenor, int toTenor, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        FromVersion = fromVersion;
        ToVersion = toVersion;
        On = on;
        Reason = reason;
        PrincipalOutstanding = principal;
        CarriedFee = carriedFee;
        FromTenorMonths = fromTenor;
        ToTenorMonths = toTenor;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid LoanId { get; private set; }
    public int FromVersion { get; private set; }
    public int ToVersion { get; private set; }
    public DateOnly On { get; private set; }
    public string Reason { get; private set; } = "";
    public decimal PrincipalOutstanding { get; private set; }
    public decimal CarriedFee { get; private set; }
    public int FromTenorMonths { get; private set; }
    public int ToTenorMonths { get; private set; }
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}

public enum LoanStatus
{
    Active = 1,
    Repaid = 2,
    WrittenOff = 3,
}

public enum WriteOffKind
{
    /// <summary>Hapus buku: off the books, the claim is kept and still collectable.</summary>
    Book = 1,

    /// <summary>Hapus tagih: the claim is extinguished.</summary>
    Extinguish = 2,
}

public enum PaymentChannel
{
    Cash = 1,
    BankTransfer = 2,
}

/// <summary>How money is paid out or received, checked the same way for disbursements, payments and collection sheets.</summary>
public static class PaymentChannels
{
    /// <summary>A known channel; a bank transfer needs its reference so the money can be traced.</summary>
    public static void Check(PaymentChannel channel, string? reference, List<DomainException> errors)
    {
        if (!Enum.IsDefined(channel))
        {
            errors.Add(new DomainException("loan.channel", "Channel"));
        }
        else if (channel == PaymentChannel.BankTransfer && string.IsNullOrWhiteSpace(reference))
        {
            errors.Add(new DomainException("loan.channel.reference", "Reference"));
        }
    }
}
