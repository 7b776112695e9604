using Berdaya.Domain.Common;

namespace Berdaya.Domain.Timeline;

/// <summary>
/// One thing that happened to a group or a partner, tagged with its 5P approach, so that every
/// stage (enabling now, coaching, markets, monitoring and fostering later) lands on one timeline.
/// </summary>
public sealed class TimelineEvent
{
    private TimelineEvent() { }

    public TimelineEvent(Guid programId, Guid? groupId, Guid? partnerId, DateOnly occurredOn, FivePApproach approach,
        string kind, string summary, string? subjectType, Guid? subjectId, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        GroupId = groupId;
        PartnerId = partnerId;
        OccurredOn = occurredOn;
        Approach = approach;
        Kind = kind;
        Summary = summary;
        SubjectType = subjectType;
        SubjectId = subjectId;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid? GroupId { get; private set; }
    public Guid? PartnerId { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public FivePApproach Approach { get; private set; }

    /// <summary>Stable kind such as "socialization.held"; the UI localizes it.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>Free text in the words of whoever recorded it (names, amounts).</summary>
    public string Summary { get; private set; } = "";

    public string? SubjectType { get; private set; }
    public Guid? SubjectId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
