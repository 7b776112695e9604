using Berdaya.Domain.Common;

namespace Berdaya.Domain.Legality;

/// <summary>What a partner enters for one licence: the state wanted and the facts that go with it.</summary>
public sealed record LegalityEntry(
    LegalityState State,
    string? Number = null,
    DateOnly? AppliedOn = null,
    DateOnly? GrantedOn = null,
    DateOnly? ExpiresOn = null,
    string? IssuingOffice = null,
    string? Note = null);

/// <summary>
/// One licence of one partner (docs/domain.md, Legality milestones a partner collects): its state, number,
/// dates, issuing office and document. Every change goes through a guarded method that returns the
/// <see cref="LegalityChange"/> to keep, so the history is complete.
/// </summary>
public sealed class LegalityItem
{
    public const int MaxOffice = 200;
    public const int MaxNote = 500;

    private LegalityItem() { }

    public LegalityItem(Guid programId, Guid partnerId, LegalityKind kind, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        PartnerId = partnerId;
        Kind = kind;
        State = LegalityState.NotStarted;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public LegalityKind Kind { get; private set; }

    /// <summary>The state as recorded; read it through <see cref="StateOn"/>, which turns a lapsed grant into expired.</summary>
    public LegalityState State { get; private set; }

    public string? Number { get; private set; }

    /// <summary>The application date; for a trademark the filing date its 10 years run from.</summary>
    public DateOnly? AppliedOn { get; private set; }

    public DateOnly? GrantedOn { get; private set; }

    /// <summary>The last day the licence holds (PIRT, trademark), or the day a Halal certificate ended by a change.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public string? IssuingOffice { get; private set; }
    public string? Note { get; private set; }
    public Guid? DocumentId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token: two people updating one licence at once cannot overwrite each other.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public LegalityState StateOn(DateOnly today) => LegalityExpiry.StateOn(State, ExpiresOn, today);

    /// <summary>
    /// Every rule an entry breaks. <paramref name="hasFoodSafety"/> says whether the partner has the food-safety
    /// certificate recorded (a PIRT is not granted without it).
    /// </summary>
    public List<DomainException> Problems(LegalityEntry e, string partnerNik, bool hasFoodSafety, DateOnly today)
    {
        var errors = new List<DomainException>();
        var from = StateOn(today);
        if (e.State == LegalityState.Expired)
        {
            // Expired follows from the expiry date or a recorded change, never from a choice.
            errors.Add(new DomainException("legality.state.expired", "State"));
        }
        else if (!MayMove(from, e.State))
        {
            errors.Add(new DomainException("legality.state.move", "State", ErrorKind.Validation, from, e.State));
        }

        if (!string.IsNullOrWhiteSpace(e.Number) && LegalityNumbers.Problem(Kind, e.Number, partnerNik) is { } bad)
        {
            errors.Add(bad);
        }

        CheckDate(e.AppliedOn, "AppliedOn", today, errors);
        CheckDate(e.GrantedOn, "GrantedOn", today, errors);
        if (e.State == LegalityState.Applied && e.AppliedOn is null)
        {
            errors.Add(new DomainException("legality.applied.required", "AppliedOn"));
        }

        if ((e.IssuingOffice?.Trim().Length ?? 0) > MaxOffice)
        {
            errors.Add(new DomainException("text.toolong", "IssuingOffice", ErrorKind.Validation, MaxOffice));
        }

        if ((e.Note?.Trim().Length ?? 0) > MaxNote)
        {
            errors.Add(new DomainException("text.toolong", "Note", ErrorKind.Validation, MaxNote));
        }

        if (e.State != LegalityState.Granted)
        {
            if (e.ExpiresOn is not null)
            {
                errors.Add(new DomainException("legality.expiry.notgranted", "ExpiresOn"));
            }

            return errors;
        }

        if (string.IsNullOrWhiteSpace(e.Number) && Kind != LegalityKind.FoodSafetyCertificate)
        {
            errors.Add(new DomainException("legality.number.required", "Number"));
        }

        if (e.GrantedOn is null)
        {
            errors.Add(new DomainException("legality.granted.required", "GrantedOn"));
        }
        else if (e.AppliedOn is { } applied && applied > e.GrantedOn)
        {
            errors.Add(new DomainException("legality.granted.beforeapplied", "GrantedOn"));
        }

        if (Kind == LegalityKind.Trademark && e.AppliedOn is null)
        {
            // The 10 years run from the filing date (docs/domain.md, Legality milestones).
            errors.Add(new DomainException("legality.trademark.filed.required", "AppliedOn"));
        }

        if (e.ExpiresOn is { } expires)
        {
            if (!LegalityExpiry.HasExpiryDate(Kind))
            {
                errors.Add(new DomainException("legality.expiry.none", "ExpiresOn"));
            }
            else if (e.GrantedOn is { } granted && expires <= granted)
            {
                errors.Add(new DomainException("legality.expiry.beforegrant", "ExpiresOn"));
            }
            else if (e.GrantedOn is { } g && Latest(from, LegalityExpiry.RuleExpiry(Kind, e.AppliedOn, g)) is { } latest && expires > latest)
            {
                errors.Add(new DomainException("legality.expiry.toolate", "ExpiresOn", ErrorKind.Validation, latest));
            }
        }

        if (Kind == LegalityKind.Pirt && !hasFoodSafety)
        {
            errors.Add(new DomainException("legality.pirt.foodsafety", "State"));
        }

        return errors;
    }

    /// <summary>Records an entry once every rule holds; a grant without an expiry date gets the rule's.</summary>
    public LegalityChange Record(LegalityEntry e, string partnerNik, bool hasFoodSafety, DateOnly today, string by, DateTimeOffset at)
    {
        var errors = Problems(e, partnerNik, hasFoodSafety, today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var from = StateOn(today);
        State = e.State;
        Number = string.IsNullOrWhiteSpace(e.Number) ? Number : LegalityNumbers.Stored(Kind, e.Number, partnerNik);
        AppliedOn = e.AppliedOn ?? (e.State == LegalityState.Preparing || e.State == LegalityState.NotStarted ? null : AppliedOn);
        IssuingOffice = string.IsNullOrWhiteSpace(e.IssuingOffice) ? IssuingOffice : e.IssuingOffice.Trim();
        Note = string.IsNullOrWhiteSpace(e.Note) ? null : e.Note.Trim();
        if (e.State == LegalityState.Granted)
        {
            GrantedOn = e.GrantedOn;
            ExpiresOn = e.ExpiresOn ?? Latest(from, LegalityExpiry.RuleExpiry(Kind, AppliedOn, e.GrantedOn!.Value));
        }
        else
        {
            // A grant's dates belong to the grant: a licence not (or no longer) granted has none.
            GrantedOn = null;
            ExpiresOn = null;
        }

        return Changed("record", from, e.GrantedOn ?? e.AppliedOn ?? today, Note, by, at);
    }

    /// <summary>
    /// Renews a trademark for another 10 years, in the last 6 months before its expiry (docs/domain.md,
    /// Legality milestones): earlier is refused, and after the expiry date the mark must be filed anew.
    /// </summary>
    public LegalityChange Renew(DateOnly today, string? note, string by, DateTimeOffset at)
    {
        if (Kind != LegalityKind.Trademark)
        {
            throw new DomainException("legality.renew.kind", "Kind");
        }

        var from = StateOn(today);
        if (from != LegalityState.Granted || ExpiresOn is not { } expires)
        {
            throw new DomainException("legality.renew.notheld", "State", ErrorKind.Validation, from);
        }

        var opens = LegalityExpiry.RenewalOpensOn(expires);
        if (today < opens)
        {
            throw new DomainException("legality.renew.early", "State", ErrorKind.Validation, opens);
        }

        ExpiresOn = expires.AddYears(LegalityExpiry.TrademarkYears);
        Note = string.IsNullOrWhiteSpace(note) ? Note : note.Trim();
        return Changed("renewed", from, today, note, by, at);
    }

    /// <summary>
    /// A change of recipe or process ends a Halal certificate (docs/domain.md, Legality milestones): it is
    /// expired from that day and must be applied for again.
    /// </summary>
    public LegalityChange EndByChange(DateOnly on, string? note, DateOnly today, string by, DateTimeOffset at)
    {
        if (Kind != LegalityKind.Halal)
        {
            throw new DomainException("legality.change.kind", "Kind");
        }

        var from = StateOn(today);
        var errors = new List<DomainException>();
        if (from != LegalityState.Granted)
        {
            errors.Add(new DomainException("legality.change.notheld", "State", ErrorKind.Validation, from));
        }

        CheckDate(on, "ChangedOn", today, errors);
        if (GrantedOn is { } granted && on < granted)
        {
            errors.Add(new DomainException("legality.change.beforegrant", "ChangedOn"));
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            errors.Add(new DomainException("legality.change.note.required", "Note"));
        }
        else if (note.Trim().Length > MaxNote)
        {
            errors.Add(new DomainException("text.toolong", "Note", ErrorKind.Validation, MaxNote));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        State = LegalityState.Expired;
        ExpiresOn = on;
        Note = note!.Trim();
        return Changed("ended", from, on, Note, by, at);
    }

    /// <summary>Keeps a new document (the previous one stays in the history's files).</summary>
    public LegalityChange AttachDocument(Guid attachmentId, DateOnly today, string by, DateTimeOffset at)
    {
        DocumentId = attachmentId;
        return Changed("document", StateOn(today), today, null, by, at);
    }

    /// <summary>The latest expiry a grant may carry: the rule's, or a renewal's when a held licence is corrected.</summary>
    private DateOnly? Latest(LegalityState from, DateOnly? rule) =>
        from == LegalityState.Granted && ExpiresOn is { } current && rule is { } r && current > r ? current : rule;

    /// <summary>Which moves a licence may make by an entry (docs/domain.md, Legality milestones).</summary>
    public static bool MayMove(LegalityState from, LegalityState to) => (from, to) switch
    {
        (_, LegalityState.Expired) => false,
        (LegalityState.Granted, LegalityState.Granted) => true,
        (LegalityState.Granted, _) => false,
        (LegalityState.NotStarted or LegalityState.Preparing, LegalityState.Rejected) => false,
        _ => true,
    };

    private LegalityChange Changed(string action, LegalityState from, DateOnly on, string? note, string by, DateTimeOffset at)
    {
        UpdatedAt = at;
        Version = Guid.NewGuid();
        return new LegalityChange(this, action, from, on, note, by, at);
    }

    private static void CheckDate(DateOnly? date, string field, DateOnly today, List<DomainException> errors)
    {
        if (date is not { } d)
        {
            return;
        }

        if (d > today)
        {
            errors.Add(new DomainException("date.future", field));
        }
        else if (d < BusinessCalendar.Earliest)
        {
            errors.Add(new DomainException("legality.date.early", field, ErrorKind.Validation, BusinessCalendar.Earliest));
        }
    }
}

/// <summary>One change to a licence, kept for its history: what was done, from which state to which, by whom.</summary>
public sealed class LegalityChange
{
    private LegalityChange() { }

    internal LegalityChange(LegalityItem item, string action, LegalityState from, DateOnly on, string? note, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ItemId = item.Id;
        PartnerId = item.PartnerId;
        Action = action;
        FromState = from;
        ToState = item.State;
        Number = item.Number;
        OccurredOn = on;
        ExpiresOn = item.ExpiresOn;
        Note = note?.Trim();
        ChangedBy = by;
        ChangedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ItemId { get; private set; }
    public Guid PartnerId { get; private set; }

    /// <summary>"record", "renewed", "ended" or "document".</summary>
    public string Action { get; private set; } = "";

    public LegalityState FromState { get; private set; }
    public LegalityState ToState { get; private set; }
    public string? Number { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public string? Note { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
}
