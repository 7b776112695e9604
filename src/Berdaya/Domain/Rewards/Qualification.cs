using Berdaya.Domain.Repayments;

namespace Berdaya.Domain.Rewards;

/// <summary>One installment as a reward rule sees it: whose it is, its month, when it fell due and when it was paid off.</summary>
public sealed record PaidInstallment(string Who, string Month, DateOnly DueDate, DateOnly? PaidOffOn);

/// <summary>One reason of a verdict: a text key under <c>reward.why.</c> and its values.</summary>
public sealed record Reason(string Code, IReadOnlyList<object> Args);

/// <summary>Whether a receiver qualifies, and why (the first reason when it qualifies; every broken month when not).</summary>
public sealed record Verdict(bool Qualifies, IReadOnlyList<Reason> Reasons);

/// <summary>
/// Whether an on-time record earns a reward (docs/domain.md, Rewards): every installment that fell due in the
/// <c>months</c> months up to the as-of date was paid off by its due day (the program's due day, the 5th), judged
/// with what was known on that date (a payment made later does not count), and there were installments due in at
/// least that many months. A group qualifies when every installment of its loans does.
/// </summary>
public static class Qualification
{
    /// <summary>The first and last day of the window: the day after the same date <paramref name="months"/> months back, to the as-of date.</summary>
    public static (DateOnly From, DateOnly To) Window(DateOnly asOf, int months) => (asOf.AddMonths(-months).AddDays(1), asOf);

    public static Verdict Judge(IEnumerable<PaidInstallment> installments, DateOnly asOf, int months, bool group)
    {
        var (from, to) = Window(asOf, months);
        var reasons = new List<Reason>();
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in installments.Where(i => i.DueDate >= from && i.DueDate <= to).OrderBy(i => i.DueDate).ThenBy(i => i.Who, StringComparer.Ordinal))
        {
            var paid = i.PaidOffOn is { } p && p <= asOf ? p : (DateOnly?)null;
            var status = OnTime.StatusOf(i.DueDate, paid, asOf);
            if (status == OnTimeStatus.Pending)
            {
                continue;
            }

            decided.Add(i.Month);
            if (status == OnTimeStatus.Late)
            {
                reasons.Add(paid is { } d
                    ? Why(group, "late", i.Who, i.Month, d.DayNumber - i.DueDate.DayNumber)
                    : Why(group, "unpaid", i.Who, i.Month));
            }
        }

        if (reasons.Count > 0)
        {
            return new Verdict(false, reasons);
        }

        if (decided.Count < months)
        {
            return new Verdict(false, [new Reason("reward.why.short", [decided.Count, months])]);
        }

        var ordered = decided.Order(StringComparer.Ordinal).ToList();
        return new Verdict(true, [new Reason("reward.why.ok", [ordered.Count, ordered[0], ordered[^1]])]);
    }

    private static Reason Why(bool group, string what, string who, params object[] args) =>
        group ? new Reason($"reward.why.member.{what}", [who, .. args]) : new Reason($"reward.why.{what}", args);
}
