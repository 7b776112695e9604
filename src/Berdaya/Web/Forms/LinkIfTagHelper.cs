using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Berdaya.Web.Forms;

/// <summary>
/// A link only for a reader who may open its page: <c>&lt;a href="/loans/@id" link-if="@mayOpen"&gt;@number&lt;/a&gt;</c>
/// renders the link when <see cref="LinkIf"/> is true and its text alone (a <c>span</c>, same class and id) when it is
/// not, so no page shows a role a link that would answer "not allowed" or "not found".
/// </summary>
[HtmlTargetElement("a", Attributes = Name)]
public sealed class LinkIfTagHelper : TagHelper
{
    private const string Name = "link-if";

    [HtmlAttributeName(Name)]
    public bool LinkIf { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (LinkIf)
        {
            return;
        }

        output.TagName = "span";
        output.Attributes.RemoveAll("href");
        output.Attributes.RemoveAll("target");
        output.Attributes.RemoveAll("rel");
    }
}
