using Berdaya.Domain.Common;
using Berdaya.Domain.Impact;
using Berdaya.Domain.Surveys;

namespace Berdaya.Domain.Proposals;

/// <summary>
/// A group's loan application (proposal pengajuan): an amount and purpose per member.
/// States: draft → submitted → under survey → decided (Enabling; docs/domain.md, Proposals, surveys and decisions).
/// </summary>
public sealed class Proposal
{
    private readonly List<ProposalItem> _items = [];
    private readonly List<ProposalStatusChange> _history = [];

    private Proposal() { }

    public Proposal(Guid programId, Guid groupId, string? businessPlan, string createdBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        GroupId = groupId;
        BusinessPlan = businessPlan?.Trim();
        Status = ProposalStatus.Draft;
        CreatedAt = at;
        _history.Add(new ProposalStatusChange(Id, null, ProposalStatus.Draft, createdBy, at, null));
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid GroupId { get; private set; }
    public string? BusinessPlan { get; private set; }
    public ProposalStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();
    public IReadOnlyList<ProposalItem> Items => _items;
    public IReadOnlyList<ProposalStatusChange> History => _history;

    public decimal RequestedTotal => _items.Sum(i => i.RequestedAmount);

    /// <summary>Replaces the members' requests while the proposal is a draft.</summary>
    public void SetRequests(string? businessPlan, IReadOnlyList<(Guid PartnerId, decimal Amount, string Purpose)> requests, ISet<Guid> groupMembers)
    {
        RequireStatus(ProposalStatus.Draft);
        var errors = new List<DomainException>();
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            if (!groupMembers.Contains(r.PartnerId))
            {
                errors.Add(new DomainException("proposal.item.notmember", $"Items[{i}].PartnerId"));
            }

            Rupiah.Check(r.Amount, $"Items[{i}].Amount", errors);

            if (string.IsNullOrWhiteSpace(r.Purpose))
            {
                errors.Add(new DomainException("proposal.item.purpose", $"Items[{i}].Purpose"));
            }
        }

        if (requests.Select(r => r.PartnerId).Distinct().Count() != requests.Count)
        {
            errors.Add(new DomainException("proposal.item.duplicate", "Items"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        BusinessPlan = string.IsNullOrWhiteSpace(businessPlan) ? null : businessPlan.Trim();
        var wanted = requests.ToDictionary(r => r.PartnerId);
        _items.RemoveAll(item => !wanted.ContainsKey(item.PartnerId));
        foreach (var r in requests)
        {
            var existing = _items.FirstOrDefault(item => item.PartnerId == r.PartnerId);
            if (existing is null)
            {
                _items.Add(new ProposalItem(Id, r.PartnerId, r.Amount, r.Purpose.Trim()));
            }
            else
            {
                existing.ChangeRequest(r.Amount, r.Purpose.Trim());
            }
        }

        Touch();
    }

    public void Submit(string by, DateTimeOffset at)
    {
        RequireStatus(ProposalStatus.Draft);
        if (_items.Count == 0)
        {
            throw new DomainException("proposal.items.required", "Items");
        }

        SubmittedAt = at;
        Move(ProposalStatus.Submitted, by, at, null);
    }

    /// <summary>Sends a submitted proposal back to its group for changes, with a reason.</summary>
    public void ReturnToDraft(string by, DateTimeOffset at, string reason)
    {
        RequireStatus(ProposalStatus.Submitted);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("reason.required", "Reason");
        }

        Move(ProposalStatus.Draft, by, at, reason.Trim());
    }

    public MemberSurvey RecordSurvey(Guid partnerId, DateOnly surveyedOn, string officerUserId, IReadOnlyDictionary<string, int> scores,
        IReadOnlyCollection<string> aspectCodes, string? notes, decimal recommendedAmount, string by, DateTimeOffset at, BusinessFigures? baseline = null)
    {
        if (Status is not (ProposalStatus.Submitted or ProposalStatus.UnderSurvey))
        {
            throw new DomainException("proposal.status", "Status", ErrorKind.Conflict, Status);
        }

        var item = Item(partnerId);
        if (surveyedOn < BusinessCalendar.DateOf(SubmittedAt!.Value))
        {
            throw new DomainException("survey.date.beforesubmit", "SurveyedOn");
        }

        var survey = new MemberSurvey(Id, item.Id, partnerId, surveyedOn, officerUserId, scores, aspectCodes, notes, recommendedAmount, baseline);
        item.SetSurvey(survey);
        if (Status == ProposalStatus.Submitted)
        {
            Move(ProposalStatus.UnderSurvey, by, at, null);
        }

        Touch();
        return survey;
    }

    /// <summary>
    /// Decides one member. Only once every member is surveyed; an approval is at most the survey's
    /// recommendation and the program's cap (docs/domain.md, Proposals, surveys and decisions).
    /// </summary>
    public void Decide(Guid partnerId, bool approve, decimal? amount, string? reason, decimal programCap, string by, DateTimeOffset at)
    {
        // Before every member is surveyed the answer says how many are left, in either open state.
        if (Status is ProposalStatus.Submitted or ProposalStatus.UnderSurvey && _items.Any(i => i.Survey is null))
        {
            throw new DomainException("proposal.decide.unsurveyed", "PartnerId", ErrorKind.Conflict, _items.Count(i => i.Survey is null));
        }

        if (Status != ProposalStatus.UnderSurvey)
        {
            throw new DomainException("proposal.status", "Status", ErrorKind.Conflict, Status);
        }

        var item = Item(partnerId);
        item.Decide(approve, amount, reason, programCap, by, at);
        if (_items.All(i => i.Decision is not null))
        {
            DecidedAt = at;
            Move(ProposalStatus.Decided, by, at, null);
        }

        Touch();
    }

    public IEnumerable<ProposalItem> ApprovedItems => _items.Where(i => i.Decision == DecisionOutcome.Approved);

    private ProposalItem Item(Guid partnerId) =>
        _items.FirstOrDefault(i => i.PartnerId == partnerId) ?? throw new DomainException("proposal.item.notfound", "PartnerId", ErrorKind.NotFound);

    private void RequireStatus(ProposalStatus expected)
    {
        if (Status != expected)
        {
            throw new DomainException("proposal.status", "Status", ErrorKind.Conflict, Status);
        }
    }

    private void Move(ProposalStatus to, string by, DateTimeOffset at, string? note)
    {
        _history.Add(new ProposalStatusChange(Id, Status, to, by, at, note));
        Status = to;
    }

    private void Touch() => Version = Guid.NewGuid();
}

public enum ProposalStatus
{
    Draft = 1,
    Submitted = 2,
    UnderSurvey = 3,
    Decided = 4,
}

public enum DecisionOutcome
{
    Approved = 1,
    Rejected = 2,
}

public sealed class ProposalItem
{
    private ProposalItem() { }

    internal ProposalItem(Guid proposalId, Guid partnerId, decimal amount, string purpose)
    {
        Id = Guid.CreateVersion7();
        ProposalId = proposalId;
        PartnerId = partnerId;
        RequestedAmount = amount;
        Purpose = purpose;
    }

    public Guid Id { get; private set; }
    public Guid ProposalId { get; private set; }
    public Guid PartnerId { get; private set; }
    public decimal RequestedAmount { get; private set; }
    public string Purpose { get; private set; } = "";
    public MemberSurvey? Survey { get; private set; }
    public DecisionOutcome? Decision { get; private set; }
    public decimal? ApprovedAmount { get; private set; }
    public string? DecisionReason { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    internal void ChangeRequest(decimal amount, string purpose)
    {
        RequestedAmount = amount;
        Purpose = purpose;
    }

    internal void SetSurvey(MemberSurvey survey)
    {
        if (Decision is not null)
        {
            throw new DomainException("proposal.item.decided", "PartnerId", ErrorKind.Conflict);
        }

        Survey = survey;
    }

    internal void Decide(bool approve, decimal? amount, string? reason, decimal programCap, string by, DateTimeOffset at)
    {
        if (Decision is not null)
        {
            throw new DomainException("proposal.item.decided", "PartnerId", ErrorKind.Conflict);
        }

        if (approve)
        {
            if (amount is not { } a || a <= 0)
            {
                throw new DomainException("money.positive", "Amount");
            }

            if (a != decimal.Truncate(a))
            {
                throw new DomainException("money.whole", "Amount");
            }

            if (a > Survey!.RecommendedAmount)
            {
                throw new DomainException("decision.above.recommendation", "Amount", ErrorKind.Validation, Survey.RecommendedAmount);
            }

            if (a > programCap)
            {
                throw new DomainException("decision.above.cap", "Amount", ErrorKind.Validation, programCap);
            }

            Decision = DecisionOutcome.Approved;
            ApprovedAmount = a;
            DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        }
        else
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new DomainException("decision.reason.required", "Reason");
            }

            Decision = DecisionOutcome.Rejected;
            ApprovedAmount = null;
            DecisionReason = reason.Trim();
        }

        DecidedBy = by;
        DecidedAt = at;
    }
}

public sealed class ProposalStatusChange
{
    private ProposalStatusChange() { }

    internal ProposalStatusChange(Guid proposalId, ProposalStatus? from, ProposalStatus to, string by, DateTimeOffset at, string? note)
    {
        Id = Guid.CreateVersion7();
        ProposalId = proposalId;
        From = from;
        To = to;
        ChangedBy = by;
        ChangedAt = at;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid ProposalId { get; private set; }
    public ProposalStatus? From { get; private set; }
    public ProposalStatus To { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
    public string? Note { get; private set; }
}
