using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Berdaya.Features.Account;

/// <summary>
/// <c>POST /api/v1/auth/login</c>: email and password in, bearer and refresh token out; <c>refresh</c> trades
/// a refresh token for new ones of the same session; <c>logout</c> ends the session (decision 0004).
/// </summary>
public sealed class AuthApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", async (LoginRequest body, SignInManager<AppUser> signIn, LoginThrottle throttle, HttpContext http, TextsLocalizer t) =>
            {
                if (string.IsNullOrWhiteSpace(body.Email))
                {
                    throw new DomainException("val.required.email", "Email");
                }

                if (string.IsNullOrWhiteSpace(body.Password))
                {
                    throw new DomainException("val.required.password", "Password");
                }

                // On success the sign-in manager has already written {"tokenType", "accessToken", "refreshToken", ...}.
                return await Login.PasswordAsync(signIn, throttle, http, body.Email, body.Password, IdentityConstants.BearerScheme) switch
                {
                    LoginResult.SignedIn => Results.Empty,
                    LoginResult.Throttled => Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: t["login.throttled"]),
                    _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: t["login.failed"]),
                };
            })
            .AllowAnonymous()
            .WithTags("Auth")
            .WithSummary("Exchange email and password for a bearer access token and a refresh token")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/auth/refresh", async (RefreshRequest body, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer,
                AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var ticket = string.IsNullOrEmpty(body.RefreshToken) ? null : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken);
                var session = ticket is null ? null : Sessions.IdOf(ticket.Principal);
                var user = ticket?.Properties.ExpiresUtc is { } expires && clock.GetUtcNow() < expires && session is not null
                    ? await signIn.ValidateSecurityStampAsync(ticket.Principal)
                    : null;

                // An unreadable, expired or logged-out refresh token is refused like OAuth's invalid_grant (400).
                if (user is not { IsActive: true } || await Sessions.HasEndedAsync(db, user.Id, session!, ct))
                {
                    throw new DomainException("auth.refresh.invalid", "RefreshToken");
                }

                var principal = await signIn.CreateUserPrincipalAsync(user);
                ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(Sessions.ClaimType, session!));
                return Results.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .AllowAnonymous()
            .WithTags("Auth")
            .WithSummary("Exchange a refresh token for a new access token and refresh token of the same session")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem();

        api.MapPost("/auth/logout", async (ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                await Sessions.EndAsync(db, user, clock, ct);
                return Results.NoContent();
            })
            .WithTags("Auth")
            .WithSummary("End the session: its access token and refresh tokens stop working");

        api.MapGet("/auth/me", async (CurrentUser me, CancellationToken ct) =>
            {
                var scope = await me.ScopeAsync(ct);
                return new MeResponse(me.RequiredId, me.Name, Roles.All.Where(me.IsInRole).ToArray(),
                    scope.ProgramIds.ToArray(), scope.VillageCodes.Order(StringComparer.Ordinal).ToArray(), scope.PartnerId);
            })
            .WithTags("Auth")
            .WithSummary("Who the token belongs to, with roles and scope");
    }
}

public sealed record LoginRequest([property: Required] string Email, [property: Required] string Password);

public sealed record RefreshRequest([property: Required] string RefreshToken);

public sealed record MeResponse(string Id, string? Email, string[] Roles, Guid[] ProgramIds, string[] VillageCodes, Guid? PartnerId);
