using System.Security.Claims;
using Berdaya.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berdaya.Web.Auth;

/// <summary>
/// Ends a login as soon as the administrator deactivates the user, changes their role or sets a new
/// password (each changes the security stamp): every authenticated request compares the stamp in
/// the cookie or bearer token with the user's current one, and refuses a session that was logged out
/// (<see cref="Sessions"/>). One primary-key lookup per request, on every node, so no node keeps
/// honouring a revoked login.
/// </summary>
public static class SessionValidation
{
    public static IApplicationBuilder UseSessionValidation(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true)
        {
            var stampType = ctx.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
            var id = ctx.User.FindFirstValue(ClaimTypes.NameIdentifier);
            var stamp = ctx.User.FindFirstValue(stampType);
            var session = Sessions.IdOf(ctx.User);
            var db = ctx.RequestServices.GetRequiredService<AppDbContext>();
            var current = id is null
                ? null
                : await db.Users.AsNoTracking().Where(u => u.Id == id)
                    .Select(u => new
                    {
                        u.IsActive,
                        u.SecurityStamp,
                        Ended = session != null && db.UserTokens.Any(t => t.UserId == id && t.LoginProvider == Sessions.Ended && t.Name == session),
                    })
                    .FirstOrDefaultAsync(ctx.RequestAborted);
            if (current is null || !current.IsActive || current.SecurityStamp != stamp || current.Ended)
            {
                if (!ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    await ctx.SignOutAsync(IdentityConstants.ApplicationScheme);
                }

                ctx.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next();
    });
}
