using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.AspNetCore.Identity;

namespace Berdaya.Features.Admin.Users;

/// <summary>An administrator sets a new password for a user, or unlocks an account locked after failed logins.</summary>
[FeatureService]
public sealed class UserAccount(UserManager<AppUser> users)
{
    public sealed record PasswordCommand(string? Password);

    public async Task SetPasswordAsync(string id, PasswordCommand c, CancellationToken ct = default)
    {
        var user = await FindAsync(id);
        var errors = new List<DomainException>();
        await UserRules.PasswordAsync(errors, users, user, c.Password);
        RuleErrors.Throw(errors);
        ct.ThrowIfCancellationRequested();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, c.Password!);

        // Saves the hash together with a new stamp, which ends sessions opened with the old password.
        Ensure(await users.UpdateSecurityStampAsync(user));
    }

    public async Task UnlockAsync(string id, CancellationToken ct = default)
    {
        var user = await FindAsync(id);
        ct.ThrowIfCancellationRequested();
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        Ensure(await users.UpdateAsync(user));
    }

    private async Task<AppUser> FindAsync(string id) =>
        await users.FindByIdAsync(id) ?? throw new DomainException("admin.user.notfound", "Id", ErrorKind.NotFound);

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException("admin.user.identity", null, ErrorKind.Validation, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
