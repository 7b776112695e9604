using Berdaya.Domain.Common;

namespace Berdaya.Domain.Socialization;

/// <summary>The information meeting that starts the process in a village (sosialisasi).</summary>
public sealed class SocializationEvent
{
    private readonly List<SocializationAttendee> _attendees = [];

    private SocializationEvent() { }

    public SocializationEvent(Guid programId, DateOnly heldOn, string villageCode, string place, string? facilitatorUserId,
        string? officersPresent, string topics)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            throw new DomainException("socialization.place.required", "Place");
        }

        if (string.IsNullOrWhiteSpace(topics))
        {
            throw new DomainException("socialization.topics.required", "Topics");
        }

        Id = Guid.CreateVersion7();
        ProgramId = programId;
        HeldOn = heldOn;
        VillageCode = villageCode;
        Place = place.Trim();
        FacilitatorUserId = facilitatorUserId;
        OfficersPresent = string.IsNullOrWhiteSpace(officersPresent) ? null : officersPresent.Trim();
        Topics = topics.Trim();
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string VillageCode { get; private set; } = "";
    public string Place { get; private set; } = "";
    public string? FacilitatorUserId { get; private set; }
    public string? OfficersPresent { get; private set; }
    public string Topics { get; private set; } = "";
    public IReadOnlyList<SocializationAttendee> Attendees => _attendees;

    public SocializationAttendee AddAttendee(string name, string? phone, string villageCode, bool interested, Guid? partnerId)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("attendee.name.required", "Name");
        }

        if (partnerId is { } p && _attendees.Any(a => a.PartnerId == p))
        {
            throw new DomainException("attendee.duplicate", "PartnerId", ErrorKind.Conflict);
        }

        var attendee = new SocializationAttendee(Id, name.Trim(), phone, villageCode, interested, partnerId);
        _attendees.Add(attendee);
        return attendee;
    }
}

public sealed class SocializationAttendee
{
    private SocializationAttendee() { }

    internal SocializationAttendee(Guid eventId, string name, string? phone, string villageCode, bool interested, Guid? partnerId)
    {
        Id = Guid.CreateVersion7();
        SocializationEventId = eventId;
        Name = name;
        Phone = phone;
        VillageCode = villageCode;
        Interested = interested;
        PartnerId = partnerId;
    }

    public Guid Id { get; private set; }
    public Guid SocializationEventId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Phone { get; private set; }
    public string VillageCode { get; private set; } = "";
    public bool Interested { get; private set; }

    /// <summary>Set when the attendee is (or has been turned into) a registered partner.</summary>
    public Guid? PartnerId { get; private set; }

    public void LinkPartner(Guid partnerId)
    {
        if (PartnerId is not null)
        {
            throw new DomainException("attendee.already.partner", "PartnerId", ErrorKind.Conflict);
        }

        PartnerId = partnerId;
        Interested = true;
    }
}
