using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Berdaya.Web.Forms;

/// <summary>
/// The errors of a refused form, gathered for the summary at the top of the page: each one a link to its
/// field, named by the field's label, in the order the fields appear. The fields register themselves
/// while the page renders (<see cref="FieldTagHelper"/>); the layout, rendered after the page, lists them.
/// </summary>
public sealed class FormSummary
{
    private static readonly object ItemKey = new();
    private readonly List<Field> _fields = [];

    /// <summary>A field as rendered: the model-state keys it shows, its element id and label, and how its messages read.</summary>
    public sealed record Field(IReadOnlyList<string> Keys, string Id, string Label, Func<string, string> InWords);

    /// <summary>One line of the summary; <see cref="Href"/> is null for an error about the whole form.</summary>
    public sealed record Line(string Text, string? Href);

    public static FormSummary Of(HttpContext context)
    {
        if (context.Items[ItemKey] is not FormSummary summary)
        {
            summary = new FormSummary();
            context.Items[ItemKey] = summary;
        }

        return summary;
    }

    public void Add(Field field) => _fields.Add(field);

    /// <summary>Every error in model state once: the form's own first, then by field, then any other.</summary>
    public IReadOnlyList<Line> Lines(ModelStateDictionary modelState)
    {
        var lines = new List<Line>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddLine(string text, string? href)
        {
            if (!string.IsNullOrWhiteSpace(text) && seen.Add(href + "\u0000" + text))
            {
                lines.Add(new Line(text, href));
            }
        }

        foreach (var message in Messages(modelState, ""))
        {
            AddLine(message, null);
        }

        // Model state finds a key whatever its case ("CohortYear" of a rule, "cohortYear" of the query): so does the summary.
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "" };
        foreach (var field in _fields)
        {
            foreach (var key in field.Keys)
            {
                shown.Add(key);
                foreach (var message in Messages(modelState, key))
                {
                    var text = field.InWords(message);
                    var named = string.IsNullOrEmpty(field.Label) || text.Contains(field.Label, StringComparison.OrdinalIgnoreCase)
                        ? text
                        : field.Label + ": " + text;
                    AddLine(named, "#" + field.Id);
                }
            }
        }

        foreach (var (key, entry) in modelState.Where(e => !shown.Contains(e.Key)))
        {
            foreach (var message in Messages(modelState, key))
            {
                // A value no field of the page shows: said without the name the model gives it.
                AddLine(ModelBindingMessages.Relabel(message, entry?.AttemptedValue, null), null);
            }
        }

        return lines;
    }

    private static IEnumerable<string> Messages(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];
}
