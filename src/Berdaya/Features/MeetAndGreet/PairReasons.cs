using System.Globalization;
using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Web.Localization;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// Why a pair was proposed (decision 0031): kept as codes with their values, so that each reader reads the reasons in their own
/// language and in words that suit both sides ("the mentor holds…", not "you lack…"). A reason list is a JSON array of
/// arrays, each a text key followed by its values.
/// </summary>
public sealed class PairReasons
{
    private readonly List<string[]> _items = [];

    public PairReasons Add(string key, params string[] values)
    {
        _items.Add([key, .. values]);
        return this;
    }

    public override string ToString() => JsonSerializer.Serialize(_items);

    /// <summary>The reasons in words, "; " between them; a text kept before reasons were codes is shown as it was written.</summary>
    public static string Read(string kept, Texts texts, CultureInfo culture)
    {
        if (!kept.StartsWith("[[", StringComparison.Ordinal))
        {
            return kept;
        }

        List<string[]>? items;
        try
        {
            items = JsonSerializer.Deserialize<List<string[]>>(kept);
        }
        catch (JsonException)
        {
            return "";
        }

        return string.Join("; ", (items ?? []).Where(i => i.Length > 0 && texts.Has(i[0])).Select(i => texts.Format(i[0], culture, [.. i.Skip(1).Select(v => Value(i[0], v, texts, culture))])));
    }

    private static string Value(string key, string value, Texts texts, CultureInfo culture) => key switch
    {
        "matching.why.licence" => List(value.Split(',').Select(k => texts.Get($"enum.{nameof(LegalityKind)}.{k}", culture)), texts, culture),
        "matching.why.needs" => List(value.Split(',').Select(k => texts.Get($"enum.{nameof(NeedKind)}.{k}", culture).ToLower(culture)), texts, culture),
        "matching.why.km" => double.Parse(value, CultureInfo.InvariantCulture).ToString("0.#", culture),
        _ => value,
    };

    /// <summary>"a", "a dan b", "a, b dan c" in the reader's language.</summary>
    private static string List(IEnumerable<string> items, Texts texts, CultureInfo culture)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all.Take(all.Count - 1)) + " " + texts.Get("matching.why.and", culture) + " " + all[^1];
    }
}
