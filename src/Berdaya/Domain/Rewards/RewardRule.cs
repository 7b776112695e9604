using Berdaya.Domain.Common;

namespace Berdaya.Domain.Rewards;

/// <summary>Whom a rule looks at: one partner's installments, or every installment of a group's loans.</summary>
public enum RewardScope
{
    Partner = 1,
    Group = 2,
}

/// <summary>What a rule gives (docs/domain.md, Rewards).</summary>
public enum RewardKind
{
    /// <summary>An invitation to the next exhibition: the invitation list is what is produced.</summary>
    ExhibitionInvitation = 1,

    /// <summary>Goods named by the rule ("kaos dan topi berlogo Telkom").</summary>
    Merchandise = 2,

    Certificate = 3,

    /// <summary>A higher loan ceiling in the next cycle, by the rule's amount.</summary>
    HigherCeiling = 4,
}

/// <summary>
/// A program's reward rule on the on-time record (docs/domain.md, Rewards): every installment due in the last
/// <see cref="Months"/> months paid by its due day, for one partner or for the whole group.
/// </summary>
public sealed class RewardRule
{
    public const int NameMax = 200;
    public const int ItemMax = 200;
    public const int MaxMonths = 60;

    private RewardRule() { }

    public static RewardRule Create(Guid programId, string? name, RewardScope? scope, int? months, RewardKind? kind, string? item, decimal? ceiling,
        string by, DateTimeOffset at)
    {
        var errors = Problems(name, scope, months, kind, item, ceiling);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new RewardRule
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            Name = name!.Trim(),
            Scope = scope!.Value,
            Months = months!.Value,
            Kind = kind!.Value,
            Item = string.IsNullOrWhiteSpace(item) ? null : item.Trim(),
            CeilingIncrease = kind == RewardKind.HigherCeiling ? ceiling : null,
            CreatedBy = by,
            CreatedAt = at,
        };
    }

    /// <summary>Every broken rule of a new rule at once.</summary>
    public static List<DomainException> Problems(string? name, RewardScope? scope, int? months, RewardKind? kind, string? item, decimal? ceiling)
    {
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainException("field.required", "Name"));
        }
        else if (name.Trim().Length > NameMax)
        {
            errors.Add(new DomainException("text.toolong", "Name", ErrorKind.Validation, NameMax));
        }

        if (scope is not { } s || !Enum.IsDefined(s))
        {
            errors.Add(new DomainException("field.required", "Scope"));
        }

        if (months is not { } m || m < 1 || m > MaxMonths)
        {
            errors.Add(new DomainException("reward.months.range", "Months", ErrorKind.Validation, 1, MaxMonths));
        }

        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new DomainException("field.required", "Kind"));
        }
        else if (k == RewardKind.Merchandise && string.IsNullOrWhiteSpace(item))
        {
            errors.Add(new DomainException("reward.item.required", "Item"));
        }
        else if (k == RewardKind.HigherCeiling)
        {
            if (ceiling is not { } c)
            {
                errors.Add(new DomainException("reward.ceiling.required", "CeilingIncrease"));
            }
            else
            {
                Rupiah.Check(c, "CeilingIncrease", errors);
            }
        }

        if (item is { } i && i.Trim().Length > ItemMax)
        {
            errors.Add(new DomainException("text.toolong", "Item", ErrorKind.Validation, ItemMax));
        }

        return errors;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public string Name { get; private set; } = "";
    public RewardScope Scope { get; private set; }
    public int Months { get; private set; }
    public RewardKind Kind { get; private set; }

    /// <summary>The goods of a merchandise reward, or a note on another kind.</summary>
    public string? Item { get; private set; }

    /// <summary>By how much the next cycle's loan ceiling rises (higher ceiling only).</summary>
    public decimal? CeilingIncrease { get; private set; }

    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>
/// A reward given under a rule to a partner (with their group) or to a group, for the period ending on
/// <see cref="AsOf"/>. One per rule, receiver and period (<see cref="Period"/>, the as-of month).
/// </summary>
public sealed class RewardIssue
{
    public const int BasisMax = 500;

    private RewardIssue() { }

    public RewardIssue(RewardRule rule, Guid? partnerId, Guid? groupId, DateOnly asOf, DateOnly issuedOn, string basis, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ProgramId = rule.ProgramId;
        RuleId = rule.Id;
        PartnerId = partnerId;
        GroupId = groupId;
        ReceiverId = rule.Scope == RewardScope.Partner
            ? partnerId ?? throw new ArgumentException("A partner's reward needs the partner.", nameof(partnerId))
            : groupId ?? throw new ArgumentException("A group's reward needs the group.", nameof(groupId));
        AsOf = asOf;
        Period = PeriodOf(asOf);
        IssuedOn = issuedOn;
        Basis = basis.Length > BasisMax ? basis[..BasisMax] : basis;
        IssuedBy = by;
        IssuedAt = at;
    }

    public static string PeriodOf(DateOnly asOf) => asOf.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid RuleId { get; private set; }
    public Guid? PartnerId { get; private set; }
    public Guid? GroupId { get; private set; }

    /// <summary>The partner (partner rules) or the group (group rules): with the rule and period, unique.</summary>
    public Guid ReceiverId { get; private set; }

    public DateOnly AsOf { get; private set; }
    public string Period { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Why it qualified, in the words shown when it was issued.</summary>
    public string Basis { get; private set; } = "";

    public string IssuedBy { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
}
