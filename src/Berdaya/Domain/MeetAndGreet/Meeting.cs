using Berdaya.Domain.Common;

namespace Berdaya.Domain.MeetAndGreet;

public enum MeetingKind
{
    /// <summary>A mentor and the mentee of a kept pair.</summary>
    Pair = 1,

    /// <summary>A peer seminar: an independent partner speaking to coached partners who share a need.</summary>
    Group = 2,
}

public enum AttendeeRole
{
    Mentor = 1,
    Mentee = 2,
    Speaker = 3,
    Participant = 4,
}

/// <summary>
/// A meeting of the Meet and Greet program (docs/domain.md, Meet and Greet: meetings): a pair's meeting or a peer seminar, its date
/// and place, who was invited and who came, the topics and what was agreed. Recorded after it was held, never edited; what comes of it
/// is recorded as follow-ups and collaborations that name it.
/// </summary>
public sealed class Meeting
{
    public const int MaxPlace = 200;
    public const int MaxTopics = 500;
    public const int MaxAgreed = 1000;
    public const int MaxAttendees = 100;

    /// <summary>The earliest day a meeting may be recorded for: the program's history goes back to its first groups.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    private readonly List<MeetingAttendee> _attendees = [];

    private Meeting() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid? RoundId { get; private set; }
    public Guid? PairId { get; private set; }
    public MeetingKind Kind { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Place { get; private set; } = "";
    public string Topics { get; private set; } = "";
    public string? Agreed { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public IReadOnlyList<MeetingAttendee> Attendees => _attendees;

    public bool Came(Guid partnerId) => _attendees.Any(a => a.PartnerId == partnerId && a.Came);

    /// <summary>
    /// Checks and makes a meeting. <paramref name="invited"/> is who was asked, with their role and whether they came; a pair meeting
    /// invites exactly the pair, a seminar one speaker and at least one participant; at least two came.
    /// </summary>
    public static Meeting Record(Guid programId, Guid? roundId, Guid? pairId, MeetingKind? kind, DateOnly? heldOn, DateOnly? notBefore, string? place,
        string? topics, string? agreed, IReadOnlyList<(Guid PartnerId, AttendeeRole Role, bool Came)> invited, DateOnly today, string by, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new DomainException("field.required", "Kind"));
        }

        if (heldOn is not { } d)
        {
            errors.Add(new DomainException("field.required", "HeldOn"));
        }
        else if (d > today)
        {
            errors.Add(new DomainException("date.future", "HeldOn"));
        }
        else if (d < Earliest)
        {
            errors.Add(new DomainException("meeting.date.early", "HeldOn", ErrorKind.Validation, Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (notBefore is { } nb && d < nb)
        {
            errors.Add(new DomainException("meeting.date.beforeround", "HeldOn", ErrorKind.Validation, nb.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var p = Text(place, "Place", MaxPlace, true, errors);
        var t = Text(topics, "Topics", MaxTopics, true, errors);
        var a = Text(agreed, "Agreed", MaxAgreed, false, errors);

        if (invited.Count > MaxAttendees)
        {
            errors.Add(new DomainException("meeting.attendees.toomany", "Attendees", ErrorKind.Validation, MaxAttendees));
        }
        else if (invited.Select(i => i.PartnerId).Distinct().Count() != invited.Count)
        {
            errors.Add(new DomainException("meeting.attendees.twice", "Attendees"));
        }
        else if (kind == MeetingKind.Pair && (pairId is null || invited.Count(i => i.Role == AttendeeRole.Mentor) != 1 || invited.Count(i => i.Role == AttendeeRole.Mentee) != 1
                                              || invited.Count != 2))
        {
            errors.Add(new DomainException("meeting.pair.attendees", "Attendees"));
        }
        else if (kind == MeetingKind.Group && (invited.Count(i => i.Role == AttendeeRole.Speaker) != 1 || invited.All(i => i.Role != AttendeeRole.Participant)
                                               || invited.Any(i => i.Role is AttendeeRole.Mentor or AttendeeRole.Mentee)))
        {
            errors.Add(new DomainException("meeting.group.attendees", "Attendees"));
        }
        else if (invited.Count(i => i.Came) < 2)
        {
            errors.Add(new DomainException("meeting.attendees.came", "Attendees"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var m = new Meeting
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            RoundId = roundId,
            PairId = kind == MeetingKind.Pair ? pairId : null,
            Kind = kind!.Value,
            HeldOn = heldOn!.Value,
            Place = p!,
            Topics = t!,
            Agreed = a,
            RecordedBy = by,
            RecordedAt = at,
        };
        foreach (var i in invited)
        {
            m._attendees.Add(new MeetingAttendee(m.Id, i.PartnerId, i.Role, i.Came));
        }

        return m;
    }

    internal static string? Text(string? value, string field, int max, bool required, List<DomainException> errors)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            if (required)
            {
                errors.Add(new DomainException("field.required", field));
            }

            return null;
        }

        if (v.Length > max)
        {
            errors.Add(new DomainException("text.toolong", field, ErrorKind.Validation, max));
        }

        return v;
    }
}

/// <summary>A partner invited to a meeting, their part in it, and whether they came.</summary>
public sealed class MeetingAttendee
{
    private MeetingAttendee() { }

    internal MeetingAttendee(Guid meetingId, Guid partnerId, AttendeeRole role, bool came)
    {
        MeetingId = meetingId;
        PartnerId = partnerId;
        Role = role;
        Came = came;
    }

    public Guid MeetingId { get; private set; }
    public Guid PartnerId { get; private set; }
    public AttendeeRole Role { get; private set; }
    public bool Came { get; private set; }
}
