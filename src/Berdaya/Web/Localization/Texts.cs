using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Berdaya.Domain.Common;
using Microsoft.Extensions.Localization;

namespace Berdaya.Web.Localization;

/// <summary>
/// The UI's words in Bahasa Indonesia and English. Every feature keeps its own
/// <c>*.texts.json</c> (key → {"id": ..., "en": ...}) beside its pages; they are embedded in the
/// assembly and merged here. A missing key shows the key itself, so it is noticed.
/// </summary>
public sealed class Texts
{
    public static readonly string[] Languages = ["id", "en"];

    private readonly FrozenDictionary<string, (string Id, string En)> _texts;

    public Texts()
    {
        var all = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var assembly = typeof(Texts).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".texts.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var doc = JsonDocument.Parse(stream);
            foreach (var prop in doc.RootElement.EnumerateObject())
            {
                var id = prop.Value.GetProperty("id").GetString() ?? prop.Name;
                var en = prop.Value.GetProperty("en").GetString() ?? prop.Name;
                if (!all.TryAdd(prop.Name, (id, en)))
                {
                    throw new InvalidOperationException($"Text key '{prop.Name}' is defined twice ({name}).");
                }
            }
        }

        _texts = all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Keys => _texts.Keys;

    public bool Has(string key) => _texts.ContainsKey(key);

    public string Get(string key, CultureInfo culture) =>
        _texts.TryGetValue(key, out var t) ? (IsEnglish(culture) ? t.En : t.Id) : key;

    public string Format(string key, CultureInfo culture, params object[] args)
    {
        var template = Get(key, culture);
        return args.Length == 0 ? template : string.Format(culture, template, args.Select(a => FormatArg(a, culture)).ToArray());
    }

    private object FormatArg(object arg, CultureInfo culture) => arg switch
    {
        decimal d => Show.Rupiah(d),
        Enum e => Get($"enum.{e.GetType().Name}.{e}", culture),
        Bilingual b => b.In(IsEnglish(culture)),
        _ => arg,
    };

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}

/// <summary>An <see cref="IStringLocalizer"/> over <see cref="Texts"/> for the current UI culture.</summary>
public sealed class TextsLocalizer(Texts texts) : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, texts.Get(name, CultureInfo.CurrentUICulture), !texts.Has(name));

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, texts.Format(name, CultureInfo.CurrentUICulture, arguments), !texts.Has(name));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        texts.Keys.Select(k => this[k]);
}
