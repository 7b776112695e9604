using Berdaya.Domain.Common;

namespace Berdaya.Domain.Graduation;

/// <summary>
/// A checklist item declared by staff with its evidence (docs/domain.md, Bankability and graduation; decision 0029): the family
/// card seen, a village business letter, books kept on paper, the credit needed. Declarations are never changed: a new one
/// for the same item replaces the one in force, and the history stays.
/// </summary>
public sealed class BankabilityDeclaration
{
    public const int MaxEvidence = 500;
    public static readonly DateOnly FirstDate = new(2000, 1, 1);

    /// <summary>The largest credit need taken: beyond the largest KUR tier, but still bounded.</summary>
    public const decimal MaxNeed = 10_000_000_000m;

    private BankabilityDeclaration() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public BankabilityItem Item { get; private set; }
    public string Evidence { get; private set; } = "";

    /// <summary>The date of the evidence (the letter's date, the day the card was seen).</summary>
    public DateOnly? EvidenceOn { get; private set; }

    /// <summary>The credit needed, whole rupiah (only for <see cref="BankabilityItem.CreditNeed"/>).</summary>
    public decimal? Amount { get; private set; }

    public string DeclaredBy { get; private set; } = "";
    public DateOnly DeclaredOn { get; private set; }
    public DateTimeOffset DeclaredAt { get; private set; }

    /// <summary>Every problem of the input at once, naming the field; nothing is made unless there is none.</summary>
    public static BankabilityDeclaration Make(Guid programId, Guid partnerId, BankabilityItem? item, string? evidence, DateOnly? evidenceOn, decimal? amount,
        DateOnly today, string by, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        if (item is null || !Enum.IsDefined(item.Value))
        {
            errors.Add(new DomainException("field.required", "Item"));
        }
        else if (!BankabilityChecklist.Declarable.Contains(item.Value))
        {
            errors.Add(new DomainException("bankability.item.notdeclarable", "Item", ErrorKind.Validation, item.Value));
        }

        var text = evidence?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(new DomainException("bankability.evidence.required", "Evidence"));
        }
        else if (text.Length > MaxEvidence)
        {
            errors.Add(new DomainException("text.toolong", "Evidence", ErrorKind.Validation, MaxEvidence));
        }

        if (evidenceOn > today)
        {
            errors.Add(new DomainException("date.future", "EvidenceOn"));
        }
        else if (evidenceOn < FirstDate)
        {
            errors.Add(new DomainException("bankability.date.range", "EvidenceOn", ErrorKind.Validation, FirstDate));
        }

        if (item == BankabilityItem.CreditNeed)
        {
            if (amount is null)
            {
                errors.Add(new DomainException("bankability.need.required", "Amount"));
            }
            else if (amount <= 0 || amount > MaxNeed || decimal.Truncate(amount.Value) != amount)
            {
                errors.Add(new DomainException("bankability.need.range", "Amount", ErrorKind.Validation, MaxNeed));
            }
        }
        else if (amount is not null)
        {
            errors.Add(new DomainException("bankability.amount.onlyneed", "Amount"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new BankabilityDeclaration
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            PartnerId = partnerId,
            Item = item!.Value,
            Evidence = text,
            EvidenceOn = evidenceOn,
            Amount = amount,
            DeclaredBy = by,
            DeclaredOn = today,
            DeclaredAt = at,
        };
    }

    public DeclaredItem InForce() => new(Item, Evidence, EvidenceOn, Amount, DeclaredBy, DeclaredOn);
}
