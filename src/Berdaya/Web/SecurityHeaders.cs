namespace Berdaya.Web;

public static class SecurityHeaders
{
    /// <summary>No third-party origins at all: every asset is served by the app (no CDN).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var h = ctx.Response.Headers;
        h["X-Content-Type-Options"] = "nosniff";
        h["X-Frame-Options"] = "DENY";
        h["Referrer-Policy"] = "same-origin";
        if (!ctx.Request.Path.StartsWithSegments("/api-docs"))
        {
            h["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        }

        await next();
    });
}
