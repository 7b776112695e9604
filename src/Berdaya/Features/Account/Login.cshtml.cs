using System.ComponentModel.DataAnnotations;
using Berdaya.Data.Identity;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Account;

[NoTrialRun]
public sealed class LoginModel(SignInManager<AppUser> signIn, LoginThrottle throttle, TextsLocalizer t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Login.PasswordAsync(signIn, throttle, HttpContext, Input.Email, Input.Password, IdentityConstants.ApplicationScheme);
        if (result == LoginResult.SignedIn)
        {
            // A language chosen on the login page itself wins; otherwise the user's saved one applies.
            var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
            if (user is not null && !Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName))
            {
                LanguageCookie.Set(Response, user.Language);
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result == LoginResult.Throttled)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        ModelState.AddModelError("", t[result == LoginResult.Throttled ? "login.throttled" : "login.failed"]);
        return Page();
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "val.required")]
    [EmailAddress(ErrorMessage = "val.email")]
    [Display(Name = "field.email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "val.required")]
    [Display(Name = "field.password")]
    public string Password { get; set; } = "";
}

public enum LoginResult
{
    SignedIn,

    /// <summary>Wrong password, unknown, inactive or locked account: one answer for all, in the same time.</summary>
    Refused,

    /// <summary>Too many attempts from the client's address, or for the account from it.</summary>
    Throttled,
}

/// <summary>Password sign-in shared by the login page (cookie) and the API (bearer token); decision 0004.</summary>
public static class Login
{
    public static async Task<LoginResult> PasswordAsync(SignInManager<AppUser> signIn, LoginThrottle throttle, HttpContext http, string email, string password, string scheme)
    {
        var address = http.Connection.RemoteIpAddress?.ToString();
        if (!throttle.TryAttempt(address, email))
        {
            return LoginResult.Throttled;
        }

        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null || !user.IsActive || await signIn.UserManager.IsLockedOutAsync(user))
        {
            throttle.CheckAgainstNothing(password);
            throttle.Failed(address, email);
            return LoginResult.Refused;
        }

        var checkedPassword = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!checkedPassword.Succeeded)
        {
            throttle.Failed(address, email);
            return LoginResult.Refused;
        }

        signIn.AuthenticationScheme = scheme;
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [Sessions.NewClaim()]);
        return LoginResult.SignedIn;
    }
}
