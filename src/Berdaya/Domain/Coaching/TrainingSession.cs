using Berdaya.Domain.Common;

namespace Berdaya.Domain.Coaching;

/// <summary>Where an invited partner stands with a session.</summary>
public enum AttendanceState
{
    Invited = 1,
    Attended = 2,
    Absent = 3,
}

/// <summary>Why a participant did not use what the training taught (docs/domain.md, Coaching: trainings).</summary>
public enum AdoptionReason
{
    NoDevice = 1,
    NoMoney = 2,
    NoTime = 3,
    NotRelevant = 4,
    Other = 9,
}

/// <summary>
/// One training session of a program (docs/domain.md, Coaching: trainings): a topic given by a provider on a date at a
/// place, with a cost paid from the fund's coaching grant, a capacity and the partners invited. Recording its attendance
/// marks it held: from then on its participants answer the feedback and, weeks later, the adoption check.
/// </summary>
public sealed class TrainingSession
{
    public const int MaxCapacity = 500;

    private readonly List<SessionParticipant> _participants = [];

    private TrainingSession() { }

    public TrainingSession(Guid programId, Guid topicId, Guid providerId, DateOnly heldOn, string place, string? villageCode, decimal cost,
        int capacity, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        TopicId = topicId;
        ProviderId = providerId;
        HeldOn = heldOn;
        Place = place.Trim();
        VillageCode = string.IsNullOrWhiteSpace(villageCode) ? null : villageCode.Trim();
        Cost = cost;
        Capacity = capacity;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid TopicId { get; private set; }
    public Guid ProviderId { get; private set; }
    public DateOnly HeldOn { get; private set; }

    /// <summary>Village hall, the company's office, a city.</summary>
    public string Place { get; private set; } = "";

    /// <summary>The village it is held in, when it is held in one (a facilitator of that village sees it).</summary>
    public string? VillageCode { get; private set; }

    /// <summary>Whole rupiah, posted to the fund's ledger as a coaching grant once the session is held.</summary>
    public decimal Cost { get; private set; }

    public int Capacity { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when the attendance is recorded: the session took place.</summary>
    public bool IsHeld { get; private set; }

    /// <summary>The ledger entry of its cost (at most one: the cost is posted once).</summary>
    public Guid? CostEntryId { get; private set; }

    public IReadOnlyList<SessionParticipant> Participants => _participants;

    /// <summary>The rules of a session's own fields (the handler adds those that need a query).</summary>
    public static void Check(string? place, decimal cost, int capacity, List<DomainException> errors)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            errors.Add(new DomainException("field.required", "Place"));
        }

        Rupiah.CheckNonNegative(cost, "Cost", errors);
        if (capacity is < 1 or > MaxCapacity)
        {
            errors.Add(new DomainException("training.capacity.range", "Capacity", ErrorKind.Validation, 1, MaxCapacity));
        }
    }

    /// <summary>Adds the partners not invited yet; refused whole when they would not fit or the session is already held.</summary>
    public int Invite(IEnumerable<Guid> partnerIds)
    {
        if (IsHeld)
        {
            throw new DomainException("training.held", "PartnerIds", ErrorKind.Conflict);
        }

        var invited = _participants.Select(p => p.PartnerId).ToHashSet();
        var added = partnerIds.Distinct().Where(invited.Add).ToList();
        if (_participants.Count + added.Count > Capacity)
        {
            throw new DomainException("training.capacity.full", "PartnerIds", ErrorKind.Validation, Capacity, Capacity - _participants.Count, added.Count);
        }

        foreach (var partner in added)
        {
            _participants.Add(new SessionParticipant(Id, partner));
        }

        return added.Count;
    }

    /// <summary>
    /// The sign-in sheet: who came; every other invited partner is recorded absent. Only for a session whose day has come,
    /// and only once (its cost is posted with it).
    /// </summary>
    public void RecordAttendance(IReadOnlyCollection<Guid> present, DateOnly today)
    {
        var errors = new List<DomainException>();
        if (HeldOn > today)
        {
            errors.Add(new DomainException("training.attendance.future", "Present", ErrorKind.Validation, HeldOn));
        }

        if (IsHeld)
        {
            throw new DomainException("training.attendance.recorded", "Present", ErrorKind.Conflict);
        }

        var invited = _participants.Select(p => p.PartnerId).ToHashSet();
        if (present.Any(p => !invited.Contains(p)))
        {
            errors.Add(new DomainException("training.attendance.notinvited", "Present"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        foreach (var p in _participants)
        {
            p.Mark(present.Contains(p.PartnerId));
        }

        IsHeld = true;
    }

    public void CostPosted(Guid entryId) => CostEntryId = CostEntryId is null ? entryId : throw new DomainException("training.cost.posted", "Cost", ErrorKind.Conflict);

    public SessionParticipant? Participant(Guid partnerId) => _participants.FirstOrDefault(p => p.PartnerId == partnerId);

    /// <summary>The day the adoption check comes due (the topic's weeks after the session).</summary>
    public DateOnly AdoptionDue(int weeks) => TrainingOutcomes.AdoptionDue(HeldOn, weeks);
}

/// <summary>A partner invited to a session: whether they came, their feedback, and whether they used it.</summary>
public sealed class SessionParticipant
{
    private SessionParticipant() { }

    internal SessionParticipant(Guid sessionId, Guid partnerId)
    {
        Id = Guid.CreateVersion7();
        SessionId = sessionId;
        PartnerId = partnerId;
        Attendance = AttendanceState.Invited;
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid PartnerId { get; private set; }
    public AttendanceState Attendance { get; private set; }

    /// <summary>1 (not at all) to 5 (fully).</summary>
    public int? Understood { get; private set; }

    public int? CanApply { get; private set; }

    /// <summary>What was hard, in the participant's words.</summary>
    public string? Hard { get; private set; }

    public DateOnly? FeedbackOn { get; private set; }
    public bool? Used { get; private set; }
    public AdoptionReason? NotUsedReason { get; private set; }
    public string? NotUsedText { get; private set; }
    public DateOnly? AdoptionCheckedOn { get; private set; }

    internal void Mark(bool came) => Attendance = came ? AttendanceState.Attended : AttendanceState.Absent;

    /// <summary>Three answers, only from someone who was there; scores 1 to 5.</summary>
    public void RecordFeedback(int? understood, int? canApply, string? hard, DateOnly on)
    {
        var errors = new List<DomainException>();
        if (Attendance != AttendanceState.Attended)
        {
            errors.Add(new DomainException("training.feedback.notpresent", "PartnerId"));
        }

        TrainingOutcomes.CheckScore(understood, "Understood", errors);
        TrainingOutcomes.CheckScore(canApply, "CanApply", errors);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Understood = understood;
        CanApply = canApply;
        Hard = string.IsNullOrWhiteSpace(hard) ? null : hard.Trim();
        FeedbackOn = on;
    }

    /// <summary>Whether it was used, with the reason when not ("other" says which).</summary>
    public void RecordAdoption(bool? used, AdoptionReason? reason, string? text, DateOnly on, List<DomainException> errors, string prefix = "")
    {
        var before = errors.Count;
        if (Attendance != AttendanceState.Attended)
        {
            errors.Add(new DomainException("training.adoption.notpresent", prefix + "PartnerId"));
        }

        if (used is null)
        {
            errors.Add(new DomainException("training.adoption.used.required", prefix + "Used"));
        }
        else if (used == false && (reason is null || !Enum.IsDefined(reason.Value)))
        {
            errors.Add(new DomainException("training.adoption.reason.required", prefix + "Reason"));
        }
        else if (used == false && reason == AdoptionReason.Other && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new DomainException("training.adoption.other.required", prefix + "ReasonText"));
        }

        if (errors.Count > before)
        {
            return;
        }

        Used = used;
        NotUsedReason = used == true ? null : reason;
        NotUsedText = used == true || string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        AdoptionCheckedOn = on;
    }
}
