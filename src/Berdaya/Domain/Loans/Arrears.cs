namespace Berdaya.Domain.Loans;

/// <summary>
/// Days past due and the class they put a loan in. The daily close repeats <see cref="ClassOf"/> in SQL
/// with these same bounds as parameters; a test holds both to the same answers.
/// </summary>
public static class Arrears
{
    /// <summary>The last day past due of each class but Loss: 30, 180, 270 (docs/domain.md, Arrears and collectibility).</summary>
    public const int CurrentUpTo = 30;

    public const int SubstandardUpTo = 180;
    public const int DoubtfulUpTo = 270;

    public static Collectibility ClassOf(int daysPastDue) => daysPastDue switch
    {
        <= CurrentUpTo => Collectibility.Current,
        <= SubstandardUpTo => Collectibility.Substandard,
        <= DoubtfulUpTo => Collectibility.Doubtful,
        _ => Collectibility.Loss,
    };

    /// <summary>
    /// <see cref="ClassOf"/> of <see cref="DaysPastDue"/> turned into dates, so a query can class a loan by its oldest
    /// unpaid due date alone: on <paramref name="asOf"/> a loan is Current when that date is on or after
    /// <c>Current</c> (or there is none), else Substandard on or after <c>Substandard</c>, else Doubtful on or after
    /// <c>Doubtful</c>, else Loss. A unit test holds both to the same answers.
    /// </summary>
    public static (DateOnly Current, DateOnly Substandard, DateOnly Doubtful) OldestDueFrom(DateOnly asOf) =>
        (asOf.AddDays(-CurrentUpTo), asOf.AddDays(-SubstandardUpTo), asOf.AddDays(-DoubtfulUpTo));

    /// <summary>
    /// Days from the oldest unpaid installment's due date (docs/domain.md, Arrears and collectibility). An
    /// installment due today is not late yet; it is one day past due tomorrow.
    /// </summary>
    public static int DaysPastDue(DateOnly asOf, DateOnly? oldestUnpaidDueDate) =>
        oldestUnpaidDueDate is { } due && due < asOf ? asOf.DayNumber - due.DayNumber : 0;

    /// <summary>The weight of a class in the collectibility rate KPI (docs/domain.md, KPIs).</summary>
    public static decimal KpiWeight(Collectibility c) => c switch
    {
        Collectibility.Current => 1.00m,
        Collectibility.Substandard => 0.75m,
        Collectibility.Doubtful => 0.25m,
        _ => 0m,
    };
}
