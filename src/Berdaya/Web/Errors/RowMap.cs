using System.Globalization;

namespace Berdaya.Web.Errors;

/// <summary>
/// A command built from the rows a user picked in a list names its items by their place in the command
/// ("Members[1].Role"); the message belongs beside the row they came from ("Input.Rows[4].Role").
/// </summary>
public static class RowMap
{
    /// <summary>The row's model-state key, or null when the field is not one of the list's items.</summary>
    public static string? KeyOf(string field, string listName, string rowKey, IReadOnlyList<int> rowOfItem)
    {
        var prefix = listName + "[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = field.IndexOf(']', StringComparison.Ordinal);
        if (end < 0 || !int.TryParse(field.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k >= rowOfItem.Count)
        {
            return null;
        }

        return $"{rowKey}[{rowOfItem[k].ToString(CultureInfo.InvariantCulture)}]{field[(end + 1)..]}";
    }
}
