using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.AspNetCore.Identity;

namespace Berdaya.Features.Admin.Users;

/// <summary>An administrator sets a new password for a user.</summary>
public static class SetUserPassword
{
    public sealed record Command(string? Password);

    [FeatureService]
    public sealed class Handler(UserManager<AppUser> users)
    {
        public async Task HandleAsync(string id, Command c, CancellationToken ct = default)
        {
            var user = await UserRules.FindAsync(users, id);
            var errors = new List<DomainException>();
            await UserRules.PasswordAsync(errors, users, user, c.Password);
            RuleErrors.Throw(errors);
            ct.ThrowIfCancellationRequested();
            user.PasswordHash = users.PasswordHasher.HashPassword(user, c.Password!);

            // Saves the hash together with a new stamp, which ends sessions opened with the old password.
            UserRules.Ensure(await users.UpdateSecurityStampAsync(user));
        }
    }
}
