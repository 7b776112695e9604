namespace Berdaya.Features.Loans;

/// <summary>Where an installment stands on the loan card, written out beside it.</summary>
public enum InstallmentState
{
    NotDue,
    PartPaid,
    Overdue,
    PaidOnTime,
    PaidLate,
    Replaced,
}

/// <summary>
/// Installments as the loan card's compact table shows them. <see cref="Id"/> is the table's id;
/// none for a schedule replaced by a rescheduling, whose unpaid rows are no longer owed.
/// </summary>
public sealed record ScheduleRowsView(IReadOnlyList<InstallmentRow> Rows, DateOnly AsOf, string? Id)
{
    public InstallmentState StateOf(InstallmentRow i) => i switch
    {
        { PaidOffOn: not null, OnTime: true } => InstallmentState.PaidOnTime,
        { PaidOffOn: not null } => InstallmentState.PaidLate,
        _ when Id is null => InstallmentState.Replaced,
        _ when i.DueDate < AsOf => InstallmentState.Overdue,
        _ when i.PrincipalPaid + i.FeePaid > 0 => InstallmentState.PartPaid,
        _ => InstallmentState.NotDue,
    };
}

/// <summary>Payments as the loan card lists them, with the reversal form of the one that was posted and refused.</summary>
public sealed record RepaymentRowsView(Guid LoanId, IReadOnlyList<RepaymentRow> Rows, string FeeLabel, bool MayReverse, Guid? ReverseOpen, string? Reason)
{
    /// <summary>The installments a payment went to, "5" or "4–6", for the line's summary.</summary>
    public static string Installments(RepaymentRow r)
    {
        if (r.Allocations.Count == 0)
        {
            return "";
        }

        var first = r.Allocations.Min(a => a.InstallmentNumber);
        var last = r.Allocations.Max(a => a.InstallmentNumber);
        return first == last ? $"{first}" : $"{first}–{last}";
    }
}
