using Berdaya.Domain.Common;

namespace Berdaya.Domain.Coaching;

/// <summary>A program's coaching settings (docs/domain.md, Coaching: trainings): the comprehension threshold.</summary>
public sealed class CoachingSettings
{
    public const decimal DefaultThreshold = 3.0m;

    private CoachingSettings() { }

    public CoachingSettings(Guid programId, decimal understoodThreshold)
    {
        ProgramId = programId;
        SetThreshold(understoodThreshold);
    }

    public Guid ProgramId { get; private set; }

    /// <summary>A session whose average "understood" falls below this is flagged.</summary>
    public decimal UnderstoodThreshold { get; private set; } = DefaultThreshold;

    /// <summary>Between 1 and 5, to one decimal (3.0, 3.5).</summary>
    public void SetThreshold(decimal threshold)
    {
        if (threshold is < TrainingOutcomes.MinScore or > TrainingOutcomes.MaxScore || decimal.Round(threshold, 1) != threshold)
        {
            throw new DomainException("training.threshold.range", "UnderstoodThreshold", ErrorKind.Validation, TrainingOutcomes.MinScore, TrainingOutcomes.MaxScore);
        }

        UnderstoodThreshold = threshold;
    }
}
