using System.ComponentModel.DataAnnotations;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace Berdaya.Features.Account;

/// <summary><c>POST /api/v1/auth/login</c>: email and password in, bearer token out.</summary>
public sealed class AuthApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", async (LoginRequest body, SignInManager<AppUser> signIn, TextsLocalizer t) =>
            {
                if (string.IsNullOrWhiteSpace(body.Email))
                {
                    throw new DomainException("val.required.email", "Email");
                }

                if (string.IsNullOrWhiteSpace(body.Password))
                {
                    throw new DomainException("val.required.password", "Password");
                }

                var result = await Login.PasswordAsync(signIn, body.Email, body.Password, IdentityConstants.BearerScheme);
                if (result.IsLockedOut)
                {
                    throw new DomainException("login.locked", "Email", ErrorKind.Forbidden);
                }

                // On success the sign-in manager has already written {"tokenType", "accessToken", ...}.
                return result.Succeeded ? Results.Empty : Results.Problem(statusCode: 401, title: t["login.failed"]);
            })
            .AllowAnonymous()
            .WithTags("Auth")
            .WithSummary("Exchange email and password for a bearer access token");

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

public sealed record MeResponse(string Id, string? Email, string[] Roles, Guid[] ProgramIds, string[] VillageCodes, Guid? PartnerId);
