using System.Globalization;
using System.Text;

namespace Berdaya.Domain.Questionnaires;

/// <summary>One test of a condition: a question's answer compared with a value, or a choice selected.</summary>
public sealed record ConditionTest(string Question, string Op, string Value);

/// <summary>
/// A question's display condition (decision 0025), in the XLSForm <c>relevant</c> notation limited to what field forms use:
/// <c>${q} = 'v'</c> (also !=, &gt;, &gt;=, &lt;, &lt;= with a number), <c>selected(${q}, 'v')</c>, joined by <c>and</c> and
/// <c>or</c> (and binds first), with parentheses. Parsed into alternatives of tests, so the server and the offline form judge it alike.
/// </summary>
public static class Condition
{
    private static readonly string[] Ops = [">=", "<=", "!=", "=", ">", "<"];

    /// <summary>The most alternatives a condition may multiply out to (parentheses joined by and), and how deep parentheses may nest.</summary>
    public const int MaxAlternatives = 64;

    private const int MaxDepth = 10;

    /// <summary>
    /// The alternatives (or) of conjunctions (and) of tests, or null with the fragment that could not be read. Parentheses are
    /// multiplied out, so <c>(a or b) and c</c> reads as <c>a and c</c>, or <c>b and c</c> (decision 0025).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ConditionTest>>? Parse(string text, out string? problem)
    {
        problem = null;
        var pos = 0;
        var alternatives = Alternatives(text, ref pos, 0, ref problem);
        if (alternatives is null)
        {
            return null;
        }

        SkipSpace(text, ref pos);
        if (pos < text.Length)
        {
            problem = Fragment(text, pos);
            return null;
        }

        return alternatives;
    }

    /// <summary>Conjunctions joined by <c>or</c>.</summary>
    private static List<IReadOnlyList<ConditionTest>>? Alternatives(string text, ref int pos, int depth, ref string? problem)
    {
        var alternatives = new List<IReadOnlyList<ConditionTest>>();
        while (true)
        {
            var conjunction = Conjunction(text, ref pos, depth, ref problem);
            if (conjunction is null)
            {
                return null;
            }

            alternatives.AddRange(conjunction);
            if (alternatives.Count > MaxAlternatives)
            {
                problem = Fragment(text, 0);
                return null;
            }

            SkipSpace(text, ref pos);
            if (!Word(text, ref pos, "or"))
            {
                return alternatives;
            }
        }
    }

    /// <summary>Tests and parenthesised alternatives joined by <c>and</c>, multiplied out into alternatives.</summary>
    private static List<IReadOnlyList<ConditionTest>>? Conjunction(string text, ref int pos, int depth, ref string? problem)
    {
        List<IReadOnlyList<ConditionTest>> product = [[]];
        while (true)
        {
            SkipSpace(text, ref pos);
            var start = pos;
            List<IReadOnlyList<ConditionTest>>? factor;
            if (depth < MaxDepth && Char(text, ref pos, '('))
            {
                factor = Alternatives(text, ref pos, depth + 1, ref problem);
                if (factor is null)
                {
                    return null;
                }

                if (!Char(text, ref pos, ')'))
                {
                    problem = Fragment(text, pos);
                    return null;
                }
            }
            else
            {
                var test = ReadTest(text, ref pos);
                if (test is null)
                {
                    problem = Fragment(text, start);
                    return null;
                }

                factor = [[test]];
            }

            product = product.SelectMany(p => factor.Select(f => (IReadOnlyList<ConditionTest>)[.. p, .. f])).ToList();
            if (product.Count > MaxAlternatives)
            {
                problem = Fragment(text, 0);
                return null;
            }

            SkipSpace(text, ref pos);
            if (!Word(text, ref pos, "and"))
            {
                return product;
            }
        }
    }

    /// <summary>Null when the condition reads and refers only to questions asked before, with values they can take; else the fragment at fault.</summary>
    public static string? Check(string text, IReadOnlyDictionary<string, Question> before)
    {
        var parsed = Parse(text, out var problem);
        if (parsed is null)
        {
            return problem;
        }

        foreach (var t in parsed.SelectMany(a => a))
        {
            if (!before.TryGetValue(t.Question, out var q))
            {
                return "${" + t.Question + "}";
            }

            var fragment = t.Op == "selected" ? $"selected(${{{t.Question}}}, '{t.Value}')" : $"${{{t.Question}}} {t.Op} {t.Value}";
            var numeric = t.Op is ">" or ">=" or "<" or "<=";
            if (t.Op == "selected" && !q.HasChoices)
            {
                return fragment;
            }

            if (numeric && q.Type is not (QuestionType.Number or QuestionType.Rupiah or QuestionType.Scale or QuestionType.Date))
            {
                return fragment;
            }

            if (numeric && q.Type != QuestionType.Date && !decimal.TryParse(t.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                return fragment;
            }

            if ((t.Op == "selected" || (q.HasChoices && t.Op is "=" or "!=")) && !q.Choices.Any(c => c.Name == t.Value))
            {
                return fragment;
            }

            if (q.Type == QuestionType.YesNo && t.Op is "=" or "!=" && t.Value is not ("yes" or "no"))
            {
                return fragment;
            }
        }

        return null;
    }

    /// <summary>Whether the condition holds for the answers so far (a question not answered reads as empty).</summary>
    public static bool Holds(IReadOnlyList<IReadOnlyList<ConditionTest>> alternatives, IReadOnlyDictionary<string, AnswerValue> answers) =>
        alternatives.Any(all => all.All(t => Holds(t, answers)));

    private static bool Holds(ConditionTest t, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        answers.TryGetValue(t.Question, out var a);
        if (t.Op == "selected")
        {
            return a is not null && (a.Choices?.Contains(t.Value) == true || a.Text == t.Value);
        }

        var text = a?.AsText() ?? "";
        if (t.Op is "=" or "!=")
        {
            var equal = a?.Number is { } n && decimal.TryParse(t.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
                ? n == v
                : string.Equals(text, t.Value, StringComparison.Ordinal);
            return t.Op == "=" ? equal : !equal;
        }

        int cmp;
        if (a?.Number is { } num && decimal.TryParse(t.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            cmp = num.CompareTo(value);
        }
        else if (text.Length > 0)
        {
            cmp = string.CompareOrdinal(text, t.Value);
        }
        else
        {
            return false;
        }

        return t.Op switch
        {
            ">" => cmp > 0,
            ">=" => cmp >= 0,
            "<" => cmp < 0,
            _ => cmp <= 0,
        };
    }

    private static ConditionTest? ReadTest(string s, ref int pos)
    {
        if (Word(s, ref pos, "selected"))
        {
            SkipSpace(s, ref pos);
            if (!Char(s, ref pos, '('))
            {
                return null;
            }

            var q = Reference(s, ref pos);
            SkipSpace(s, ref pos);
            if (q is null || !Char(s, ref pos, ','))
            {
                return null;
            }

            var v = Literal(s, ref pos);
            SkipSpace(s, ref pos);
            return v is null || !Char(s, ref pos, ')') ? null : new ConditionTest(q, "selected", v);
        }

        var name = Reference(s, ref pos);
        if (name is null)
        {
            return null;
        }

        SkipSpace(s, ref pos);
        var at = pos;
        var op = Array.Find(Ops, o => string.CompareOrdinal(s, at, o, 0, o.Length) == 0);
        if (op is null)
        {
            return null;
        }

        pos += op.Length;
        var value = Literal(s, ref pos);
        return value is null ? null : new ConditionTest(name, op, value);
    }

    private static string? Reference(string s, ref int pos)
    {
        SkipSpace(s, ref pos);
        if (string.CompareOrdinal(s, pos, "${", 0, 2) != 0)
        {
            return null;
        }

        var end = s.IndexOf('}', pos + 2);
        if (end < 0)
        {
            return null;
        }

        var name = s[(pos + 2)..end].Trim();
        if (!FormDefinition.IsName(name))
        {
            return null;
        }

        pos = end + 1;
        return name;
    }

    private static string? Literal(string s, ref int pos)
    {
        SkipSpace(s, ref pos);
        if (pos >= s.Length)
        {
            return null;
        }

        if (s[pos] is '\'' or '"')
        {
            var quote = s[pos];
            var end = s.IndexOf(quote, pos + 1);
            if (end < 0)
            {
                return null;
            }

            var text = s[(pos + 1)..end];
            pos = end + 1;
            return text;
        }

        var sb = new StringBuilder();
        while (pos < s.Length && (char.IsDigit(s[pos]) || s[pos] is '.' or '-'))
        {
            sb.Append(s[pos++]);
        }

        return sb.Length > 0 && decimal.TryParse(sb.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? sb.ToString() : null;
    }

    private static bool Word(string s, ref int pos, string word)
    {
        if (string.Compare(s, pos, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var after = pos + word.Length;
        if (after < s.Length && (char.IsLetterOrDigit(s[after]) || s[after] == '_'))
        {
            return false;
        }

        pos = after;
        return true;
    }

    private static bool Char(string s, ref int pos, char c)
    {
        SkipSpace(s, ref pos);
        if (pos < s.Length && s[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    private static void SkipSpace(string s, ref int pos)
    {
        while (pos < s.Length && char.IsWhiteSpace(s[pos]))
        {
            pos++;
        }
    }

    private static string Fragment(string s, int pos)
    {
        var rest = pos >= s.Length ? s : s[pos..];
        return rest.Length > 40 ? rest[..40] : rest;
    }
}
