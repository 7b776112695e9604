using System.ComponentModel.DataAnnotations;
using Berdaya.Data.Identity;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, TextsLocalizer t) : PageModel
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

        var result = await Login.PasswordAsync(signIn, Input.Email, Input.Password, IdentityConstants.ApplicationScheme);
        if (result.Succeeded)
        {
            // A language chosen on the login page itself wins; otherwise the user's saved one applies.
            var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
            if (user is not null && !Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName))
            {
                LanguageCookie.Set(Response, user.Language);
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError("", t[result.IsLockedOut ? "login.locked" : "login.failed"]);
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

/// <summary>Password sign-in shared by the login page (cookie) and the API (bearer token).</summary>
public static class Login
{
    public static async Task<Microsoft.AspNetCore.Identity.SignInResult> PasswordAsync(SignInManager<AppUser> signIn, string email, string password, string scheme)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null || !user.IsActive)
        {
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        signIn.AuthenticationScheme = scheme;
        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }
}
