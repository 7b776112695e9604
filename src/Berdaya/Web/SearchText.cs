namespace Berdaya.Web;

/// <summary>
/// A search box's text on the lists that match a name by a part of it (groups, proposals, villages):
/// trimmed and cut to <see cref="MaxLength"/> (no name is longer: docs/domain.md, Bounds on input),
/// and turned into a case-insensitive LIKE pattern whose wildcards are the user's letters, not patterns.
/// </summary>
public static class SearchText
{
    public const int MaxLength = 150;

    /// <summary>The escape character of <see cref="Contains"/> and <see cref="StartsWith"/>, for EF.Functions.Like.</summary>
    public const string Escape = "\\";

    /// <summary>The text to search for, or null when the box is empty.</summary>
    public static string? Normalize(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length > MaxLength)
        {
            t = t[..MaxLength].TrimEnd();
        }

        return t.Length == 0 ? null : t;
    }

    /// <summary>"%TEXT%" in upper case, for a LIKE on the upper-cased column.</summary>
    public static string Contains(string text) => "%" + Escaped(text) + "%";

    /// <summary>"TEXT%" in upper case, for a LIKE on the upper-cased column.</summary>
    public static string StartsWith(string text) => Escaped(text) + "%";

    private static string Escaped(string text) => text.ToUpperInvariant()
        .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
        .Replace("%", Escape + "%", StringComparison.Ordinal)
        .Replace("_", Escape + "_", StringComparison.Ordinal);
}
