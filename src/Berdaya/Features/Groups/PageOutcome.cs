using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Groups;

/// <summary>
/// How a page answers a broken rule: unknown or out-of-scope records are a 404 page, a role that may
/// never act a 403 page, anything else the message beside its field (issue 2, section 6).
/// </summary>
public static class PageOutcome
{
    public static IActionResult? Handle(PageModel page, DomainException ex, Texts texts, string prefix = "Input", Func<string, string>? mapField = null)
    {
        switch (ex.Kind)
        {
            case ErrorKind.NotFound:
                return page.NotFound();
            case ErrorKind.Forbidden:
                return page.StatusCode(StatusCodes.Status403Forbidden);
        }

        foreach (var e in Problems.Flatten(ex))
        {
            // A rule about the record's state has no input of its own: it goes to the page's summary.
            var field = e.Field is null or "Status" ? null : mapField?.Invoke(e.Field) ?? e.Field;
            var key = field is null ? "" : prefix.Length > 0 ? prefix + "." + field : field;
            page.ModelState.AddModelError(key, Problems.Message(texts, e, CultureInfo.CurrentUICulture));
        }

        return null;
    }

    /// <summary>Maps "Members[k].X" of a command built from the selected rows back to the row it came from.</summary>
    public static Func<string, string> RowMap(string listName, string rowName, IReadOnlyList<int> rowOfItem) => field =>
    {
        var prefix = listName + "[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return field;
        }

        var end = field.IndexOf(']', StringComparison.Ordinal);
        if (end < 0 || !int.TryParse(field.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k >= rowOfItem.Count)
        {
            return field;
        }

        return $"{rowName}[{rowOfItem[k].ToString(CultureInfo.InvariantCulture)}]{field[(end + 1)..]}";
    };
}
