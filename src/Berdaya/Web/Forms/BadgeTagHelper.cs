using System.Globalization;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Repayments;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Berdaya.Web.Forms;

/// <summary>
/// A class or state badge: <c>&lt;badge state="@loan.Class" /&gt;</c> renders
/// <c>&lt;span class="badge warn"&gt;Kurang Lancar&lt;/span&gt;</c>, the text from the enum's words
/// (<c>enum.Collectibility.Substandard</c>) and the colour from <see cref="ToneOf"/>. Other badges
/// give their own words and tone: <c>&lt;badge tone="bad"&gt;…&lt;/badge&gt;</c>.
/// </summary>
[HtmlTargetElement("badge", TagStructure = TagStructure.NormalOrSelfClosing)]
public sealed class BadgeTagHelper(Texts texts) : TagHelper
{
    /// <summary>The class or state shown; its words are used unless the badge has its own.</summary>
    [HtmlAttributeName("state")]
    public Enum? State { get; set; }

    /// <summary>"", "warn", "bad" or "pass"; by default the state's tone.</summary>
    [HtmlAttributeName("tone")]
    public string? Tone { get; set; }

    /// <summary>
    /// The colour of a state: amber for what needs watching, red for what went wrong
    /// (collectibility classes as in docs/domain.md, Arrears and collectibility).
    /// </summary>
    public static string ToneOf(Enum? state) => state switch
    {
        Collectibility.Current => "",
        Collectibility.Substandard => "warn",
        Collectibility => "bad",
        LoanStatus.WrittenOff => "bad",
        DailyCloseStatus.Failed => "bad",
        DailyCloseStatus.Running => "warn",
        OnTimeStatus.Late => "bad",
        OnTimeStatus.Pending => "warn",
        DecisionOutcome.Rejected => "bad",
        GroupRole role => role == GroupRole.Member ? "" : "warn",
        _ => "",
    };

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        var tone = Tone ?? ToneOf(State);
        output.Attributes.SetAttribute("class", tone.Length == 0 ? "badge" : "badge " + tone);
        var own = await output.GetChildContentAsync();
        if (own.IsEmptyOrWhiteSpace && State is { } state)
        {
            output.Content.SetContent(texts.Get($"enum.{state.GetType().Name}.{state}", CultureInfo.CurrentUICulture));
        }
    }
}
