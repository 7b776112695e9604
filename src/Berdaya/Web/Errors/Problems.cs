using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Errors;

/// <summary>
/// The one place where expected failures become answers: ProblemDetails for the API
/// (400 validation, 404 not found or out of scope, 409 conflict), model-state errors for pages.
/// </summary>
public static class Problems
{
    /// <summary>
    /// The failures a user can cause or meet in a race, as the rule they broke: a broken rule itself, a
    /// record someone else changed first (409), or a unique key someone else wrote first (409). Anything
    /// else is unexpected and answers 500.
    /// </summary>
    public static DomainException? Expected(Exception ex) => ex switch
    {
        DomainException d => d,
        DbUpdateConcurrencyException => new DomainException("concurrency", null, ErrorKind.Conflict),
        DbUpdateException u when DbErrors.IsUniqueViolation(u) => new DomainException("conflict.duplicate", null, ErrorKind.Conflict),
        _ => null,
    };

    public static IEnumerable<DomainException> Flatten(DomainException ex) =>
        ex is DomainValidationException many ? many.Errors : [ex];

    public static string Message(Texts texts, DomainException ex, CultureInfo culture) =>
        texts.Format("error." + ex.Code, culture, ex.Args.ToArray());

    /// <summary>The status an exception answers with, on a page or the API.</summary>
    public static int StatusOf(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ => Expected(ex) is { } d ? StatusOf(d) : StatusCodes.Status500InternalServerError,
    };

    public static int StatusOf(DomainException ex) => ex.Kind switch
    {
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.TooMany => StatusCodes.Status429TooManyRequests,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemDetails ToProblem(DomainException ex, Texts texts, CultureInfo culture)
    {
        var errors = Flatten(ex)
            .GroupBy(e => CamelCase(e.Field ?? ""))
            .ToDictionary(g => g.Key, g => g.Select(e => Message(texts, e, culture)).ToArray());
        var status = StatusOf(ex);
        var problem = new ValidationProblemDetails(errors)
        {
            Status = status,
            Title = texts.Get(status switch
            {
                404 => "problem.notfound",
                409 => "problem.conflict",
                403 => "problem.forbidden",
                413 => "problem.toolarge",
                429 => "problem.toomany",
                _ => "problem.validation",
            }, culture),
            Detail = Message(texts, Flatten(ex).First(), culture),
            Type = $"https://berdaya.id/problems/{ex.Code}",
        };
        problem.Extensions["code"] = ex.Code;
        problem.Extensions["codes"] = Flatten(ex).Select(e => e.Code).Distinct().ToArray();
        return problem;
    }

    public static string CamelCase(string field) =>
        string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

/// <summary>Turns exceptions that escape API handlers into ProblemDetails.</summary>
public sealed partial class ProblemExceptionHandler(Texts texts, IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The request's culture, not the thread's: the localization middleware's culture is gone once the exception has left it.
        var culture = httpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        // The exception handler has already pointed the request at the error page: the path the client
        // asked for is kept in the handler's feature.
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value);
        if (!path.StartsWithSegments("/api"))
        {
            // Pages: the error page answers, with the status the exception handler's selector chose.
            if (Problems.StatusOf(exception) >= 500)
            {
                log.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, path);
            }

            return false;
        }

        var problem = exception switch
        {
            BadHttpRequestException bad => BadRequest(bad, texts, culture),
            _ => Problems.Expected(exception) is { } expected ? Problems.ToProblem(expected, texts, culture) : null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, path);
            problem = new ProblemDetails { Status = 500, Title = texts.Get("problem.server", culture), Detail = texts.Get("error.page.500", culture) };
        }

        httpContext.Response.StatusCode = problem.Status ?? 400;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// The framework's own refusals in the user's language, never its English text: a body over the
    /// limit is 413, anything else unreadable 400.
    /// </summary>
    private static ProblemDetails BadRequest(BadHttpRequestException bad, Texts texts, CultureInfo culture) =>
        bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? new ProblemDetails { Status = 413, Title = texts.Get("problem.toolarge", culture), Detail = texts.Get("error.request.toolarge", culture) }
            : Problems.ToProblem(bad.InnerException is System.Text.Json.JsonException { Path: { Length: > 2 } path } && path.StartsWith("$.", StringComparison.Ordinal)
                ? new DomainException("request.field.unreadable", path[2..], ErrorKind.Validation, path[2..])
                : UnboundParameter().Match(bad.Message) is { Success: true } m
                    ? new DomainException("request.field.unreadable", m.Groups["name"].Value, ErrorKind.Validation, m.Groups["name"].Value)
                    : new DomainException("request.malformed"), texts, culture);

    /// <summary>A query or route value of the wrong form ("?year=abc"): the framework names the parameter, so the problem names the field.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("""^Failed to bind parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)" from """)]
    private static partial System.Text.RegularExpressions.Regex UnboundParameter();
}
