namespace Berdaya.Domain.Loans;

/// <summary>A loan's quality class from its days past due (domain guide 4, "Collectibility").</summary>
public enum Collectibility
{
    /// <summary>Lancar: 0–30 days.</summary>
    Current = 1,

    /// <summary>Kurang Lancar: 31–180 days.</summary>
    Substandard = 2,

    /// <summary>Diragukan: 181–270 days.</summary>
    Doubtful = 3,

    /// <summary>Macet: over 270 days.</summary>
    Loss = 4,
}

public static class Arrears
{
    /// <summary>The last day past due of each class but Loss: 30, 180, 270 (domain guide 4).</summary>
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
    /// Days from the oldest unpaid installment's due date (domain guide 4). An installment due today
    /// is not late yet; it is one day past due tomorrow.
    /// </summary>
    public static int DaysPastDue(DateOnly asOf, DateOnly? oldestUnpaidDueDate) =>
        oldestUnpaidDueDate is { } due && due < asOf ? asOf.DayNumber - due.DayNumber : 0;

    /// <summary>The weight of a class in the collectibility rate KPI (domain guide 4, "Program KPIs").</summary>
    public static decimal KpiWeight(Collectibility c) => c switch
    {
        Collectibility.Current => 1.00m,
        Collectibility.Substandard => 0.75m,
        Collectibility.Doubtful => 0.25m,
        _ => 0m,
    };
}
