using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Berdaya.Web.Forms;

/// <summary>
/// Reads a decimal as the platform does (the request culture's marks, thousands allowed), but refuses a
/// thousands mark that does not stand between groups of three digits: in Indonesian "2.5" is not 25 but
/// a mistake for "2,5", and "8.000.000" is eight million (docs/domain.md, Bounds on input).
/// </summary>
public sealed class DecimalBinder(IModelBinder inner) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        var value = result.FirstValue?.Trim();
        if (!string.IsNullOrEmpty(value) && !GroupedWell(value, result.Culture.NumberFormat))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(value, bindingContext.ModelMetadata.GetDisplayName()));
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        return inner.BindModelAsync(bindingContext);
    }

    /// <summary>Every thousands mark sits before the decimal mark with exactly three digits after it.</summary>
    public static bool GroupedWell(string value, NumberFormatInfo format)
    {
        var group = format.NumberGroupSeparator;
        var decimalMark = format.NumberDecimalSeparator;
        var at = value.IndexOf(decimalMark, StringComparison.Ordinal);
        var whole = at >= 0 ? value[..at] : value;
        var fraction = at >= 0 ? value[(at + decimalMark.Length)..] : "";
        if (fraction.Contains(group, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = whole.Split(group);
        return parts.Length == 1 || (parts[0].TrimStart('-', '+').Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3 && p.All(char.IsAsciiDigit)));
    }
}

/// <summary>Puts <see cref="DecimalBinder"/> in front of the platform's decimal binder.</summary>
public sealed class DecimalBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        if (type != typeof(decimal))
        {
            return null;
        }

        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new DecimalBinder(new DecimalModelBinder(NumberStyles.Float | NumberStyles.AllowThousands, loggers));
    }
}
