using System.Globalization;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Admin;

/// <summary>Every administration page is for administrators only (issue 2 section 2); others see "not allowed".</summary>
[Authorize(Roles = Roles.Administrator)]
public abstract class AdminPage : PageModel
{
    /// <summary>Puts each broken rule beside its field, after renaming the field when a form's rows differ from the command's.</summary>
    protected static void AddErrors(ModelStateDictionary modelState, DomainException ex, Texts texts, string prefix, Func<string, string>? field = null)
    {
        foreach (var e in Problems.Flatten(ex))
        {
            var name = e.Field is null ? "" : prefix + "." + (field?.Invoke(e.Field) ?? e.Field);
            modelState.AddModelError(name, Problems.Message(texts, e, CultureInfo.CurrentUICulture));
        }
    }
}
