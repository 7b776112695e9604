using Berdaya.Domain.Common;

namespace Berdaya.Domain.Monitoring;

/// <summary>
/// A monitoring visit (docs/domain.md, Monitoring visits, help requests and follow-ups): who went where, which partners
/// were seen, what was found and what was advised. Its follow-ups are their own records (<see cref="FollowUp"/>).
/// </summary>
public sealed class MonitoringVisit
{
    public const int MaxPlace = 200;
    public const int MaxVisitors = 500;
    public const int MaxAdvice = 2000;
    public const int MaxFinding = 1000;

    private readonly List<VisitPartner> _partners = [];
    private readonly List<VisitFinding> _findings = [];

    private MonitoringVisit() { }

    public MonitoringVisit(Guid programId, Guid? groupId, DateOnly visitedOn, string place, string visitors, string? advice, string? recordedByUserId,
        DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        GroupId = groupId;
        VisitedOn = visitedOn;
        Place = place.Trim();
        Visitors = visitors.Trim();
        Advice = string.IsNullOrWhiteSpace(advice) ? null : advice.Trim();
        RecordedByUserId = recordedByUserId;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }

    /// <summary>The group visited, when the partners were picked from one group.</summary>
    public Guid? GroupId { get; private set; }

    public DateOnly VisitedOn { get; private set; }
    public string Place { get; private set; } = "";

    /// <summary>Who came: officers' and facilitators' names as written.</summary>
    public string Visitors { get; private set; } = "";

    /// <summary>The advice given to everyone visited.</summary>
    public string? Advice { get; private set; }

    public string? RecordedByUserId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public IReadOnlyList<VisitPartner> Partners => _partners;
    public IReadOnlyList<VisitFinding> Findings => _findings;

    /// <summary>
    /// The visit's own rules: a date inside the window and not in the future, a place, who came, at least one
    /// partner, and every text within its bound.
    /// </summary>
    public static List<DomainException> Problems(DateOnly? visitedOn, DateOnly today, string? place, string? visitors, string? advice, int partners)
    {
        var errors = new List<DomainException>();
        if (visitedOn is null)
        {
            errors.Add(new DomainException("visit.date.required", "VisitedOn"));
        }
        else if (visitedOn > today)
        {
            errors.Add(new DomainException("date.future", "VisitedOn"));
        }
        else if (visitedOn < BusinessCalendar.Earliest)
        {
            errors.Add(new DomainException("visit.date.tooearly", "VisitedOn"));
        }

        Text(place, MaxPlace, "Place", "visit.place.required", errors);
        Text(visitors, MaxVisitors, "Visitors", "visit.visitors.required", errors);
        Text(advice, MaxAdvice, "Advice", null, errors);
        if (partners == 0)
        {
            errors.Add(new DomainException("visit.partners.required", "PartnerIds"));
        }

        return errors;
    }

    /// <summary>A required (when <paramref name="required"/> names its code) or optional text within its bound.</summary>
    public static void Text(string? text, int max, string field, string? required, List<DomainException> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required is not null)
            {
                errors.Add(new DomainException(required, field));
            }
        }
        else if (text.Trim().Length > max)
        {
            errors.Add(new DomainException("text.toolong", field, ErrorKind.Validation, max));
        }
    }

    public VisitPartner AddPartner(Guid partnerId, string? advice)
    {
        if (_partners.Exists(p => p.PartnerId == partnerId))
        {
            throw new DomainException("visit.partner.duplicate", "PartnerIds");
        }

        var row = new VisitPartner(Id, partnerId, string.IsNullOrWhiteSpace(advice) ? null : advice.Trim());
        _partners.Add(row);
        return row;
    }

    public VisitFinding AddFinding(NeedKind kind, string text, Guid? partnerId)
    {
        if (partnerId is { } p && !_partners.Exists(x => x.PartnerId == p))
        {
            throw new DomainException("visit.finding.partner", "Findings");
        }

        var row = new VisitFinding(Id, kind, text.Trim(), partnerId);
        _findings.Add(row);
        return row;
    }
}

/// <summary>A partner seen on a visit, with the advice given to them alone.</summary>
public sealed class VisitPartner
{
    private VisitPartner() { }

    internal VisitPartner(Guid visitId, Guid partnerId, string? advice)
    {
        VisitId = visitId;
        PartnerId = partnerId;
        Advice = advice;
    }

    public Guid VisitId { get; private set; }
    public Guid PartnerId { get; private set; }
    public string? Advice { get; private set; }
}

/// <summary>A problem found on a visit, of the kinds a help request uses; about one partner or (no partner) everyone visited.</summary>
public sealed class VisitFinding
{
    private VisitFinding() { }

    internal VisitFinding(Guid visitId, NeedKind kind, string text, Guid? partnerId)
    {
        Id = Guid.CreateVersion7();
        VisitId = visitId;
        Kind = kind;
        Text = text;
        PartnerId = partnerId;
    }

    public Guid Id { get; private set; }
    public Guid VisitId { get; private set; }
    public NeedKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public Guid? PartnerId { get; private set; }
}
