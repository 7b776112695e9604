using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Berdaya.Web.Localization;

public sealed class TextsLocalizerFactory(TextsLocalizer localizer) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}

/// <summary>Model-binding messages ("not a number") in the user's language, naming the field.</summary>
public static class ModelBindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider p)
    {
        p.SetValueIsInvalidAccessor(v => T("val.invalid", v));
        p.SetAttemptedValueIsInvalidAccessor((v, f) => T("val.attempted", v, f));
        p.SetMissingBindRequiredValueAccessor(f => T("val.required", f));
        p.SetMissingKeyOrValueAccessor(() => T("val.required.plain"));
        p.SetMissingRequestBodyRequiredValueAccessor(() => T("val.body"));
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(v => T("val.invalid", v));
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => T("val.invalid", ""));
        p.SetUnknownValueIsInvalidAccessor(f => T("val.attempted", "", f));
        p.SetValueMustBeANumberAccessor(f => T("val.number", f));
        p.SetValueMustNotBeNullAccessor(f => T("val.required", f));
        p.SetNonPropertyValueMustBeANumberAccessor(() => T("val.number", ""));
    }

    /// <summary>
    /// A message that a value could not be read names the field as the model knows it (a property, "Value" of a dictionary's
    /// entry): beside a field, and in the summary, it names the field by its <paramref name="label"/>, or by nothing where the page
    /// shows no label for it (decision 0013). Any other message is returned as it is.
    /// </summary>
    public static string Relabel(string message, string? attempted, string? label)
    {
        if (attempted is null || Localizer is null)
        {
            return message;
        }

        const string mark = "\u0001";
        var template = T("val.attempted", attempted, mark);
        var at = template.IndexOf(mark, StringComparison.Ordinal);
        if (at < 0 || message.Length < template.Length - mark.Length || !message.StartsWith(template[..at], StringComparison.Ordinal)
            || !message.EndsWith(template[(at + mark.Length)..], StringComparison.Ordinal))
        {
            return message;
        }

        return string.IsNullOrEmpty(label) ? T("val.invalid", attempted) : T("val.attempted", attempted, label);
    }

    private static string T(string key, params object[] args) =>
        Localizer?[key, args].Value ?? key;

    internal static TextsLocalizer? Localizer { get; set; }
}
