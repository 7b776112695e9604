using Berdaya.Web.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Berdaya.Web.Layout;

/// <summary>What the region picker partial needs: the form field and its current value.</summary>
public sealed record RegionPickerModel(string Id, string Name, string Label, string? Value, string? CurrentName, string? Error)
{
    /// <summary>
    /// The picker for a form field named <paramref name="name"/> (id as asp-for makes it), its error read from
    /// model state under the name or the given <paramref name="errorKeys"/>.
    /// </summary>
    public static RegionPickerModel For(ModelStateDictionary modelState, string name, string label, string? value, string? currentName = null, params string[] errorKeys) =>
        new(Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(name, "_"), name, label, value, currentName,
            FieldErrors.Text(modelState, errorKeys.Length == 0 ? [name] : errorKeys));
}
