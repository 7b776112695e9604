using Berdaya.Data.Identity;
using Berdaya.Web;
using Microsoft.AspNetCore.Identity;

namespace Berdaya.Features.Admin.Users;

/// <summary>An administrator unlocks an account locked after failed logins.</summary>
public static class UnlockUser
{
    [FeatureService]
    public sealed class Handler(UserManager<AppUser> users)
    {
        public async Task HandleAsync(string id, CancellationToken ct = default)
        {
            var user = await UserRules.FindAsync(users, id);
            ct.ThrowIfCancellationRequested();
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            UserRules.Ensure(await users.UpdateAsync(user));
        }
    }
}
