using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Questionnaires;

/// <summary>One answer a choice question offers: its stored name and its labels.</summary>
public sealed record Choice(string Name, string LabelId, string? LabelEn = null);

/// <summary>
/// One question (docs/domain.md, Questionnaires): its name (how answers refer to it, as in an XLSForm), its type, labels and
/// hints in Bahasa Indonesia and English, whether it is required, when it is shown, its range, its choices, and the rubric's
/// highest score an evaluator may give it (0: not scored).
/// </summary>
public sealed record Question
{
    public required string Name { get; init; }
    public required QuestionType Type { get; init; }
    public required string LabelId { get; init; }
    public string? LabelEn { get; init; }
    public string? HintId { get; init; }
    public string? HintEn { get; init; }
    public bool Required { get; init; }

    /// <summary>Shown only when this holds (decision 0025: <c>${q3} = 'yes'</c>, <c>selected(${q5}, 'a')</c>, joined by and/or).</summary>
    public string? Relevant { get; init; }

    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>The choice list's name, as in an XLSForm (choice questions only).</summary>
    public string? ListName { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>The highest score the rubric gives this question (0 to 10; 0 when it is not scored).</summary>
    public int MaxScore { get; init; }

    public bool HasChoices => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;
}

/// <summary>A section of a questionnaire, with its questions in order.</summary>
public sealed record Section
{
    public required string Name { get; init; }
    public required string LabelId { get; init; }
    public string? LabelEn { get; init; }
    public IReadOnlyList<Question> Questions { get; init; } = [];
}

/// <summary>
/// What a questionnaire asks (docs/domain.md, Questionnaires; decision 0025): its sections and questions. A draft's
/// definition is edited; a published version's never changes, and answers refer to it.
/// </summary>
public sealed partial record FormDefinition
{
    public const int MaxQuestions = 300;
    public const int MaxSections = 50;
    public const int MaxChoices = 200;
    public const int MaxName = 64;
    public const int MaxLabel = 500;
    public const int MaxHint = 500;
    public const int MaxCondition = 500;
    public const int MaxScoreLimit = 10;
    public const decimal NumberLimit = 1_000_000_000_000m;

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);

    public Question? Find(string name) => Questions.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.Ordinal));

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static FormDefinition FromJson(string json) => JsonSerializer.Deserialize<FormDefinition>(json, Json) ?? new FormDefinition();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    public static bool IsName(string? name) => name is { Length: > 0 and <= MaxName } && NamePattern().IsMatch(name);

    /// <summary>
    /// Every problem of the definition at once, each naming the question (by name) it is about: names well formed and
    /// unique, labels present and bounded, choices for choice questions, ranges in order, conditions that parse and refer to
    /// questions asked before.
    /// </summary>
    public List<DomainException> Problems()
    {
        var errors = new List<DomainException>();
        if (Sections.Count > MaxSections)
        {
            errors.Add(new DomainException("questionnaire.sections.toomany", "Sections", ErrorKind.Validation, MaxSections));
        }

        if (Questions.Count() > MaxQuestions)
        {
            errors.Add(new DomainException("questionnaire.questions.toomany", "Questions", ErrorKind.Validation, MaxQuestions));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var before = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var s in Sections)
        {
            var sectionName = s.Name ?? "";
            if (!IsName(sectionName))
            {
                errors.Add(new DomainException("questionnaire.name.invalid", "Name", ErrorKind.Validation, sectionName, MaxName));
            }
            else if (!seen.Add(sectionName))
            {
                errors.Add(new DomainException("questionnaire.name.duplicate", "Name", ErrorKind.Validation, sectionName));
            }

            CheckLabel(sectionName, s.LabelId, s.LabelEn, errors);
            foreach (var q in s.Questions)
            {
                errors.AddRange(QuestionProblems(q, before, seen));
                if (IsName(q.Name))
                {
                    before[q.Name] = q;
                }
            }
        }

        return errors;
    }

    /// <summary>The problems of one question, given the questions asked before it and the names already used.</summary>
    public static List<DomainException> QuestionProblems(Question q, IReadOnlyDictionary<string, Question> before, ISet<string> seen)
    {
        var errors = new List<DomainException>();
        var name = q.Name ?? "";
        if (!IsName(q.Name))
        {
            errors.Add(new DomainException("questionnaire.name.invalid", "Name", ErrorKind.Validation, name, MaxName));
        }
        else if (!seen.Add(name))
        {
            errors.Add(new DomainException("questionnaire.name.duplicate", "Name", ErrorKind.Validation, name));
        }

        CheckLabel(name, q.LabelId, q.LabelEn, errors);
        if ((q.HintId?.Length ?? 0) > MaxHint || (q.HintEn?.Length ?? 0) > MaxHint)
        {
            errors.Add(new DomainException("questionnaire.hint.long", "Hint", ErrorKind.Validation, name, MaxHint));
        }

        if (q.HasChoices)
        {
            if (q.Choices.Count == 0)
            {
                errors.Add(new DomainException("questionnaire.choices.none", "Choices", ErrorKind.Validation, name));
            }
            else if (q.Choices.Count > MaxChoices)
            {
                errors.Add(new DomainException("questionnaire.choices.toomany", "Choices", ErrorKind.Validation, name, MaxChoices));
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in q.Choices)
            {
                if (string.IsNullOrWhiteSpace(c.Name) || c.Name.Length > MaxName || c.Name.Any(char.IsWhiteSpace))
                {
                    errors.Add(new DomainException("questionnaire.choice.invalid", "Choices", ErrorKind.Validation, name, c.Name ?? ""));
                }
                else if (!names.Add(c.Name))
                {
                    errors.Add(new DomainException("questionnaire.choice.duplicate", "Choices", ErrorKind.Validation, name, c.Name));
                }

                if (string.IsNullOrWhiteSpace(c.LabelId) || c.LabelId.Length > MaxLabel || (c.LabelEn?.Length ?? 0) > MaxLabel)
                {
                    errors.Add(new DomainException("questionnaire.choice.label", "Choices", ErrorKind.Validation, name, c.Name ?? "", MaxLabel));
                }
            }
        }
        else if (q.Choices.Count > 0)
        {
            errors.Add(new DomainException("questionnaire.choices.notallowed", "Choices", ErrorKind.Validation, name));
        }

        if (q.Min is not null || q.Max is not null)
        {
            if (q.Type is not (QuestionType.Number or QuestionType.Rupiah))
            {
                errors.Add(new DomainException("questionnaire.range.notallowed", "Min", ErrorKind.Validation, name));
            }
            else if (Math.Abs(q.Min ?? 0) > NumberLimit || Math.Abs(q.Max ?? 0) > NumberLimit)
            {
                errors.Add(new DomainException("questionnaire.range.limit", "Min", ErrorKind.Validation, name, NumberLimit));
            }
            else if (q.Min > q.Max)
            {
                errors.Add(new DomainException("questionnaire.range.order", "Max", ErrorKind.Validation, name));
            }
        }

        if (q.MaxScore is < 0 or > MaxScoreLimit)
        {
            errors.Add(new DomainException("questionnaire.maxscore.range", "MaxScore", ErrorKind.Validation, name, MaxScoreLimit));
        }

        if (!string.IsNullOrWhiteSpace(q.Relevant))
        {
            if (q.Relevant.Length > MaxCondition)
            {
                errors.Add(new DomainException("questionnaire.condition.long", "Relevant", ErrorKind.Validation, name, MaxCondition));
            }
            else
            {
                var problem = Condition.Check(q.Relevant, before);
                if (problem is not null)
                {
                    errors.Add(new DomainException("questionnaire.condition.invalid", "Relevant", ErrorKind.Validation, name, problem));
                }
            }
        }

        return errors;
    }

    private static void CheckLabel(string name, string? labelId, string? labelEn, List<DomainException> errors)
    {
        if (string.IsNullOrWhiteSpace(labelId))
        {
            errors.Add(new DomainException("questionnaire.label.required", "LabelId", ErrorKind.Validation, name));
        }
        else if (labelId.Length > MaxLabel || (labelEn?.Length ?? 0) > MaxLabel)
        {
            errors.Add(new DomainException("questionnaire.label.long", "LabelId", ErrorKind.Validation, name, MaxLabel));
        }
    }
}
