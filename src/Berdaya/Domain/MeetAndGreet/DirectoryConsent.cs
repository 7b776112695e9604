using Berdaya.Domain.Common;

namespace Berdaya.Domain.MeetAndGreet;

/// <summary>What a partner chose to show in the directory (docs/domain.md, Meet and Greet; decision 0032).</summary>
[Flags]
public enum DirectoryField
{
    None = 0,
    Business = 1,
    Products = 2,
    Village = 4,
    Photo = 8,

    /// <summary>Others may ask to connect; the phone number is still exchanged only when the partner accepts.</summary>
    Contact = 16,
}

/// <summary>Who the partner agreed to be shown to.</summary>
[Flags]
public enum DirectoryPurpose
{
    None = 0,

    /// <summary>The other partners and the staff of the program.</summary>
    Partners = 1,

    /// <summary>Buyers, on the public products page (only the business, products and district).</summary>
    Buyers = 2,
}

/// <summary>How the decision was given.</summary>
public enum ConsentWay
{
    /// <summary>By the partner themself, signed in on their phone.</summary>
    Self = 1,

    /// <summary>Told to the facilitator face to face.</summary>
    InPerson = 2,

    /// <summary>Told to the facilitator by phone.</summary>
    Phone = 3,

    /// <summary>A consent form signed on paper, kept by the facilitator.</summary>
    Paper = 4,
}

public enum ConsentDecision
{
    Given = 1,
    Refused = 2,
    Withdrawn = 3,
}

/// <summary>
/// One decision of a partner about the directory (docs/domain.md, Meet and Greet): given with its purpose and the fields to show,
/// refused, or withdrawn. Decisions are never edited: the latest is in force and the earlier ones stay as its history.
/// </summary>
public sealed class DirectoryConsent
{
    public const int MaxNote = 300;

    public static readonly DirectoryField AllFields = DirectoryField.Business | DirectoryField.Products | DirectoryField.Village | DirectoryField.Photo |
                                                      DirectoryField.Contact;

    public static readonly DirectoryPurpose AllPurposes = DirectoryPurpose.Partners | DirectoryPurpose.Buyers;

    private DirectoryConsent() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public ConsentDecision Decision { get; private set; }
    public DirectoryPurpose Purposes { get; private set; }
    public DirectoryField Fields { get; private set; }
    public ConsentWay Way { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public bool Shows(DirectoryField field) => Decision == ConsentDecision.Given && (Fields & field) == field;

    /// <summary>
    /// A decision as recorded; refused and withdrawn ones show nothing. The date is within a year back and not in the future;
    /// a partner records only their own decision (<see cref="ConsentWay.Self"/>), staff record one they were given.
    /// </summary>
    public static DirectoryConsent Make(Guid programId, Guid partnerId, ConsentDecision? decision, DirectoryPurpose purposes, DirectoryField fields,
        ConsentWay? way, DateOnly? decidedOn, string? note, bool byPartner, DateOnly today, string recordedBy, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        if (decision is null || !Enum.IsDefined(decision.Value))
        {
            errors.Add(new DomainException("consent.decision.required", "Decision"));
        }

        if (decision == ConsentDecision.Given)
        {
            if (purposes == DirectoryPurpose.None || (purposes & ~AllPurposes) != 0)
            {
                errors.Add(new DomainException("consent.purpose.required", "Purposes"));
            }

            if ((fields & DirectoryField.Business) == 0 || (fields & ~AllFields) != 0)
            {
                errors.Add(new DomainException("consent.fields.business", "Fields"));
            }
        }

        if (byPartner)
        {
            way = ConsentWay.Self;
        }
        else if (way is null or ConsentWay.Self || !Enum.IsDefined(way.Value))
        {
            errors.Add(new DomainException("consent.way.required", "Way"));
        }

        var on = decidedOn ?? today;
        if (on > today)
        {
            errors.Add(new DomainException("date.future", "DecidedOn"));
        }
        else if (on < today.AddYears(-1))
        {
            errors.Add(new DomainException("consent.date.old", "DecidedOn"));
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > MaxNote })
        {
            errors.Add(new DomainException("text.toolong", "Note", ErrorKind.Validation, MaxNote));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var given = decision == ConsentDecision.Given;
        return new DirectoryConsent
        {
            Id = Guid.NewGuid(),
            ProgramId = programId,
            PartnerId = partnerId,
            Decision = decision!.Value,
            Purposes = given ? purposes : DirectoryPurpose.None,
            Fields = given ? fields : DirectoryField.None,
            Way = way!.Value,
            DecidedOn = on,
            Note = text,
            RecordedBy = recordedBy,
            RecordedAt = at,
        };
    }
}
