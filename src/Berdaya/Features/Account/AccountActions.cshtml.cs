using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Account;

[AllowAnonymous]
public sealed class AccountActionsModel(SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => NotFound();

    /// <summary>Ends the session, so a copy of the cookie stops working too (decision 0004).</summary>
    public async Task<IActionResult> OnPostLogoutAsync(CancellationToken ct)
    {
        await Sessions.EndAsync(db, User, clock, ct);
        await signIn.SignOutAsync();
        return LocalRedirect("/login");
    }

    /// <summary>Switches the UI language (cookie) and, when signed in, remembers it on the user.</summary>
    public async Task<IActionResult> OnPostLanguageAsync(string lang, string? returnUrl)
    {
        lang = lang == "en" ? "en" : "id";
        LanguageCookie.Set(Response, lang);
        if (User.Identity?.IsAuthenticated == true)
        {
            var user = await signIn.UserManager.GetUserAsync(User);
            if (user is not null && user.Language != lang)
            {
                user.Language = lang;
                await signIn.UserManager.UpdateAsync(user);
            }
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
