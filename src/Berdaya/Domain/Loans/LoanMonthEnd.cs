using Berdaya.Domain.Common;

namespace Berdaya.Domain.Loans;

/// <summary>A loan's class and outstanding at a month's end: the history the allowance is estimated from (docs/domain.md, Allowance for losses).</summary>
public sealed class LoanMonthEnd : INotAudited
{
    private LoanMonthEnd() { }

    public LoanMonthEnd(DateOnly monthEnd, Loan loan)
    {
        MonthEnd = monthEnd;
        LoanId = loan.Id;
        ProgramId = loan.ProgramId;
        ProductId = loan.ProductId;
        Status = loan.Status;
        DaysPastDue = loan.DaysPastDue;
        Class = loan.Class;
        PrincipalOutstanding = loan.PrincipalOutstanding;
    }

    public DateOnly MonthEnd { get; private set; }
    public Guid LoanId { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid ProductId { get; private set; }
    public LoanStatus Status { get; private set; }
    public int DaysPastDue { get; private set; }
    public Collectibility Class { get; private set; }
    public decimal PrincipalOutstanding { get; private set; }
}
