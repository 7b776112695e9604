using System.Globalization;
using System.Text.Encodings.Web;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Berdaya.Web.Forms;

/// <summary>
/// One form field, written once:
/// <c>&lt;input asp-for="Input.Amount" label="@T["..."]" hint="@T["..."]" inputmode="numeric"&gt;</c>
/// renders the label, the input (id, name and value from <c>asp-for</c>), the hint and the error
/// beside it, read from model state; the input's <c>aria-describedby</c> names the hint and the
/// error, and a field in error carries <c>aria-invalid</c>. The same on <c>select</c> and
/// <c>textarea</c>; a checkbox is wrapped in its label. Ids are <c>Input_Amount</c>,
/// <c>Input_Amount-hint</c>, <c>Input_Amount-error</c>; the error is a
/// <c>span.field-error[data-valmsg-for=…]</c>.
/// </summary>
/// <remarks>
/// A field that is not a model property (a query parameter, a handler argument) gives a
/// <c>name</c> instead of <c>asp-for</c>; its id is then made from the name unless given.
/// <c>label-hidden</c> puts the label in <c>aria-label</c> (table rows whose column says it);
/// <c>error-for</c> names the model-state keys when they differ from the field's name (several,
/// space-separated); <c>show-error="false"</c> leaves the error out (a form repeated on each row
/// shows it only in the row that was posted).
/// </remarks>
[HtmlTargetElement("input", Attributes = LabelAttribute, TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = LabelAttribute)]
[HtmlTargetElement("textarea", Attributes = LabelAttribute)]
public sealed class FieldTagHelper : TagHelper
{
    private const string LabelAttribute = "label";

    /// <summary>After the <c>asp-for</c> tag helpers (order 0), which give the element its id, name and value.</summary>
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName(LabelAttribute)]
    public string? Label { get; set; }

    [HtmlAttributeName("label-hidden")]
    public bool LabelHidden { get; set; }

    /// <summary>A class for the label, as in a one-line search form (<c>inline</c>).</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("error-for")]
    public string? ErrorFor { get; set; }

    [HtmlAttributeName("show-error")]
    public bool ShowError { get; set; } = true;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Attribute(output, "name")
            ?? throw new InvalidOperationException($"A field labelled '{Label}' needs asp-for or a name.");
        var id = Attribute(output, "id");
        if (string.IsNullOrEmpty(id))
        {
            id = TagBuilder.CreateSanitizedId(name, "_");
            output.Attributes.SetAttribute("id", id);
        }

        // No script reads the client-side validation attributes; they would only weigh the page.
        foreach (var attribute in output.Attributes.Where(a => a.Name.StartsWith("data-val", StringComparison.Ordinal)).ToList())
        {
            output.Attributes.Remove(attribute);
        }

        var keys = (ErrorFor ?? name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        KeepDecimalAsWritten(context, output, name);

        var messages = ShowError ? FieldErrors.Of(ViewContext.ViewData.ModelState, keys).Select(m => InWords(m, name, keys)).ToList() : [];
        if (ShowError)
        {
            FormSummary.Of(ViewContext.HttpContext).Add(new FormSummary.Field(keys, id, Label ?? "", m => InWords(m, name, keys)));
        }

        var describedBy = new List<string>();
        if (Attribute(output, "aria-describedby") is { Length: > 0 } existing)
        {
            describedBy.Add(existing);
        }

        var checkbox = output.TagName == "input" && Attribute(output, "type") is "checkbox" or "radio";
        var label = HtmlEncoder.Default.Encode(Label ?? "");
        if (LabelHidden)
        {
            output.Attributes.SetAttribute("aria-label", Label ?? "");
        }
        else if (checkbox)
        {
            output.PreElement.AppendHtml("<label class=\"check\">");
        }
        else
        {
            var css = string.IsNullOrEmpty(LabelClass) ? "" : $" class=\"{HtmlEncoder.Default.Encode(LabelClass)}\"";
            output.PreElement.AppendHtml($"<label for=\"{HtmlEncoder.Default.Encode(id)}\"{css}>{label}</label>");
        }

        if (checkbox && !LabelHidden)
        {
            output.PostElement.AppendHtml($" {label}</label>");
        }

        if (!string.IsNullOrEmpty(Hint))
        {
            var hintId = id + "-hint";
            describedBy.Add(hintId);
            output.PostElement.AppendHtml($"<span class=\"muted\" id=\"{HtmlEncoder.Default.Encode(hintId)}\">{HtmlEncoder.Default.Encode(Hint)}</span>");
        }

        if (ShowError)
        {
            var errorId = id + "-error";
            var error = new TagBuilder("span");
            error.AddCssClass("field-error");
            error.Attributes["id"] = errorId;
            error.Attributes["data-valmsg-for"] = keys[0];
            if (messages.Count > 0)
            {
                describedBy.Add(errorId);
                error.InnerHtml.Append(string.Join(" ", messages));
                output.Attributes.SetAttribute("aria-invalid", "true");
                if (Attribute(output, "class") is not { } css || !css.Split(' ').Contains(HtmlHelper.ValidationInputCssClassName))
                {
                    output.AddClass(HtmlHelper.ValidationInputCssClassName, HtmlEncoder.Default);
                }
            }

            output.PostElement.AppendHtml(error);
        }

        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(" ", describedBy));
        }
    }

    /// <summary>
    /// A decimal from the model is written without trailing zeros and with the request culture's
    /// decimal mark ("250000000", "2,5" in Indonesian), which is how the model binder reads it back;
    /// what the user typed is shown as typed.
    /// </summary>
    private void KeepDecimalAsWritten(TagHelperContext context, TagHelperOutput output, string name)
    {
        if (For is null || output.TagName != "input" || context.AllAttributes.ContainsName("value") || context.AllAttributes.ContainsName("asp-format")
            || (Nullable.GetUnderlyingType(For.Metadata.ModelType) ?? For.Metadata.ModelType) != typeof(decimal)
            || ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null)
        {
            return;
        }

        output.Attributes.SetAttribute("value", For.Model is decimal d ? d.ToString("0.##", CultureInfo.CurrentCulture) : "");
    }

    /// <summary>
    /// A message that names the field by its property ("RecommendedAmount is required", "CohortYear: "abc" could not
    /// be read", "Value: …" of a dictionary's entry) names it by the label the user sees instead ("Jumlah rekomendasi
    /// wajib diisi").
    /// </summary>
    private string InWords(string message, string name, IReadOnlyList<string> keys)
    {
        if (string.IsNullOrEmpty(Label))
        {
            return message;
        }

        foreach (var key in keys)
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(key, out var entry)
                && ModelBindingMessages.Relabel(message, entry.AttemptedValue, Label) is var relabelled && relabelled != message)
            {
                return relabelled;
            }
        }

        var property = For?.Metadata.GetDisplayName() ?? name.Split('.')[^1];
        return string.IsNullOrEmpty(property) ? message : message.Replace(property, Label, StringComparison.Ordinal);
    }

    private static string? Attribute(TagHelperOutput output, string name) =>
        output.Attributes.TryGetAttribute(name, out var a) ? a.Value switch
        {
            null => null,
            string s => s,
            Microsoft.AspNetCore.Html.IHtmlContent html => Render(html),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        } : null;

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent html)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        html.WriteTo(writer, NullHtmlEncoder.Default);
        return writer.ToString();
    }
}
