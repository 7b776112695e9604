using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace Berdaya.Web.Auth;

/// <summary>
/// What sits between the app and the browser (decision 0004): the TLS proxy's forwarded headers, HSTS,
/// <c>Secure</c> cookies over HTTPS, the login's rate limits, and which scheme authenticates a request.
/// </summary>
public static class TransportSecurity
{
    public static void AddTransportSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.Configure<LoginLimits>(config.GetSection("Login"));
        services.AddSingleton<LoginThrottle>();
        services.Configure<EnquiryLimits>(config.GetSection("Enquiries"));
        services.AddSingleton<EnquiryThrottle>();

        // Only a proxy the app trusts may say who the client is and that it came over HTTPS; by default
        // one on the same host (loopback).
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in List(config["ForwardedHeaders:KnownProxies"]))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in List(config["ForwardedHeaders:KnownNetworks"]))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // Every cookie (login, antiforgery, language) is Secure when the request came over HTTPS.
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
    }

    /// <summary>First in the pipeline, so everything after sees the client's address and scheme.</summary>
    public static void UseTransportSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Configuration.GetValue("Https:Hsts", app.Environment.IsProduction()))
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
    }

    /// <summary>
    /// The bearer token when one is sent; otherwise the cookie, except for an API write: a browser sends
    /// the cookie with a form posted from any site, and the API takes no antiforgery token, so its writes
    /// take the bearer token only (the pages' own scripts only read the API).
    /// </summary>
    public static string SchemeFor(HttpContext ctx)
    {
        var request = ctx.Request;
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityConstants.BearerScheme;
        }

        if (ApiAntiforgery.SchemeFor(request) is { } withToken)
        {
            return withToken;
        }

        var read = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);
        return request.Path.StartsWithSegments("/api") && !read ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
    }

    private static string[] List(string? setting) =>
        (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
