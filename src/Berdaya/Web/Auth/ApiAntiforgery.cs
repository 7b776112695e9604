using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Berdaya.Web.Auth;

/// <summary>
/// A page's own script may write to the API with the login cookie only when it sends the page's antiforgery token in the
/// <c>RequestVerificationToken</c> header (decision 0025: the field visit's sync); every other API write takes the bearer
/// token (decision 0004). A token that does not match the cookie is refused with a 400 that says to reload.
/// </summary>
public static class ApiAntiforgery
{
    public const string Header = "RequestVerificationToken";

    /// <summary>Whether the request is an API write that asks to be read with the cookie and its antiforgery token.</summary>
    public static bool CookieWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") && request.Headers.ContainsKey(Header)
                                                && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    public static void UseApiAntiforgery(this WebApplication app) =>
        app.Use(async (ctx, next) =>
        {
            if (CookieWrite(ctx.Request) && ctx.User.Identity?.AuthenticationType is not null
                                         && !ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                var antiforgery = ctx.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(ctx))
                {
                    var texts = ctx.RequestServices.GetRequiredService<Texts>();
                    var problem = Problems.ToProblem(new DomainException("antiforgery", ApiAntiforgery.Header), texts, System.Globalization.CultureInfo.CurrentUICulture);
                    ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await ctx.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ctx.RequestAborted);
                    return;
                }
            }

            await next(ctx);
        });

    /// <summary>The scheme for an API write sent with the cookie and an antiforgery token.</summary>
    public static string? SchemeFor(HttpRequest request) => CookieWrite(request) ? IdentityConstants.ApplicationScheme : null;
}
