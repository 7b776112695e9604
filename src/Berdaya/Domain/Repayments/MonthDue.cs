using Berdaya.Domain.Loans;

namespace Berdaya.Domain.Repayments;

/// <summary>
/// What one loan owes in a collection month, from its current schedule: the installments falling due
/// in the month, the unpaid remainder of those due before it (arrears), and the total to collect
/// (arrears plus the month's installments: <see cref="Loan.DueBy"/> at the month's last day).
/// </summary>
public sealed record MonthDue(
    IReadOnlyList<Installment> DueInMonth,
    decimal DueInMonthRemaining,
    decimal Arrears,
    decimal TotalDue,
    decimal Overdue,
    int DaysPastDue,
    Collectibility Class)
{
    public static MonthDue Of(Loan loan, CollectionMonth month, DateOnly today)
    {
        var schedule = loan.CurrentSchedule.ToList();
        var inMonth = schedule.Where(i => month.Contains(i.DueDate)).ToList();
        var arrears = schedule.Where(i => i.DueDate < month.First).Sum(i => i.Remaining);

        // Late today means an installment due before today is still unpaid (docs/domain.md, Arrears and collectibility).
        var overdue = schedule.Where(i => i.DueDate < today).Sum(i => i.Remaining);
        var (dpd, cls) = loan.StateAsOf(today);
        return new MonthDue(inMonth, inMonth.Sum(i => i.Remaining), arrears, loan.DueBy(month.Last), overdue, dpd, cls);
    }

    /// <summary>The month's installments are fully paid (a month with none due counts as paid).</summary>
    public bool MonthPaid => DueInMonthRemaining == 0;
}
