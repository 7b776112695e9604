using System.Globalization;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Questionnaires;

/// <summary>An answer as conditions read it: its text, its number when it is one, its choices when it is a multiple choice.</summary>
public sealed record AnswerValue(string Text, decimal? Number, IReadOnlyList<string>? Choices)
{
    public string AsText() => Text;
}

/// <summary>
/// The answers of a filled form (docs/domain.md, Questionnaires; decision 0025), as text the way an XLSForm keeps them:
/// a number with a dot, whole rupiah, a choice's name, several names separated by spaces, yes or no, a date as yyyy-MM-dd,
/// a photo's file name. Read against the version asked: every problem at once, each naming the question.
/// </summary>
public static class Answers
{
    public const int MaxText = 2000;
    public const decimal MaxRupiah = 1_000_000_000_000m;
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>
    /// The answers kept (only those of questions shown, in the definition's order), or every problem: an answer to a question the
    /// version does not ask, one that does not fit its type or range, a required one missing where it is shown, a photo not sent.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(FormDefinition form, IReadOnlyDictionary<string, string?> raw, DateOnly today,
        ISet<string> photos)
    {
        var errors = new List<DomainException>();
        foreach (var name in raw.Keys.Where(k => form.Find(k) is null))
        {
            errors.Add(new DomainException("answer.unknown", Field(name), ErrorKind.Validation, Short(name)));
        }

        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var q in form.Questions)
        {
            if (!string.IsNullOrWhiteSpace(q.Relevant))
            {
                var condition = Condition.Parse(q.Relevant, out _);
                if (condition is not null && !Condition.Holds(condition, values))
                {
                    // A question not shown keeps no answer (decision 0025).
                    continue;
                }
            }

            raw.TryGetValue(q.Name, out var text);
            text = text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (q.Required)
                {
                    errors.Add(new DomainException("answer.required", Field(q.Name), ErrorKind.Validation, Label(q)));
                }

                continue;
            }

            var value = Value(q, text, today, photos, errors);
            if (value is not null)
            {
                kept[q.Name] = value.Text;
                values[q.Name] = value;
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return kept;
    }

    /// <summary>An answer kept earlier, as conditions read it.</summary>
    public static AnswerValue ValueOf(Question q, string text) => q.Type switch
    {
        QuestionType.Number or QuestionType.Rupiah or QuestionType.Scale =>
            new AnswerValue(text, decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null, null),
        QuestionType.MultipleChoice => new AnswerValue(text, null, text.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        _ => new AnswerValue(text, null, null),
    };

    public static string Field(string name) => "Answers." + name;

    private static AnswerValue? Value(Question q, string text, DateOnly today, ISet<string> photos, List<DomainException> errors)
    {
        var field = Field(q.Name);
        switch (q.Type)
        {
            case QuestionType.Number:
            case QuestionType.Rupiah:
            case QuestionType.Scale:
                if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
                    || (q.Type != QuestionType.Number && n != decimal.Truncate(n)))
                {
                    errors.Add(new DomainException(q.Type switch
                    {
                        QuestionType.Rupiah => "answer.rupiah",
                        QuestionType.Scale => "answer.scale",
                        _ => "answer.number",
                    }, field, ErrorKind.Validation, Label(q)));
                    return null;
                }

                var (min, max) = q.Type switch
                {
                    QuestionType.Scale => (1m, 5m),
                    QuestionType.Rupiah => (q.Min ?? 0m, q.Max ?? MaxRupiah),
                    _ => (q.Min ?? -FormDefinition.NumberLimit, q.Max ?? FormDefinition.NumberLimit),
                };
                if (n < min || n > max || (q.Type == QuestionType.Rupiah && n < 0))
                {
                    errors.Add(new DomainException("answer.range", field, ErrorKind.Validation, Label(q),
                        min.ToString("0.##", CultureInfo.InvariantCulture), max.ToString("0.##", CultureInfo.InvariantCulture)));
                    return null;
                }

                var normal = n.ToString(q.Type == QuestionType.Number ? "0.##########" : "0", CultureInfo.InvariantCulture);
                return new AnswerValue(normal, n, null);
            case QuestionType.SingleChoice:
                if (!q.Choices.Any(c => c.Name == text))
                {
                    errors.Add(new DomainException("answer.choice", field, ErrorKind.Validation, Label(q), Short(text)));
                    return null;
                }

                return new AnswerValue(text, null, null);
            case QuestionType.MultipleChoice:
                var picked = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var wrong = picked.FirstOrDefault(p => !q.Choices.Any(c => c.Name == p));
                if (wrong is not null || picked.Distinct(StringComparer.Ordinal).Count() != picked.Length)
                {
                    errors.Add(new DomainException("answer.choice", field, ErrorKind.Validation, Label(q), Short(wrong ?? text)));
                    return null;
                }

                // Kept in the list's order, so the same choices always read the same.
                var ordered = q.Choices.Select(c => c.Name).Where(picked.Contains).ToList();
                return new AnswerValue(string.Join(' ', ordered), null, ordered);
            case QuestionType.YesNo:
                var yes = text.ToLowerInvariant() switch
                {
                    "yes" or "ya" or "true" or "1" => "yes",
                    "no" or "tidak" or "false" or "0" => "no",
                    _ => null,
                };
                if (yes is null)
                {
                    errors.Add(new DomainException("answer.yesno", field, ErrorKind.Validation, Label(q)));
                    return null;
                }

                return new AnswerValue(yes, null, null);
            case QuestionType.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    || d < EarliestDate || d > today.AddDays(1))
                {
                    errors.Add(new DomainException("answer.date", field, ErrorKind.Validation, Label(q), today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                    return null;
                }

                return new AnswerValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null);
            case QuestionType.Text:
                if (text.Length > MaxText)
                {
                    errors.Add(new DomainException("answer.text.long", field, ErrorKind.Validation, Label(q), MaxText));
                    return null;
                }

                return new AnswerValue(text, null, null);
            default:
                if (!photos.Contains(text))
                {
                    errors.Add(new DomainException("answer.photo", field, ErrorKind.Validation, Label(q)));
                    return null;
                }

                return new AnswerValue(text, null, null);
        }
    }

    private static Bilingual Label(Question q) => new(q.LabelId, q.LabelEn);

    private static string Short(string s) => s.Length > 60 ? s[..60] : s;
}
