using System.Security.Claims;
using Berdaya.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Berdaya.Web.Auth;

/// <summary>
/// A login (cookie or bearer token) carries the roles it was issued with for hours. A role change, a
/// deactivation or a new password gives the user a new security stamp; a login with the old stamp, or
/// of an inactive user, is treated as no login, so a demoted officer cannot decide with yesterday's token
/// (issue 2 section 2: every request checks role and scope).
/// </summary>
public sealed class CurrentSessionCheck(UserManager<AppUser> users, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return principal;
        }

        var user = await users.FindByIdAsync(id);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return user is { IsActive: true } && user.SecurityStamp == stamp ? principal : Nobody;
    }
}
