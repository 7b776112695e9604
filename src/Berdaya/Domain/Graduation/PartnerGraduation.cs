using System.Text.Json;
using System.Text.Json.Serialization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;

namespace Berdaya.Domain.Graduation;

/// <summary>
/// A partner leaving the program independent (mandiri) and bankable (docs/domain.md, Bankability and graduation; decision 0029):
/// the day, the evaluation that decided it, the checklist as it held that day (kept so the letter to the bank reads the same
/// later), the need and its KUR tier, and the bank the letter is addressed to. One per partner.
/// </summary>
public sealed class PartnerGraduation
{
    public const int MaxBank = 120;
    public const int MaxChecklist = 20_000;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private PartnerGraduation() { }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public Guid? GroupId { get; private set; }

    /// <summary>The yearly evaluation that decided "graduate"; none for a partner recorded as independent from before the app.</summary>
    public Guid? EvaluationId { get; private set; }

    public int? EvaluationYear { get; private set; }
    public DateOnly GraduatedOn { get; private set; }
    public decimal? Need { get; private set; }
    public KurTier? Tier { get; private set; }
    public string? Bank { get; private set; }

    /// <summary>The checklist's items as they held on the day, as JSON.</summary>
    public string Checklist { get; private set; } = "[]";

    public string GraduatedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<ItemResult> Items() => JsonSerializer.Deserialize<List<ItemResult>>(Checklist, Json) ?? [];

    /// <summary>
    /// Graduates when the partner's latest decided evaluation says "graduate" and the checklist holds; otherwise refuses,
    /// naming the evaluation's decision and every item missing or failing.
    /// </summary>
    public static PartnerGraduation Decide(Guid programId, Guid partnerId, Guid? groupId, (Guid Id, int Year, EvaluationDecision Decision)? evaluation,
        BankabilityResult checklist, string? bank, DateOnly on, string by, DateTimeOffset at)
    {
        var errors = new List<DomainException>();
        if (evaluation is null)
        {
            errors.Add(new DomainException("graduation.evaluation.none", "Evaluation"));
        }
        else if (evaluation.Value.Decision != EvaluationDecision.Graduate)
        {
            errors.Add(new DomainException("graduation.evaluation.decision", "Evaluation", ErrorKind.Validation, evaluation.Value.Year,
                evaluation.Value.Decision));
        }

        foreach (var item in checklist.Open)
        {
            errors.Add(new DomainException("graduation.item.open", "Checklist", ErrorKind.Validation, item.Item, item.State));
        }

        var name = bank?.Trim() ?? "";
        if (name.Length > MaxBank)
        {
            errors.Add(new DomainException("text.toolong", "Bank", ErrorKind.Validation, MaxBank));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return new PartnerGraduation
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            PartnerId = partnerId,
            GroupId = groupId,
            EvaluationId = evaluation!.Value.Id,
            EvaluationYear = evaluation.Value.Year,
            GraduatedOn = on,
            Need = checklist.Need,
            Tier = checklist.Tier,
            Bank = name.Length == 0 ? null : name,
            Checklist = JsonSerializer.Serialize(checklist.Items, Json),
            GraduatedBy = by,
            RecordedAt = at,
        };
    }

    /// <summary>A partner who left independent before the app kept evaluations (demo history, imports): the day and what was known.</summary>
    public static PartnerGraduation FromHistory(Guid programId, Guid partnerId, Guid? groupId, DateOnly on, BankabilityResult checklist, string by, DateTimeOffset at) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            PartnerId = partnerId,
            GroupId = groupId,
            GraduatedOn = on,
            Need = checklist.Need,
            Tier = checklist.Tier,
            Checklist = JsonSerializer.Serialize(checklist.Items, Json),
            GraduatedBy = by,
            RecordedAt = at,
        };
}
