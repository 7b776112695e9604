using Berdaya.Domain.Common;

namespace Berdaya.Domain.Coaching;

/// <summary>
/// Did a training work (docs/domain.md, Coaching: trainings)? The comprehension average of a session against the
/// program's threshold, and the adoption rate of a topic with its reasons counted. Pure: unit-tested without a database.
/// </summary>
public static class TrainingOutcomes
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    /// <summary>Under half of those checked used it: the topic is flagged.</summary>
    public const decimal LowAdoptionRate = 0.5m;

    public static void CheckScore(int? score, string field, List<DomainException> errors)
    {
        if (score is null)
        {
            errors.Add(new DomainException("training.score.required", field));
        }
        else if (score is < MinScore or > MaxScore)
        {
            errors.Add(new DomainException("training.score.range", field, ErrorKind.Validation, MinScore, MaxScore));
        }
    }

    /// <summary>The mean of the answers given, to two decimals; null when nobody answered.</summary>
    public static decimal? Average(IEnumerable<int?> scores)
    {
        var given = scores.Where(s => s is not null).Select(s => s!.Value).ToList();
        return given.Count == 0 ? null : decimal.Round((decimal)given.Sum() / given.Count, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>A session is flagged when its average "understood" is below the program's threshold.</summary>
    public static bool IsPoorlyUnderstood(decimal? averageUnderstood, decimal threshold) => averageUnderstood is { } a && a < threshold;

    public static DateOnly AdoptionDue(DateOnly heldOn, int weeks) => heldOn.AddDays(7 * weeks);

    /// <summary>How many of those checked used it, and why the others did not, most frequent reason first.</summary>
    public static AdoptionSummary Adoption(IEnumerable<(bool? Used, AdoptionReason? Reason)> checks)
    {
        var done = checks.Where(c => c.Used is not null).ToList();
        var reasons = done.Where(c => c.Used == false)
            .GroupBy(c => c.Reason ?? AdoptionReason.Other)
            .Select(g => new ReasonCount(g.Key, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Reason)
            .ToList();
        return new AdoptionSummary(done.Count, done.Count(c => c.Used == true), reasons);
    }
}

public sealed record ReasonCount(AdoptionReason Reason, int Count);

/// <summary>Adoption of one session or one topic: <see cref="Used"/> of <see cref="Checked"/>, with the reasons of the rest.</summary>
public sealed record AdoptionSummary(int Checked, int Used, IReadOnlyList<ReasonCount> Reasons)
{
    public decimal? Rate => Checked == 0 ? null : decimal.Round((decimal)Used / Checked, 2, MidpointRounding.AwayFromZero);

    /// <summary>Flagged when under half of those checked used it.</summary>
    public bool IsLow => Checked > 0 && (decimal)Used / Checked < TrainingOutcomes.LowAdoptionRate;
}
