using Berdaya.Domain.Common;

namespace Berdaya.Domain.Exhibitions;

/// <summary>Where an exhibition reaches (docs/domain.md, Exhibitions).</summary>
public enum ExhibitionCategory
{
    /// <summary>Inside the operator, at its offices.</summary>
    Local = 1,

    Regional = 2,
    International = 3,
}

public enum InvitationState
{
    Invited = 1,
    Accepted = 2,
    Declined = 3,
}

/// <summary>
/// A quarterly exhibition the program brings its on-time partners to (docs/domain.md, Exhibitions): its places, its cost
/// to the fund (posted once, as a coaching grant, when attendance is recorded) and the invitations. Acceptances count
/// against the places; <see cref="Version"/> makes two acceptances of the last place end in one conflict.
/// </summary>
public sealed class Exhibition
{
    public const int NameMax = 200;
    public const int TextMax = 200;
    public const int MaxPlaces = 10_000;
    public const int MaxMonths = 60;
    public const int DefaultMonths = 12;
    public const int MaxDays = 60;
    public static readonly DateOnly LatestStart = new(2099, 12, 31);

    private readonly List<ExhibitionInvitation> _invitations = [];

    private Exhibition() { }

    public static Exhibition Create(Guid programId, string? name, ExhibitionCategory? category, string? organiser, string? place, DateOnly? startsOn,
        DateOnly? endsOn, int? places, decimal? cost, int? months, string by, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        Text(name, "Name", NameMax, true, errors);
        Text(organiser, "Organiser", TextMax, true, errors);
        Text(place, "Place", TextMax, true, errors);
        if (category is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new DomainException("field.required", "Category"));
        }

        if (startsOn is not { } s)
        {
            errors.Add(new DomainException("field.required", "StartsOn"));
        }
        else if (s < BusinessCalendar.Earliest || s > LatestStart)
        {
            errors.Add(new DomainException("exhibition.dates.range", "StartsOn", ErrorKind.Validation, BusinessCalendar.Earliest, LatestStart));
        }

        if (endsOn is not { } e)
        {
            errors.Add(new DomainException("field.required", "EndsOn"));
        }
        else if (startsOn is { } s2 && e < s2)
        {
            errors.Add(new DomainException("exhibition.dates.order", "EndsOn"));
        }
        else if (startsOn is { } s3 && e.DayNumber - s3.DayNumber > MaxDays)
        {
            errors.Add(new DomainException("exhibition.dates.long", "EndsOn", ErrorKind.Validation, MaxDays));
        }

        if (places is not { } p || p < 1 || p > MaxPlaces)
        {
            errors.Add(new DomainException("exhibition.places.range", "Places", ErrorKind.Validation, 1, MaxPlaces));
        }

        if (cost is { } c)
        {
            Rupiah.CheckNonNegative(c, "Cost", errors);
        }
        else
        {
            errors.Add(new DomainException("field.required", "Cost"));
        }

        if (months is { } m && (m < 1 || m > MaxMonths))
        {
            errors.Add(new DomainException("exhibition.months.range", "Months", ErrorKind.Validation, 1, MaxMonths));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new Exhibition
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            Name = name!.Trim(),
            Category = category!.Value,
            Organiser = organiser!.Trim(),
            Place = place!.Trim(),
            StartsOn = startsOn!.Value,
            EndsOn = endsOn!.Value,
            Places = places!.Value,
            Cost = cost!.Value,
            Months = months ?? DefaultMonths,
            CreatedBy = by,
            CreatedAt = at,
        };
    }

    private static void Text(string? value, string field, int max, bool required, List<DomainException> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new DomainException("field.required", field));
            }
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(new DomainException("text.toolong", field, ErrorKind.Validation, max));
        }
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public string Name { get; private set; } = "";
    public ExhibitionCategory Category { get; private set; }
    public string Organiser { get; private set; } = "";
    public string Place { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    /// <summary>Booths or places for partners.</summary>
    public int Places { get; private set; }

    /// <summary>What the program pays (whole rupiah), posted to the fund's ledger once.</summary>
    public decimal Cost { get; private set; }

    /// <summary>The on-time window: every installment due in this many months before the exhibition (default 12).</summary>
    public int Months { get; private set; }

    /// <summary>How many invitations are accepted; never above <see cref="Places"/>.</summary>
    public int Accepted { get; private set; }

    /// <summary>The coaching-grant entry of the cost, once attendance was recorded.</summary>
    public Guid? CostEntryId { get; private set; }

    public bool Held => CostEntryId is not null || AttendanceRecordedOn is not null;

    public DateOnly? AttendanceRecordedOn { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<ExhibitionInvitation> Invitations => _invitations;

    /// <summary>The date the on-time record is judged on: the day before the exhibition opens, or today when earlier.</summary>
    public DateOnly JudgedOn(DateOnly today) => StartsOn.AddDays(-1) < today ? StartsOn.AddDays(-1) : today;

    /// <summary>
    /// Invites a partner: on the strength of their record (<paramref name="basis"/>) or, when not eligible, only with the
    /// officer's reason, recorded. A partner is invited once.
    /// </summary>
    public ExhibitionInvitation Invite(Guid partnerId, bool eligible, string basis, string? overrideReason, string by, DateTimeOffset at)
    {
        if (Held)
        {
            throw new DomainException("exhibition.held", null, ErrorKind.Conflict);
        }

        if (_invitations.Any(i => i.PartnerId == partnerId))
        {
            throw new DomainException("exhibition.invited.twice", "PartnerId", ErrorKind.Conflict);
        }

        var reason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim();
        if (reason is { Length: > ExhibitionInvitation.ReasonMax })
        {
            throw new DomainValidationException([new DomainException("text.toolong", "OverrideReason", ErrorKind.Validation, ExhibitionInvitation.ReasonMax)]);
        }

        if (!eligible && reason is null)
        {
            throw new DomainValidationException([new DomainException("exhibition.noteligible", "PartnerId", ErrorKind.Validation, basis)]);
        }

        var invitation = new ExhibitionInvitation(Id, partnerId, basis, eligible ? null : reason, by, at);
        _invitations.Add(invitation);
        Version = Guid.NewGuid();
        return invitation;
    }

    /// <summary>The partner's answer. An acceptance takes a place; past the last place it is a conflict (409).</summary>
    public void Respond(ExhibitionInvitation invitation, bool accept, DateTimeOffset at)
    {
        if (Held)
        {
            throw new DomainException("exhibition.held", null, ErrorKind.Conflict);
        }

        var was = invitation.State;
        if (accept && was != InvitationState.Accepted)
        {
            if (Accepted >= Places)
            {
                throw new DomainException("exhibition.full", "Accept", ErrorKind.Conflict, Places);
            }

            Accepted++;
        }
        else if (!accept && was == InvitationState.Accepted)
        {
            Accepted--;
        }

        invitation.Respond(accept, at);
        Version = Guid.NewGuid();
    }

    /// <summary>Who came (accepted invitations only); the rest of the accepted are recorded absent. Once.</summary>
    public void RecordAttendance(IReadOnlySet<Guid> present, DateOnly on)
    {
        if (Held)
        {
            throw new DomainException("exhibition.attendance.twice", null, ErrorKind.Conflict);
        }

        if (on < StartsOn)
        {
            throw new DomainValidationException([new DomainException("exhibition.notstarted", "Present", ErrorKind.Validation, StartsOn)]);
        }

        var unknown = present.Where(p => !_invitations.Any(i => i.PartnerId == p && i.State == InvitationState.Accepted)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainValidationException([new DomainException("exhibition.present.notaccepted", "Present")]);
        }

        foreach (var i in _invitations.Where(i => i.State == InvitationState.Accepted))
        {
            i.MarkAttended(present.Contains(i.PartnerId));
        }

        AttendanceRecordedOn = on;
        Version = Guid.NewGuid();
    }

    public void CostPosted(Guid entryId) => CostEntryId = entryId;
}

/// <summary>One partner's invitation: why they were invited (their record, a reward, or the officer's override), their answer, attendance and results.</summary>
public sealed class ExhibitionInvitation
{
    public const int BasisMax = 500;
    public const int ReasonMax = 500;

    private readonly List<ExhibitionOrder> _orders = [];

    private ExhibitionInvitation() { }

    internal ExhibitionInvitation(Guid exhibitionId, Guid partnerId, string basis, string? overrideReason, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ExhibitionId = exhibitionId;
        PartnerId = partnerId;
        Basis = basis.Length > BasisMax ? basis[..BasisMax] : basis;
        OverrideReason = overrideReason;
        InvitedBy = by;
        InvitedAt = at;
        State = InvitationState.Invited;
    }

    public Guid Id { get; private set; }
    public Guid ExhibitionId { get; private set; }
    public Guid PartnerId { get; private set; }

    /// <summary>The record's verdict when invited, in the words shown then.</summary>
    public string Basis { get; private set; } = "";

    /// <summary>The officer's reason for inviting a partner who was not eligible.</summary>
    public string? OverrideReason { get; private set; }

    public string InvitedBy { get; private set; } = "";
    public DateTimeOffset InvitedAt { get; private set; }
    public InvitationState State { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public bool? Attended { get; private set; }

    /// <summary>What the partner sold at the event (whole rupiah), recorded after it.</summary>
    public decimal? Sales { get; private set; }

    public IReadOnlyList<ExhibitionOrder> Orders => _orders;

    internal void Respond(bool accept, DateTimeOffset at)
    {
        State = accept ? InvitationState.Accepted : InvitationState.Declined;
        RespondedAt = at;
    }

    internal void MarkAttended(bool came) => Attended = came;

    /// <summary>Sales at the event and the orders or new buyers taken there; only for a participant who came.</summary>
    public void RecordResults(decimal? sales, IReadOnlyList<(string? Buyer, string? Contact, string? What, DateOnly? FollowUpOn)> orders, DateOnly eventEnd)
    {
        var errors = new List<DomainException>();
        if (Attended != true)
        {
            throw new DomainException("exhibition.results.notattended", "Sales", ErrorKind.Conflict);
        }

        if (sales is { } s)
        {
            Rupiah.CheckNonNegative(s, "Sales", errors);
        }
        else
        {
            errors.Add(new DomainException("field.required", "Sales"));
        }

        if (orders.Count > ExhibitionOrder.MaxPerInvitation)
        {
            errors.Add(new DomainException("exhibition.orders.many", "Orders", ErrorKind.Validation, ExhibitionOrder.MaxPerInvitation));
        }

        var made = new List<ExhibitionOrder>();
        for (var k = 0; k < orders.Count && k < ExhibitionOrder.MaxPerInvitation; k++)
        {
            var o = orders[k];
            var order = ExhibitionOrder.Create(Id, o.Buyer, o.Contact, o.What, o.FollowUpOn, eventEnd, $"Orders[{k}]", errors);
            if (order is not null)
            {
                made.Add(order);
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Sales = sales;
        _orders.AddRange(made);
    }
}

/// <summary>An order or a new buyer taken at the exhibition, with the day to follow it up.</summary>
public sealed class ExhibitionOrder
{
    public const int NameMax = 200;
    public const int ContactMax = 100;
    public const int WhatMax = 500;
    public const int MaxPerInvitation = 50;

    private ExhibitionOrder() { }

    internal static ExhibitionOrder? Create(Guid invitationId, string? buyer, string? contact, string? what, DateOnly? followUpOn, DateOnly eventEnd,
        string prefix, List<DomainException> errors)
    {
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(buyer))
        {
            errors.Add(new DomainException("field.required", $"{prefix}.Buyer"));
        }
        else if (buyer.Trim().Length > NameMax)
        {
            errors.Add(new DomainException("text.toolong", $"{prefix}.Buyer", ErrorKind.Validation, NameMax));
        }

        if (contact is { } c && c.Trim().Length > ContactMax)
        {
            errors.Add(new DomainException("text.toolong", $"{prefix}.Contact", ErrorKind.Validation, ContactMax));
        }

        if (string.IsNullOrWhiteSpace(what))
        {
            errors.Add(new DomainException("field.required", $"{prefix}.What"));
        }
        else if (what.Trim().Length > WhatMax)
        {
            errors.Add(new DomainException("text.toolong", $"{prefix}.What", ErrorKind.Validation, WhatMax));
        }

        if (followUpOn is { } f && (f < eventEnd || f > eventEnd.AddYears(1)))
        {
            errors.Add(new DomainException("exhibition.followup.range", $"{prefix}.FollowUpOn"));
        }

        return errors.Count > before
            ? null
            : new ExhibitionOrder
            {
                Id = Guid.CreateVersion7(),
                InvitationId = invitationId,
                Buyer = buyer!.Trim(),
                Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim(),
                What = what!.Trim(),
                FollowUpOn = followUpOn,
            };
    }

    public Guid Id { get; private set; }
    public Guid InvitationId { get; private set; }
    public string Buyer { get; private set; } = "";
    public string? Contact { get; private set; }
    public string What { get; private set; } = "";
    public DateOnly? FollowUpOn { get; private set; }
}
