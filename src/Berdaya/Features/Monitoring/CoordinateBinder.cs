using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// Reads a latitude or longitude from a form whatever the language: a coordinate has no thousands, so a point or a
/// comma is the decimal mark ("-6,87" and "-6.87" are the same place), which the culture's number reading would take
/// for a thousands mark in Indonesian (decision 0016).
/// </summary>
public sealed class CoordinateBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        var value = result.FirstValue?.Trim();
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        if (string.IsNullOrEmpty(value))
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (double.TryParse(value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            bindingContext.Result = ModelBindingResult.Success(number);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(value, bindingContext.ModelMetadata.GetDisplayName()));
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
