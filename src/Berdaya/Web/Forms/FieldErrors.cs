using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Berdaya.Web.Forms;

/// <summary>The messages model state holds for a field, as shown beside it (each message once).</summary>
public static class FieldErrors
{
    public static IReadOnlyList<string> Of(ModelStateDictionary modelState, params IEnumerable<string> keys) =>
        keys.SelectMany(k => modelState.TryGetValue(k, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [])
            .Where(m => !string.IsNullOrEmpty(m))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The messages joined into one line, or null when the field has none.</summary>
    public static string? Text(ModelStateDictionary modelState, params IEnumerable<string> keys) =>
        Of(modelState, keys) is { Count: > 0 } messages ? string.Join(" ", messages) : null;
}
