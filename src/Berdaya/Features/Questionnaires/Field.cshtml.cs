using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Questionnaires;

/// <summary>
/// Field visits without signal (decision 0025): the page and its script are kept by a service worker, the questionnaires and
/// partners by the browser's storage; forms filled offline wait on the phone and are sent to the API's sync when a
/// connection returns, with the antiforgery token this page hands out.
/// </summary>
public sealed class FieldModel(CurrentUser me, IAntiforgery antiforgery, Texts texts) : PageModel
{
    /// <summary>The texts the script shows, in the user's language.</summary>
    public IReadOnlyDictionary<string, string> ScriptTexts { get; private set; } = new Dictionary<string, string>();

    public IActionResult OnGet()
    {
        RequireField();
        var culture = CultureInfo.CurrentUICulture;
        string[] keys =
        [
            "fieldvisit.status.online", "fieldvisit.status.offline", "fieldvisit.status.ready", "fieldvisit.status.nodata", "fieldvisit.forms.none",
            "fieldvisit.partner", "fieldvisit.partner.pick", "fieldvisit.questionnaire", "fieldvisit.visitdate", "fieldvisit.start", "fieldvisit.save",
            "fieldvisit.cancel", "fieldvisit.saved", "fieldvisit.outbox.none", "fieldvisit.outbox.waiting", "fieldvisit.outbox.sent",
            "fieldvisit.outbox.refused", "fieldvisit.fix", "fieldvisit.remove", "fieldvisit.remove.confirm", "fieldvisit.required",
            "fieldvisit.photo.take", "fieldvisit.choose", "fieldvisit.sent.count", "questionnaire.yes", "questionnaire.no",
        ];
        ScriptTexts = keys.ToDictionary(k => k, k => texts.Get(k, culture));

        // The page is kept by the service worker; the browser asks the network first whenever it can.
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }

    /// <summary>A fresh antiforgery token for the sync (the kept page's token may be older than the browser's cookie).</summary>
    public IActionResult OnGetToken()
    {
        RequireField();
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { token = tokens.RequestToken });
    }

    private void RequireField()
    {
        if (!(me.IsAdmin || me.IsOfficer || me.IsFacilitator))
        {
            throw new DomainException("form.forbidden", null, ErrorKind.Forbidden);
        }
    }
}
