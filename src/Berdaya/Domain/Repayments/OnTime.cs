using Berdaya.Domain.Loans;

namespace Berdaya.Domain.Repayments;

public enum OnTimeStatus
{
    /// <summary>Fully paid by its due date.</summary>
    OnTime = 1,

    /// <summary>Paid after its due date, or past due and still unpaid.</summary>
    Late = 2,

    /// <summary>Not due yet (or due today) and not fully paid: it can still be on time.</summary>
    Pending = 3,
}

/// <summary>One installment month of a partner's record.</summary>
public sealed record OnTimeMonth(string Month, DateOnly DueDate, Guid LoanId, string LoanNumber, int InstallmentNumber, decimal Total,
    DateOnly? PaidOffOn, OnTimeStatus Status);

/// <summary>
/// A partner's on-time repayment record (docs/domain.md, Arrears and collectibility: a month is on time when its installment was
/// fully paid by its due date; exhibitions and rewards go to partners with an unbroken record).
/// </summary>
public static class OnTime
{
    public static OnTimeStatus StatusOf(DateOnly dueDate, DateOnly? paidOffOn, DateOnly today) => paidOffOn switch
    {
        { } paid => paid <= dueDate ? OnTimeStatus.OnTime : OnTimeStatus.Late,

        // Due today is not late yet, as in the days-past-due count.
        null => dueDate < today ? OnTimeStatus.Late : OnTimeStatus.Pending,
    };

    /// <summary>
    /// The months of a loan, oldest first: its current schedule, and the installments of replaced
    /// schedules that fell due before the rescheduling (they were owed then, so they count).
    /// </summary>
    public static IEnumerable<OnTimeMonth> Months(Loan loan, DateOnly today) =>
        Counting(loan)
            .Select(i => new OnTimeMonth(CollectionMonth.Of(i.DueDate).ToString(), i.DueDate, loan.Id, loan.Number, i.Number, i.Total, i.PaidOffOn,
                StatusOf(i.DueDate, i.PaidOffOn, today)));

    /// <summary>
    /// The installments that count, oldest first: the current schedule's, and those of replaced schedules that fell due
    /// before the rescheduling.
    /// </summary>
    public static IEnumerable<Installment> Counting(Loan loan) =>
        loan.Installments.Where(i => i.ScheduleVersion == loan.ScheduleVersion || i.DueDate < loan.ScheduleStart)
            .OrderBy(i => i.DueDate).ThenBy(i => i.ScheduleVersion).ThenBy(i => i.Number);

    /// <summary>On-time months in a row up to the latest decided month (months not due yet are left out).</summary>
    public static int Streak(IEnumerable<OnTimeMonth> months)
    {
        var streak = 0;
        foreach (var m in months.Where(m => m.Status != OnTimeStatus.Pending).OrderByDescending(m => m.DueDate))
        {
            if (m.Status != OnTimeStatus.OnTime)
            {
                break;
            }

            streak++;
        }

        return streak;
    }
}
