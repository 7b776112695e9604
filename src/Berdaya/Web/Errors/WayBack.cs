namespace Berdaya.Web.Errors;

/// <summary>
/// The way back from a refusal or error page: the page the user came from, when the browser said so (the Referer
/// of this site, never another's), so "back" works without JavaScript. Pages that only lead to the refusal (login,
/// the refusal and error pages themselves) are not offered.
/// </summary>
public static class WayBack
{
    public static string? From(HttpRequest request)
    {
        if (!Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            || !string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || referer.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var path = referer.AbsolutePath;
        string[] dead = ["/login", "/denied", "/error"];
        return dead.Any(d => path.Equals(d, StringComparison.OrdinalIgnoreCase) || path.StartsWith(d + "/", StringComparison.OrdinalIgnoreCase))
            ? null
            : referer.PathAndQuery;
    }
}
