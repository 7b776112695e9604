using Berdaya.Domain.Common;

namespace Berdaya.Domain.MeetAndGreet;

public enum CollaborationKind
{
    /// <summary>One buys the other's goods: a supply order across groups (docs/domain.md, Supply orders between members).</summary>
    SupplyOrder = 1,
    JointBooth = 2,
    SharedTransport = 3,
    SharedPurchase = 4,
    BuyerReferral = 5,
}

/// <summary>
/// Work two partners of different groups took up together after a meeting (docs/domain.md, Meet and Greet: collaborations): a
/// supply order, a joint exhibition booth, shared transport or raw material, a referral to a buyer. It names the meeting it came
/// from, and both partners came to that meeting. Never edited.
/// </summary>
public sealed class Collaboration
{
    public const int MaxWhat = 500;

    private Collaboration() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid MeetingId { get; private set; }
    public CollaborationKind Kind { get; private set; }

    /// <summary>The partner who asked or buys.</summary>
    public Guid PartnerId { get; private set; }

    /// <summary>The partner who answered or sells.</summary>
    public Guid OtherPartnerId { get; private set; }

    public string What { get; private set; } = "";
    public DateOnly StartedOn { get; private set; }

    /// <summary>The cross-group supply order this collaboration placed, if it is one.</summary>
    public Guid? SupplyOrderId { get; private set; }

    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// Every rule a collaboration breaks: both partners came to the meeting, they are two, of different groups, the start is
    /// not before the meeting nor in the future, the description fits.
    /// </summary>
    public static List<DomainException> Problems(Meeting meeting, CollaborationKind? kind, Guid? partnerId, Guid? otherId, Guid? groupOf, Guid? groupOfOther,
        string? what, DateOnly? startedOn, DateOnly today)
    {
        var errors = new List<DomainException>();
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new DomainException("field.required", "Kind"));
        }

        if (partnerId is not { } a)
        {
            errors.Add(new DomainException("field.required", "PartnerId"));
        }
        else if (!meeting.Came(a))
        {
            errors.Add(new DomainException("collaboration.notattended", "PartnerId"));
        }

        if (otherId is not { } b)
        {
            errors.Add(new DomainException("field.required", "OtherPartnerId"));
        }
        else if (b == partnerId)
        {
            errors.Add(new DomainException("collaboration.self", "OtherPartnerId"));
        }
        else if (!meeting.Came(b))
        {
            errors.Add(new DomainException("collaboration.notattended", "OtherPartnerId"));
        }
        else if (groupOf is not null && groupOf == groupOfOther)
        {
            errors.Add(new DomainException("collaboration.samegroup", "OtherPartnerId"));
        }

        Meeting.Text(what, "What", MaxWhat, true, errors);
        if (startedOn is not { } d)
        {
            errors.Add(new DomainException("field.required", "StartedOn"));
        }
        else if (d > today)
        {
            errors.Add(new DomainException("date.future", "StartedOn"));
        }
        else if (d < meeting.HeldOn)
        {
            errors.Add(new DomainException("collaboration.beforemeeting", "StartedOn", ErrorKind.Validation,
                meeting.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return errors;
    }

    /// <summary>Links the cross-group supply order placed with this collaboration, once.</summary>
    public void Placed(Guid supplyOrderId) => SupplyOrderId ??= supplyOrderId;

    /// <summary>Makes a collaboration already checked by <see cref="Problems"/>.</summary>
    public static Collaboration Make(Meeting meeting, CollaborationKind kind, Guid partnerId, Guid otherId, string what, DateOnly startedOn, string by, DateTimeOffset at) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            ProgramId = meeting.ProgramId,
            MeetingId = meeting.Id,
            Kind = kind,
            PartnerId = partnerId,
            OtherPartnerId = otherId,
            What = what.Trim(),
            StartedOn = startedOn,
            RecordedBy = by,
            RecordedAt = at,
        };
}
