using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Loans;

/// <summary>
/// How a loan page answers a broken rule: unknown or out of scope is a 404 page, a role that may never
/// act a 403 page; anything else is shown beside the form's field it names, or above the form when the
/// rule names no field of that form (a rule about the loan's state, or a derived amount).
/// </summary>
public static class FormErrors
{
    public static IActionResult? Handle(PageModel page, DomainException ex, Texts texts, string prefix, Type form)
    {
        switch (ex.Kind)
        {
            case ErrorKind.NotFound:
                return page.NotFound();
            case ErrorKind.Forbidden:
                return page.StatusCode(StatusCodes.Status403Forbidden);
        }

        foreach (var e in Problems.Flatten(ex))
        {
            var known = e.Field is not null && form.GetProperty(e.Field) is not null;
            page.ModelState.AddModelError(known ? prefix + "." + e.Field : "", Problems.Message(texts, e, CultureInfo.CurrentUICulture));
        }

        return null;
    }
}
