using Berdaya.Domain.Repayments;
using Berdaya.Domain.Rewards;

namespace Berdaya.Domain.Exhibitions;

/// <summary>A partner's standing for an exhibition: eligible or not, the unbroken on-time streak that ranks them, and why.</summary>
public sealed record EligibilityVerdict(bool Eligible, int Streak, IReadOnlyList<Reason> Reasons);

/// <summary>
/// Who may be invited to an exhibition (docs/domain.md, Exhibitions): the same on-time rule as the rewards
/// (<see cref="Qualification"/>: every installment due in the last <c>months</c> months paid off by its due day). A partner
/// whose loans are all repaid keeps the record of their last <see cref="RepaidRecord"/> installment months; a partner
/// holding an issued exhibition-invitation reward is eligible by that reward. Eligible partners rank by their unbroken
/// streak, longest first, then those not invited for the longest time (never first).
/// </summary>
public static class Eligibility
{
    public const int RepaidRecord = 12;

    /// <param name="record">Every installment of the partner's loans, as the rewards read them.</param>
    /// <param name="reward">The issued reward that grants an invitation, as its reason, or null.</param>
    public static EligibilityVerdict Judge(IReadOnlyCollection<PaidInstallment> record, DateOnly asOf, int months, Reason? reward)
    {
        var streak = Streak(record, asOf);
        if (reward is not null)
        {
            return new EligibilityVerdict(true, streak, [reward]);
        }

        var known = record.Where(i => i.DueDate <= asOf).ToList();
        var repaid = known.Count > 0 && known.Count == record.Count && known.All(i => i.PaidOffOn is { } p && p <= asOf);
        var verdict = repaid
            ? Qualification.Judge(record, known.Max(i => i.DueDate), RepaidRecord, false)
            : Qualification.Judge(record, asOf, months, false);
        return new EligibilityVerdict(verdict.Qualifies, streak, verdict.Reasons);
    }

    /// <summary>
    /// Installments on time in a row, back from the latest decided one (<see cref="OnTime.StatusOf"/>), judged on the as-of date:
    /// the on-time ones due after the latest late one. A late installment breaks the streak before the on-time ones due the
    /// same day (decision 0020), so the streak does not depend on the order the loans are read in.
    /// </summary>
    public static int Streak(IEnumerable<PaidInstallment> record, DateOnly asOf)
    {
        var decided = record.Where(i => i.DueDate <= asOf)
            .Select(i => (i.DueDate, Status: OnTime.StatusOf(i.DueDate, i.PaidOffOn is { } p && p <= asOf ? p : null, asOf)))
            .Where(i => i.Status != OnTimeStatus.Pending)
            .ToList();
        var lastLate = decided.Where(i => i.Status == OnTimeStatus.Late).Select(i => (DateOnly?)i.DueDate).Max();
        return decided.Count(i => i.Status == OnTimeStatus.OnTime && (lastLate is null || i.DueDate > lastLate));
    }

    /// <summary>Eligible first; then the longest streak; then never invited before those invited long ago; then by name.</summary>
    public static IEnumerable<T> Rank<T>(IEnumerable<T> candidates, Func<T, EligibilityVerdict> verdict, Func<T, DateOnly?> lastInvited, Func<T, string> name) =>
        candidates
            .OrderByDescending(c => verdict(c).Eligible)
            .ThenByDescending(c => verdict(c).Streak)
            .ThenBy(c => lastInvited(c) is null ? 0 : 1)
            .ThenBy(c => lastInvited(c) ?? DateOnly.MinValue)
            .ThenBy(name, StringComparer.Ordinal);
}
