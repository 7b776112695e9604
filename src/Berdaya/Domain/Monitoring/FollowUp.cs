using Berdaya.Domain.Common;

namespace Berdaya.Domain.Monitoring;

/// <summary>
/// A task that came out of a monitoring visit or a help request (docs/domain.md, Monitoring visits, help requests and
/// follow-ups): one owner (a staff user or the partner), a due date not before the day it was set, and a state that
/// moves once, from open to done (with what was done) or dropped (with the reason).
/// </summary>
public sealed class FollowUp
{
    public const int MaxTask = 500;
    public const int MaxOutcome = 1000;

    private FollowUp() { }

    public FollowUp(Guid programId, Guid? visitId, Guid? helpRequestId, Guid? partnerId, Guid? groupId, string task, FollowUpOwner owner,
        DateOnly setOn, DateOnly dueOn)
    {
        var errors = Problems(task, owner, setOn, dueOn);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Id = Guid.CreateVersion7();
        ProgramId = programId;
        VisitId = visitId;
        HelpRequestId = helpRequestId;
        PartnerId = partnerId;
        GroupId = groupId;
        Task = task.Trim();
        OwnerUserId = owner.UserId;
        OwnerPartnerId = owner.PartnerId;
        SetOn = setOn;
        DueOn = dueOn;
        State = FollowUpState.Open;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid? VisitId { get; private set; }
    public Guid? HelpRequestId { get; private set; }

    /// <summary>The quarterly report whose decline opened the task (docs/domain.md, Quarterly reports), if one did.</summary>
    public Guid? ReportId { get; private set; }

    /// <summary>The Meet and Greet meeting that set the task (docs/domain.md, Meet and Greet: meetings), if one did.</summary>
    public Guid? MeetingId { get; private set; }

    /// <summary>The partner the task is about (null: the whole visit).</summary>
    public Guid? PartnerId { get; private set; }

    public Guid? GroupId { get; private set; }
    public string Task { get; private set; } = "";
    public string? OwnerUserId { get; private set; }
    public Guid? OwnerPartnerId { get; private set; }

    /// <summary>The day of the visit or request that set the task; the due date is never before it.</summary>
    public DateOnly SetOn { get; private set; }

    public DateOnly DueOn { get; private set; }
    public FollowUpState State { get; private set; }

    /// <summary>What was done, or why it was dropped.</summary>
    public string? Outcome { get; private set; }

    public DateOnly? ClosedOn { get; private set; }
    public string? ClosedByUserId { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public FollowUpOwner Owner => new(OwnerUserId, OwnerPartnerId);

    /// <summary>A monitoring visit asked for by a quarterly report's decline alert.</summary>
    public static FollowUp ForDecline(Guid programId, Guid partnerId, Guid? groupId, Guid reportId, string task, FollowUpOwner owner, DateOnly today,
        DateOnly dueOn) =>
        new(programId, null, null, partnerId, groupId, task, owner, today, dueOn) { ReportId = reportId };

    /// <summary>A task agreed at a Meet and Greet meeting.</summary>
    public static FollowUp ForMeeting(Guid programId, Guid meetingId, Guid? partnerId, Guid? groupId, string task, FollowUpOwner owner, DateOnly setOn,
        DateOnly dueOn) =>
        new(programId, null, null, partnerId, groupId, task, owner, setOn, dueOn) { MeetingId = meetingId };

    public bool IsOverdue(DateOnly today) => State == FollowUpState.Open && DueOn < today;

    /// <summary>Every rule a new follow-up breaks, with <paramref name="prefix"/> before the field ("FollowUps[1].").</summary>
    public static List<DomainException> Problems(string? task, FollowUpOwner? owner, DateOnly setOn, DateOnly? dueOn, string prefix = "")
    {
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(task))
        {
            errors.Add(new DomainException("followup.task.required", prefix + "Task"));
        }
        else if (task.Trim().Length > MaxTask)
        {
            errors.Add(new DomainException("text.toolong", prefix + "Task", ErrorKind.Validation, MaxTask));
        }

        if (owner is null || !owner.IsOne)
        {
            errors.Add(new DomainException("followup.owner.required", prefix + "Owner"));
        }

        if (dueOn is null)
        {
            errors.Add(new DomainException("followup.due.required", prefix + "DueOn"));
        }
        else if (dueOn < setOn)
        {
            errors.Add(new DomainException("followup.due.beforevisit", prefix + "DueOn", ErrorKind.Validation, setOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return errors;
    }

    /// <summary>
    /// Who may close a follow-up: its owner (the user, or the partner's own login), the program's officers and
    /// administrators. Scope is checked before: a follow-up out of scope is not found at all.
    /// </summary>
    public static bool MayClose(FollowUpOwner owner, string? userId, Guid? userPartnerId, bool isOfficerOfProgram, bool isAdmin) =>
        isAdmin || isOfficerOfProgram
        || (owner.UserId is not null && owner.UserId == userId)
        || (owner.PartnerId is not null && owner.PartnerId == userPartnerId);

    public void Close(FollowUpState? outcome, string? note, DateOnly on, string? userId)
    {
        if (State != FollowUpState.Open)
        {
            throw new DomainException("followup.notopen", "Status", ErrorKind.Conflict);
        }

        var text = note?.Trim();
        switch (outcome)
        {
            case FollowUpState.Done when string.IsNullOrEmpty(text):
                throw new DomainException("followup.done.required", "Note");
            case FollowUpState.Dropped when string.IsNullOrEmpty(text):
                throw new DomainException("followup.reason.required", "Note");
            case FollowUpState.Done or FollowUpState.Dropped:
                break;
            default:
                throw new DomainException("followup.outcome.required", "Outcome");
        }

        if (text.Length > MaxOutcome)
        {
            throw new DomainException("text.toolong", "Note", ErrorKind.Validation, MaxOutcome);
        }

        State = outcome.Value;
        Outcome = text;
        ClosedOn = on < SetOn ? SetOn : on;
        ClosedByUserId = userId;
        Version = Guid.NewGuid();
    }
}

/// <summary>The owner of a follow-up: a staff user or a partner, exactly one of them.</summary>
public sealed record FollowUpOwner(string? UserId, Guid? PartnerId)
{
    public bool IsOne => (UserId is not null) != (PartnerId is not null);

    public static FollowUpOwner User(string userId) => new(userId, null);

    public static FollowUpOwner Partner(Guid partnerId) => new(null, partnerId);

    /// <summary>Reads the form's and the API's one value: "user:{id}" or "partner:{id}"; null when it is neither.</summary>
    public static FollowUpOwner? Parse(string? value)
    {
        var v = value?.Trim() ?? "";
        if (v.StartsWith("user:", StringComparison.Ordinal) && v.Length > 5)
        {
            return User(v[5..]);
        }

        return v.StartsWith("partner:", StringComparison.Ordinal) && Guid.TryParse(v[8..], out var p) ? Partner(p) : null;
    }

    public override string ToString() => UserId is not null ? "user:" + UserId : "partner:" + PartnerId;
}

public enum FollowUpState
{
    Open = 1,
    Done = 2,
    Dropped = 3,
}
