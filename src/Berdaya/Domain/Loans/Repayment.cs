using Berdaya.Domain.Common;

namespace Berdaya.Domain.Loans;

/// <summary>
/// Money received on a loan, or the reversal of such a receipt. Never edited or deleted
/// (docs/domain.md, Reversal): a mistake is undone by a reversal row with a reason, and the loan is
/// recomputed.
/// </summary>
public sealed class Repayment
{
    private readonly List<RepaymentAllocation> _allocations = [];

    private Repayment() { }

    public static Repayment Payment(Loan loan, decimal amount, DateOnly paidOn, PaymentChannel channel, string? reference, string receivedBy,
        Guid? collectionSheetId, IReadOnlyList<Allocation> allocations, string recordedBy, DateTimeOffset at, int receiptSequence)
    {
        var r = new Repayment
        {
            Id = Guid.CreateVersion7(),
            LoanId = loan.Id,
            ProgramId = loan.ProgramId,
            Kind = RepaymentKind.Payment,
            Amount = amount,
            PaidOn = paidOn,
            Channel = channel,
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
            ReceivedBy = receivedBy.Trim(),
            CollectionSheetId = collectionSheetId,
            RecordedBy = recordedBy,
            RecordedAt = at,
            FeePart = allocations.Sum(a => a.Fee),
            PrincipalPart = allocations.Sum(a => a.Principal),
        };
        r.ReceiptNumber = ReceiptNumbering.Format(RepaymentKind.Payment, paidOn, receiptSequence);
        r.SetAllocations(allocations);
        return r;
    }

    /// <summary>
    /// Reverses this payment. <paramref name="feeBack"/> and <paramref name="principalBack"/> are what
    /// the loan's recomputation took back (they sum to the amount; the split may differ from the
    /// original when later payments moved to other installments). <paramref name="receiptSequence"/> is the
    /// reversal's running number of the day (<see cref="ReceiptNumbering"/>).
    /// </summary>
    public Repayment Reverse(string? reason, DateOnly on, decimal feeBack, decimal principalBack, string by, DateTimeOffset at, int receiptSequence)
    {
        if (Kind != RepaymentKind.Payment)
        {
            throw new DomainException("repayment.reverse.reversal", null, ErrorKind.Conflict);
        }

        if (ReversedById is not null)
        {
            throw new DomainException("repayment.reversed", null, ErrorKind.Conflict);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException([new DomainException("field.required", "Reason")]);
        }

        var reversal = new Repayment
        {
            Id = Guid.CreateVersion7(),
            LoanId = LoanId,
            ProgramId = ProgramId,
            Kind = RepaymentKind.Reversal,
            Amount = Amount,
            PaidOn = on,
            Channel = Channel,
            ReceivedBy = ReceivedBy,
            ReversalOfId = Id,
            Reason = reason.Trim(),
            RecordedBy = by,
            RecordedAt = at,
            FeePart = feeBack,
            PrincipalPart = principalBack,
        };
        reversal.ReceiptNumber = ReceiptNumbering.Format(RepaymentKind.Reversal, on, receiptSequence);
        ReversedById = reversal.Id;
        _allocations.Clear();
        return reversal;
    }

    public Guid Id { get; private set; }
    public Guid LoanId { get; private set; }
    public Guid ProgramId { get; private set; }
    public RepaymentKind Kind { get; private set; }

    /// <summary>Always positive; a reversal's amount is the amount it takes back.</summary>
    public decimal Amount { get; private set; }

    public DateOnly PaidOn { get; private set; }
    public PaymentChannel Channel { get; private set; }
    public string? Reference { get; private set; }

    /// <summary>Who took the money (the treasurer, an officer), as written on the receipt.</summary>
    public string ReceivedBy { get; private set; } = "";

    public string ReceiptNumber { get; private set; } = "";
    public Guid? CollectionSheetId { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The split posted to the ledger when it was recorded.</summary>
    public decimal FeePart { get; private set; }

    public decimal PrincipalPart { get; private set; }
    public Guid? ReversalOfId { get; private set; }
    public Guid? ReversedById { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>How the payment is applied now (it may move when an earlier payment is reversed).</summary>
    public IReadOnlyList<RepaymentAllocation> Allocations => _allocations;

    public bool IsStanding => Kind == RepaymentKind.Payment && ReversedById is null;

    public void SetAllocations(IReadOnlyList<Allocation> allocations)
    {
        _allocations.Clear();
        _allocations.AddRange(allocations.Select(a => new RepaymentAllocation(Id, a)));
    }
}

public enum RepaymentKind
{
    Payment = 1,
    Reversal = 2,
}

/// <summary>The part of a payment applied to one installment (derived: recomputed after a reversal).</summary>
public sealed class RepaymentAllocation : INotAudited
{
    private RepaymentAllocation() { }

    internal RepaymentAllocation(Guid repaymentId, Allocation a)
    {
        Id = Guid.CreateVersion7();
        RepaymentId = repaymentId;
        InstallmentId = a.InstallmentId;
        InstallmentNumber = a.InstallmentNumber;
        Fee = a.Fee;
        Principal = a.Principal;
    }

    public Guid Id { get; private set; }
    public Guid RepaymentId { get; private set; }
    public Guid InstallmentId { get; private set; }
    public int InstallmentNumber { get; private set; }
    public decimal Fee { get; private set; }
    public decimal Principal { get; private set; }
}
