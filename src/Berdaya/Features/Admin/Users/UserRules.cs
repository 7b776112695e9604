using System.ComponentModel.DataAnnotations;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Admin.Users;

/// <summary>Checks shared by the user use cases: role names, languages, Identity's password rules, the user's current role.</summary>
internal static class UserRules
{
    private static readonly HashSet<string> KnownPasswordErrors = new(StringComparer.Ordinal)
    {
        "PasswordTooShort", "PasswordRequiresDigit", "PasswordRequiresLower", "PasswordRequiresUpper",
        "PasswordRequiresNonAlphanumeric", "PasswordRequiresUniqueChars",
    };

    public static void Role(List<DomainException> errors, string? role)
    {
        if (role is null || !Roles.All.Contains(role, StringComparer.Ordinal))
        {
            errors.Add(new DomainException("admin.user.role.unknown", "Role", ErrorKind.Validation, role ?? ""));
        }
    }

    public static void Language(List<DomainException> errors, string? language)
    {
        if (language is not ("id" or "en"))
        {
            errors.Add(new DomainException("admin.user.language.unknown", "Language"));
        }
    }

    public static void DisplayName(List<DomainException> errors, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainException("admin.user.name.required", "DisplayName"));
        }
        else if (name.Trim().Length > 150)
        {
            errors.Add(new DomainException("admin.user.name.long", "DisplayName", ErrorKind.Validation, 150));
        }
    }

    public static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Trim().Length <= 256 && new EmailAddressAttribute().IsValid(email.Trim());

    /// <summary>Runs Identity's password validators and names each broken rule in the user's language.</summary>
    public static async Task PasswordAsync(List<DomainException> errors, UserManager<AppUser> users, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(new DomainException("admin.password.required", "Password"));
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var e in result.Errors)
            {
                errors.Add(KnownPasswordErrors.Contains(e.Code)
                    ? new DomainException("admin.password." + e.Code, "Password", ErrorKind.Validation, users.Options.Password.RequiredLength, users.Options.Password.RequiredUniqueChars)
                    : new DomainException("admin.password.weak", "Password", ErrorKind.Validation, e.Description));
            }
        }
    }

    public static async Task<string?> RoleOfAsync(AppDbContext db, string userId, CancellationToken ct) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               where ur.UserId == userId
               select r.Name).FirstOrDefaultAsync(ct);

    /// <summary>Program scope belongs to officers, facilitators, evaluators and viewers (docs/domain.md, Roles and scope).</summary>
    public static bool HasProgramScope(string? role) => role is Roles.ProgramOfficer or Roles.Facilitator or Roles.Evaluator or Roles.Viewer;

    public static async Task<AppUser> FindAsync(UserManager<AppUser> users, string id) =>
        await users.FindByIdAsync(id) ?? throw new DomainException("admin.user.notfound", "Id", ErrorKind.NotFound);

    public static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException("admin.user.identity", null, ErrorKind.Validation, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
