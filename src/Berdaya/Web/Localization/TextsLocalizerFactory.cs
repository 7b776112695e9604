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

    private static string T(string key, params object[] args) =>
        Localizer?[key, args].Value ?? key;

    internal static TextsLocalizer? Localizer { get; set; }
}
