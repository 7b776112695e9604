using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;

namespace Berdaya.Domain.Fund;

/// <summary>
/// One class's history over the estimation window: the outstanding in that class at each month-end,
/// summed, and how much of it was Macet or written off twelve months later.
/// </summary>
public sealed record ClassHistory(Collectibility Class, decimal OutstandingAtStart, decimal LostTwelveMonthsLater);

public sealed record AllowanceLine(Collectibility Class, decimal Outstanding, decimal Rate, bool FromHistory, decimal Required);

public sealed record AllowanceEstimate(int HistoryMonths, bool FromHistory, IReadOnlyList<AllowanceLine> Lines)
{
    public decimal Required => Lines.Sum(l => l.Required);
}

/// <summary>
/// The allowance for losses, estimated collectively from collectibility history (SE-02/MBU/Wk/2012;
/// docs/domain.md, Allowance for losses): each class's rate is the share of its outstanding that was
/// Macet or written off twelve months later, over the last 24 month-ends. With less than 24 months of
/// history the starting rates below are used; Macet always carries 100% ("problem loans leave the
/// portfolio with a 100% allowance").
/// </summary>
public static class Allowance
{
    public const int HistoryMonthsRequired = 24;

    /// <summary>Starting rates until the program has two years of its own history (the banks' usual 1/15/50/100%).</summary>
    public static decimal StartingRate(Collectibility c) => c switch
    {
        Collectibility.Current => 0.01m,
        Collectibility.Substandard => 0.15m,
        Collectibility.Doubtful => 0.50m,
        _ => 1m,
    };

    public static AllowanceEstimate Estimate(IReadOnlyDictionary<Collectibility, decimal> outstandingNow, IReadOnlyList<ClassHistory> history, int historyMonths)
    {
        var fromHistory = historyMonths >= HistoryMonthsRequired;
        var lines = new List<AllowanceLine>();
        foreach (var c in Enum.GetValues<Collectibility>())
        {
            var outstanding = outstandingNow.GetValueOrDefault(c);
            var h = history.FirstOrDefault(x => x.Class == c);
            var observed = fromHistory && c != Collectibility.Loss && h is { OutstandingAtStart: > 0 };
            var rate = c == Collectibility.Loss ? 1m
                : observed ? decimal.Round(Math.Min(1m, h!.LostTwelveMonthsLater / h.OutstandingAtStart), 4, MidpointRounding.AwayFromZero)
                : StartingRate(c);
            lines.Add(new AllowanceLine(c, outstanding, rate, observed, RepaymentSchedule.Round(outstanding * rate)));
        }

        return new AllowanceEstimate(historyMonths, fromHistory, lines);
    }
}

/// <summary>
/// One class's outcome for one month end of the estimation window: the outstanding in that class at the
/// month end and how much of it was Macet or written off twelve months later. Derived from the two
/// month-end snapshots, which never change once taken, so it is computed once and kept.
/// </summary>
public sealed class AllowanceOutcome : INotAudited
{
    private AllowanceOutcome() { }

    public AllowanceOutcome(Guid programId, DateOnly monthEnd, Collectibility @class, decimal outstandingAtStart, decimal lostTwelveMonthsLater)
    {
        ProgramId = programId;
        MonthEnd = monthEnd;
        Class = @class;
        OutstandingAtStart = outstandingAtStart;
        LostTwelveMonthsLater = lostTwelveMonthsLater;
    }

    public Guid ProgramId { get; private set; }
    public DateOnly MonthEnd { get; private set; }
    public Collectibility Class { get; private set; }
    public decimal OutstandingAtStart { get; private set; }
    public decimal LostTwelveMonthsLater { get; private set; }
}
