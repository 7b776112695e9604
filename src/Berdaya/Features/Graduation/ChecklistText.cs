using System.Globalization;
using Berdaya.Domain.Graduation;
using Berdaya.Web;

namespace Berdaya.Features.Graduation;

/// <summary>How a checklist item's reason reads on the pages and the letter: its arguments as rupiah, dates and tiers.</summary>
public static class ChecklistText
{
    /// <summary>The badge's colour of an item's state.</summary>
    public static string ToneOf(ItemState state) => state switch
    {
        ItemState.Met or ItemState.Declared => "pass",
        ItemState.Missing => "warn",
        ItemState.Failed => "bad",
        _ => "",
    };

    /// <summary>The reason's arguments, shown: amounts of a million or more as rupiah, ISO dates as dates, a tier by its words.</summary>
    public static object[] Args(ItemResult item, Func<string, string> words, CultureInfo? culture = null) =>
        item.Args.Select(a =>
            Enum.TryParse<KurTier>(a, out var tier) && !a.All(char.IsAsciiDigit) ? words($"enum.KurTier.{tier}")
            : DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Show.Date(d, culture)
            : decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n >= 1_000_000m ? Show.Rupiah(n)
            : (object)a).ToArray();
}
