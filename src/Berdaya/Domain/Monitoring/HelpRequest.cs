using Berdaya.Domain.Common;

namespace Berdaya.Domain.Monitoring;

/// <summary>
/// A partner asking the program for help (docs/domain.md, Monitoring visits, help requests and follow-ups): open until a
/// visit answers it or a staff member closes it with a note.
/// </summary>
public sealed class HelpRequest
{
    public const int MaxDescription = 1000;
    public const int MaxAnswer = 1000;

    private HelpRequest() { }

    public HelpRequest(Guid programId, Guid partnerId, NeedKind kind, string description, DateOnly askedOn, string? askedByUserId)
    {
        var errors = Problems(kind, description);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Id = Guid.CreateVersion7();
        ProgramId = programId;
        PartnerId = partnerId;
        Kind = kind;
        Description = description.Trim();
        AskedOn = askedOn;
        AskedByUserId = askedByUserId;
        State = HelpRequestState.Open;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public NeedKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly AskedOn { get; private set; }
    public string? AskedByUserId { get; private set; }
    public HelpRequestState State { get; private set; }

    /// <summary>What the program answered: the visit's advice or the closing note.</summary>
    public string? Answer { get; private set; }

    public DateOnly? ClosedOn { get; private set; }
    public Guid? AnsweredByVisitId { get; private set; }
    public string? ClosedByUserId { get; private set; }

    /// <summary>Concurrency token: two people closing the same request at once, one of them wins.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public static List<DomainException> Problems(NeedKind? kind, string? description)
    {
        var errors = new List<DomainException>();
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            errors.Add(new DomainException("help.kind.required", "Kind"));
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            errors.Add(new DomainException("help.description.required", "Description"));
        }
        else if (description.Trim().Length > MaxDescription)
        {
            errors.Add(new DomainException("text.toolong", "Description", ErrorKind.Validation, MaxDescription));
        }

        return errors;
    }

    /// <summary>A visit that went to the partner answers the request with its advice.</summary>
    public void AnswerByVisit(Guid visitId, DateOnly visitedOn, string? advice, string? userId)
    {
        RequireOpen();
        State = HelpRequestState.Answered;
        AnsweredByVisitId = visitId;
        ClosedOn = visitedOn;
        Answer = Trim(advice, MaxAnswer);
        ClosedByUserId = userId;
        Version = Guid.NewGuid();
    }

    /// <summary>Closed by a note (help given by phone, no longer needed): the note is required.</summary>
    public void Close(string? note, DateOnly on, string? userId)
    {
        RequireOpen();
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("help.note.required", "Note");
        }

        if (note.Trim().Length > MaxAnswer)
        {
            throw new DomainException("text.toolong", "Note", ErrorKind.Validation, MaxAnswer);
        }

        State = HelpRequestState.Closed;
        Answer = note.Trim();
        ClosedOn = on;
        ClosedByUserId = userId;
        Version = Guid.NewGuid();
    }

    private void RequireOpen()
    {
        if (State != HelpRequestState.Open)
        {
            throw new DomainException("help.notopen", "Status", ErrorKind.Conflict);
        }
    }

    private static string? Trim(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        return t.Length > max ? t[..max] : t;
    }
}

public enum HelpRequestState
{
    Open = 1,
    Answered = 2,
    Closed = 3,
}
