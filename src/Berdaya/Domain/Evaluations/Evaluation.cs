using System.Text.Json;
using System.Text.Json.Serialization;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Evaluations;

public enum EvaluationSubject
{
    Partner,
    Group,
}

/// <summary>The yearly evaluation's decision (docs/domain.md, Evaluation).</summary>
public enum EvaluationDecision
{
    /// <summary>Go on as now.</summary>
    Continue,

    /// <summary>More time or a further loan.</summary>
    Extend,

    /// <summary>Less support (a smaller loan, fewer visits).</summary>
    Reduce,

    /// <summary>Independent and bankable: leaves the program (docs/domain.md, Evaluation).</summary>
    Graduate,

    /// <summary>The partnership ends.</summary>
    Stop,
}

/// <summary>
/// A program's criteria for the yearly evaluation (docs/domain.md, Evaluation; decision 0028): the least on-time share of
/// installments, questionnaire score, turnover growth and trainings attended, and whether a business identity (NIB) is needed.
/// </summary>
public sealed class EvaluationCriteria
{
    public const int DefaultOnTimePercent = 90;
    public const int DefaultScorePercent = 60;
    public const int DefaultTurnoverGrowthPercent = 0;
    public const int DefaultTrainings = 1;

    private EvaluationCriteria() { }

    public EvaluationCriteria(Guid programId)
    {
        ProgramId = programId;
    }

    public Guid ProgramId { get; private set; }
    public int MinOnTimePercent { get; private set; } = DefaultOnTimePercent;
    public int MinScorePercent { get; private set; } = DefaultScorePercent;

    /// <summary>The least growth of the year's turnover against the year before (may be negative: a fall allowed).</summary>
    public int MinTurnoverGrowthPercent { get; private set; } = DefaultTurnoverGrowthPercent;

    public int MinTrainings { get; private set; } = DefaultTrainings;
    public bool RequireNib { get; private set; } = true;

    public void Set(int? onTime, int? score, int? growth, int? trainings, bool requireNib)
    {
        var errors = new List<DomainException>();
        if (onTime is null or < 0 or > 100)
        {
            errors.Add(new DomainException("criteria.percent", "MinOnTimePercent", ErrorKind.Validation, 0, 100));
        }

        if (score is null or < 0 or > 100)
        {
            errors.Add(new DomainException("criteria.percent", "MinScorePercent", ErrorKind.Validation, 0, 100));
        }

        if (growth is null or < -100 or > 1000)
        {
            errors.Add(new DomainException("criteria.percent", "MinTurnoverGrowthPercent", ErrorKind.Validation, -100, 1000));
        }

        if (trainings is null or < 0 or > 52)
        {
            errors.Add(new DomainException("criteria.trainings", "MinTrainings", ErrorKind.Validation, 0, 52));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        MinOnTimePercent = onTime!.Value;
        MinScorePercent = score!.Value;
        MinTurnoverGrowthPercent = growth!.Value;
        MinTrainings = trainings!.Value;
        RequireNib = requireNib;
    }
}

/// <summary>
/// The yearly evaluation of a partner or a group (docs/domain.md, Evaluation; decision 0028): the evidence the app gathered
/// against the program's criteria, the evaluator's and the officer's judgements, and the decision with its reason. The
/// evidence can be gathered again until the decision; after it, nothing changes.
/// </summary>
public sealed class Evaluation
{
    public const int MaxJudgement = 2000;
    public const int MaxReason = 1000;
    public const int MaxEvidence = 400_000;
    public const int FirstYear = 2000;

    private Evaluation() { }

    public Evaluation(Guid programId, int year, EvaluationSubject subject, Guid subjectId, Guid? groupId, string evidence, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        Year = year;
        Subject = subject;
        SubjectId = subjectId;
        GroupId = groupId;
        Evidence = evidence;
        GatheredBy = by;
        GatheredAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public int Year { get; private set; }
    public EvaluationSubject Subject { get; private set; }

    /// <summary>The partner's or the group's id.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The group the partner belonged to (the group itself for a group's evaluation).</summary>
    public Guid? GroupId { get; private set; }

    /// <summary>What the app gathered, as JSON (<see cref="EvaluationEvidence"/>).</summary>
    public string Evidence { get; private set; } = "{}";

    public string GatheredBy { get; private set; } = "";
    public DateTimeOffset GatheredAt { get; private set; }
    public string? EvaluatorJudgement { get; private set; }
    public string? EvaluatorName { get; private set; }
    public DateTimeOffset? EvaluatorAt { get; private set; }
    public string? OfficerJudgement { get; private set; }
    public string? OfficerName { get; private set; }
    public DateTimeOffset? OfficerAt { get; private set; }
    public EvaluationDecision? Decision { get; private set; }
    public string? DecisionReason { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public int Revision { get; private set; }

    public bool IsDecided => Decision is not null;

    public EvaluationEvidence Read() => EvaluationEvidence.FromJson(Evidence);

    /// <summary>The year must have begun and not be before the programs began to be kept.</summary>
    public static DomainException? CheckYear(int? year, DateOnly today) =>
        year is null ? new DomainException("field.required", "Year")
        : year < FirstYear || year > today.Year ? new DomainException("evaluation.year.range", "Year", ErrorKind.Validation, FirstYear, today.Year)
        : null;

    public void Regather(string evidence, string by, DateTimeOffset at)
    {
        RequireOpen();
        Evidence = evidence;
        GatheredBy = by;
        GatheredAt = at;
        Revision++;
    }

    public void JudgeAsEvaluator(string? text, string by, DateTimeOffset at)
    {
        RequireOpen();
        EvaluatorJudgement = Text(text, "Judgement", MaxJudgement, true);
        EvaluatorName = by;
        EvaluatorAt = at;
        Revision++;
    }

    public void JudgeAsOfficer(string? text, string by, DateTimeOffset at)
    {
        RequireOpen();
        OfficerJudgement = Text(text, "Judgement", MaxJudgement, true);
        OfficerName = by;
        OfficerAt = at;
        Revision++;
    }

    /// <summary>The decision, with its reason; "graduate" only when the evidence meets every criterion.</summary>
    public void Decide(EvaluationDecision? decision, string? reason, string by, DateOnly on)
    {
        RequireOpen();
        var errors = new List<DomainException>();
        if (decision is null || !Enum.IsDefined(decision.Value))
        {
            errors.Add(new DomainException("field.required", "Decision"));
        }

        if (TextProblem(reason, "Reason", MaxReason, true) is { } problem)
        {
            errors.Add(problem);
        }

        if (decision == EvaluationDecision.Graduate)
        {
            // Every criterion not met is named (decision 0028).
            foreach (var c in Read().Criteria.Where(c => !c.Met))
            {
                errors.Add(new DomainException("evaluation.graduate.unmet", "Decision", ErrorKind.Validation,
                    Enum.TryParse<Criterion>(c.Name, out var k) ? k : c.Name, c.Required, c.Actual));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Decision = decision;
        DecisionReason = reason!.Trim();
        DecidedBy = by;
        DecidedOn = on;
        Revision++;
    }

    private void RequireOpen()
    {
        if (IsDecided)
        {
            throw new DomainException("evaluation.decided", "Decision", ErrorKind.Conflict);
        }
    }

    private static string Text(string? text, string field, int max, bool required) =>
        TextProblem(text, field, max, required) is { } problem ? throw problem : text?.Trim() ?? "";

    /// <summary>What is wrong with a text for <paramref name="field"/>, or null when it may be kept.</summary>
    private static DomainException? TextProblem(string? text, string field, int max, bool required)
    {
        var t = text?.Trim() ?? "";
        return required && t.Length == 0 ? new DomainException("field.required", field)
            : t.Length > max ? new DomainException("text.toolong", field, ErrorKind.Validation, max)
            : null;
    }
}

/// <summary>A quarter's figures in the evidence.</summary>
public sealed record QuarterFigures(string Quarter, decimal Assets, decimal Turnover, int Employees);

/// <summary>A questionnaire filled in the year, with its scores.</summary>
public sealed record ScoredForm(string Questionnaire, int Version, DateOnly VisitDate, int? Total, int? Max);

/// <summary>Installments due in the year and how they were paid.</summary>
public sealed record RepaymentRecord(int Due, int OnTime, int Late, int Unpaid, decimal? OnTimePercent, string? Class, decimal Outstanding, bool Repaid);

/// <summary>The criteria of a yearly evaluation (docs/domain.md, Evaluation).</summary>
public enum Criterion
{
    OnTime,
    Score,
    TurnoverGrowth,
    Trainings,
    Nib,
}

/// <summary>A criterion (its <see cref="Criterion"/> name), what it asks and what the evidence shows.</summary>
public sealed record CriterionResult(string Name, string Required, string Actual, bool Met);

/// <summary>A member's line in a group's evidence.</summary>
public sealed record MemberLine(Guid PartnerId, string Name, decimal? TurnoverGrowthPercent, decimal? ScorePercent, decimal? OnTimePercent, int Trainings,
    bool Nib, int CriteriaMet, int Criteria);

/// <summary>
/// The evidence of a yearly evaluation (docs/domain.md, Evaluation), kept as gathered so the printed document reads the same
/// years later: report trends, questionnaire scores, the repayment record, legality held, trainings used, markets reached,
/// and each criterion met or not.
/// </summary>
public sealed record EvaluationEvidence
{
    public int Year { get; init; }
    public DateOnly AsOf { get; init; }
    public IReadOnlyList<QuarterFigures> Quarters { get; init; } = [];
    public decimal? AssetsGrowthPercent { get; init; }
    public decimal? TurnoverGrowthPercent { get; init; }
    public int? EmployeesChange { get; init; }
    public IReadOnlyList<ScoredForm> Forms { get; init; } = [];
    public decimal? ScorePercent { get; init; }
    public RepaymentRecord? Repayment { get; init; }
    public IReadOnlyList<string> Legality { get; init; } = [];
    public IReadOnlyList<string> Trainings { get; init; } = [];
    public int ExhibitionsAttended { get; init; }
    public int Placements { get; init; }
    public IReadOnlyList<string> Channels { get; init; } = [];
    public IReadOnlyList<MemberLine> Members { get; init; } = [];
    public IReadOnlyList<CriterionResult> Criteria { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EvaluationEvidence FromJson(string json) => JsonSerializer.Deserialize<EvaluationEvidence>(json, Json) ?? new EvaluationEvidence();

    /// <summary>Growth in percent from one figure to another, one decimal; none when there is nothing to grow from.</summary>
    public static decimal? Growth(decimal? from, decimal? to) =>
        from is > 0 && to is not null ? decimal.Round((to.Value - from.Value) / from.Value * 100m, 1) : null;
}
