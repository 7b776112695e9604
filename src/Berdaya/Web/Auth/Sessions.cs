using System.Globalization;
using System.Security.Claims;
using Berdaya.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Auth;

/// <summary>
/// One login is one session: its cookie, or its bearer token and the refresh tokens that follow it, carry
/// the same session id. Logging out records the id as ended (a row in Identity's user-token table, kept
/// as long as a token of the session could still be valid), and <see cref="SessionValidation"/> refuses
/// it from then on on every node (decision 0004). The security stamp still ends every session of a user
/// at once (deactivation, new role, new password); logging out ends only the one.
/// </summary>
public static class Sessions
{
    public const string ClaimType = "berdaya:session";

    /// <summary>The login provider name under which ended sessions are kept in the user-token table.</summary>
    public const string Ended = "Berdaya.EndedSession";

    /// <summary>Longer than any token of a session lives: the cookie (8 hours), the bearer token, the refresh token.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(14);

    public static Claim NewClaim() => new(ClaimType, Guid.NewGuid().ToString("N"));

    public static string? IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimType);

    public static Task<bool> HasEndedAsync(AppDbContext db, string userId, string session, CancellationToken ct = default) =>
        db.UserTokens.AnyAsync(t => t.UserId == userId && t.LoginProvider == Ended && t.Name == session, ct);

    /// <summary>Ends the user's session (a login without a session id has nothing to end) and forgets sessions long expired.</summary>
    public static async Task EndAsync(AppDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var session = IdOf(user);
        if (userId is null || session is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var ended = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Ended).ToListAsync(ct);
        db.UserTokens.RemoveRange(ended.Where(t => !DateTimeOffset.TryParse(t.Value, CultureInfo.InvariantCulture, out var until) || until < now));
        if (ended.All(t => t.Name != session))
        {
            db.UserTokens.Add(new IdentityUserToken<string>
            {
                UserId = userId,
                LoginProvider = Ended,
                Name = session,
                Value = (now + Remembered).ToString("O", CultureInfo.InvariantCulture),
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // Two logouts of one session at once: fine when the other one recorded it.
            if (!await HasEndedAsync(db, userId, session, ct))
            {
                throw;
            }
        }
    }
}
