using System.Globalization;
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
    public static IEnumerable<DomainException> Flatten(DomainException ex) =>
        ex is DomainValidationException many ? many.Errors : [ex];

    public static string Message(Texts texts, DomainException ex, CultureInfo culture) =>
        texts.Format("error." + ex.Code, culture, ex.Args.ToArray());

    public static int StatusOf(DomainException ex) => ex.Kind switch
    {
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
                _ => "problem.validation",
            }, culture),
            Detail = Message(texts, Flatten(ex).First(), culture),
            Type = $"https://berdaya.id/problems/{ex.Code}",
        };
        problem.Extensions["code"] = ex.Code;
        problem.Extensions["codes"] = Flatten(ex).Select(e => e.Code).Distinct().ToArray();
        return problem;
    }

    /// <summary>Adds every broken rule to the page's model state, beside its field.</summary>
    public static void AddTo(ModelStateDictionary modelState, DomainException ex, Texts texts, string prefix = "")
    {
        foreach (var e in Flatten(ex))
        {
            var key = e.Field is null ? "" : (prefix.Length > 0 ? prefix + "." + e.Field : e.Field);
            modelState.AddModelError(key, Message(texts, e, CultureInfo.CurrentUICulture));
        }
    }

    public static string CamelCase(string field) =>
        string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

/// <summary>Turns exceptions that escape API handlers into ProblemDetails.</summary>
public sealed class ProblemExceptionHandler(Texts texts, IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // The request's culture, not the thread's: the localization middleware's culture is gone once the exception has left it.
        var culture = http.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        ProblemDetails? problem = exception switch
        {
            DomainException d => Problems.ToProblem(d, texts, culture),
            DbUpdateConcurrencyException => Problems.ToProblem(new DomainException("concurrency", null, ErrorKind.Conflict), texts, culture),
            BadHttpRequestException bad => Problems.ToProblem(new DomainException("request.malformed", null, ErrorKind.Validation, bad.Message), texts, culture),
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            if (!http.Request.Path.StartsWithSegments("/api"))
            {
                return false;
            }

            problem = new ProblemDetails { Status = 500, Title = texts.Get("problem.server", culture) };
        }

        http.Response.StatusCode = problem.Status ?? 400;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}
