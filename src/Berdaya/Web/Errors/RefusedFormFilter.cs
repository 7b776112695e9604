using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Errors;

/// <summary>
/// A page whose form a rule may refuse. <see cref="RefusedFormFilter"/> puts the messages in model state,
/// then calls <see cref="OnRefusedAsync"/>, then shows the page again with a 400.
/// </summary>
public interface IFormPage
{
    /// <summary>
    /// Loads what the page shows besides the posted form (lists, the loan card): the handler stopped at the
    /// refusal. The refusal is there for pages that answer a particular one (a reused form key, a duplicate).
    /// </summary>
    Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// The model-state key of a command's field when the form names it otherwise (a command built from the
    /// rows picked in a list); null leaves it to the filter.
    /// </summary>
    string? KeyOf(string field) => null;
}

/// <summary>
/// The one way a page answers a broken rule (decision 0011): a <see cref="DomainException"/> escaping a page
/// handler becomes the 404 page (not found or out of scope), the 403 page (a role that may never act), or
/// each message beside the field it names, with what the user entered kept and the page shown again with a 400.
/// </summary>
public sealed class RefusedFormFilter(Texts texts, IModelMetadataProvider metadata, ILogger<RefusedFormFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var unread = HttpMethods.IsPost(context.HttpContext.Request.Method) && !context.ModelState.IsValid && !NoTrialRunAttribute.On(context.HandlerInstance)
            ? Unreadable.Take(context.ModelState)
            : null;
        if (unread is not null)
        {
            await TryAsync(context, next, unread);
            return;
        }

        var executed = await next();
        var refusal = executed.Exception is { } thrown ? Problems.Expected(thrown) : null;
        if (executed.ExceptionHandled || refusal is null)
        {
            if (executed.Result is PageResult { StatusCode: null } shown && !executed.ModelState.IsValid && HttpMethods.IsPost(context.HttpContext.Request.Method)
                && context.HttpContext.Response.StatusCode == StatusCodes.Status200OK)
            {
                // A page that checked the form itself and showed it again, unless it chose its own status
                // (429 for too many logins).
                shown.StatusCode = StatusCodes.Status400BadRequest;
            }

            return;
        }

        executed.ExceptionHandled = true;
        executed.Result = await AnswerAsync(executed, refusal, new HashSet<string>(StringComparer.Ordinal), context.HttpContext.RequestAborted);
    }

    /// <summary>
    /// Some values could not be read (or were missing): the handler still runs, as a trial run that writes
    /// nothing, so the rules it checks are shown with the unreadable values in one pass (decision 0013). A rule
    /// about a field that could not be read is left out (its value was not what the user meant).
    /// </summary>
    private async Task TryAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next, Unreadable unread)
    {
        var tempData = (context.HandlerInstance as PageModel)?.TempData;
        var kept = tempData?.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        PageHandlerExecutedContext executed;
        using (TrialRun.Start())
        {
            executed = await next();
        }

        unread.PutBack(context.ModelState);
        foreach (var added in tempData?.Keys.Where(k => !kept.Contains(k)).ToList() ?? [])
        {
            // A notice the handler prepared for a success that did not happen.
            tempData!.Remove(added);
        }

        var ct = context.HttpContext.RequestAborted;
        if (executed.Exception is { } thrown && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            if (Problems.Expected(thrown) is { } refusal)
            {
                executed.Result = await AnswerAsync(executed, refusal, unread.Keys, ct);
                return;
            }

            if (thrown is not TrialRunStoppedException)
            {
                // Defaults in place of unreadable values may stop a handler in ways a real value would not.
                logger.LogInformation(thrown, "A trial run of {Page} stopped on an unreadable form", context.ActionDescriptor.DisplayName);
            }

            executed.Result = await ShowAgainAsync(executed, new DomainException("form.unreadable"), ct);
            return;
        }

        executed.Result = executed.Result switch
        {
            PageResult shown => new PageResult { StatusCode = shown.StatusCode is null or StatusCodes.Status200OK ? StatusCodes.Status400BadRequest : shown.StatusCode },
            NotFoundResult or ForbidResult or ChallengeResult or StatusCodeResult => executed.Result,
            _ => await ShowAgainAsync(executed, new DomainException("form.unreadable"), ct),
        };
    }

    private async Task<IActionResult> AnswerAsync(PageHandlerExecutedContext context, DomainException refusal, IReadOnlySet<string> unread, CancellationToken ct)
    {
        switch (refusal.Kind)
        {
            case ErrorKind.NotFound:
                return new NotFoundResult();
            case ErrorKind.Forbidden:
                return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        var page = context.HandlerInstance as IFormPage;
        if (FormKey.IsReused(refusal))
        {
            // The form was posted, changed and sent again: the page gives it a new key and asks for it once more.
            context.ModelState.AddModelError("", Message(new DomainException("form.reposted")));
        }
        else
        {
            foreach (var e in Problems.Flatten(refusal))
            {
                var key = KeyOf(context, page, e.Field);
                if (!unread.Contains(key))
                {
                    context.ModelState.AddModelError(key, Message(e));
                }
            }
        }

        return await ShowAgainAsync(context, refusal, ct);
    }

    /// <summary>Reloads what the page shows besides the form and shows it again with a 400.</summary>
    private static async Task<IActionResult> ShowAgainAsync(PageHandlerExecutedContext context, DomainException refusal, CancellationToken ct)
    {
        if (context.HandlerInstance is IFormPage page)
        {
            try
            {
                await page.OnRefusedAsync(refusal, ct);
            }
            catch (DomainException again) when (again.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
            {
                return again.Kind == ErrorKind.NotFound ? new NotFoundResult() : new StatusCodeResult(StatusCodes.Status403Forbidden);
            }
        }

        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    private string Message(DomainException e) => Problems.Message(texts, e, CultureInfo.CurrentUICulture);

    /// <summary>
    /// Beside the field of the posted form: the bound property named like the handler ("Pay" for
    /// OnPostPay), else the page's only form; a field bound on its own (a date of a query) keeps its name;
    /// a rule about the record's state ("Status"), or a field this form does not have, goes above the form.
    /// </summary>
    private string KeyOf(PageHandlerExecutedContext context, IFormPage? page, string? field)
    {
        if (field is null or "Status")
        {
            return "";
        }

        if (page?.KeyOf(field) is { } mapped)
        {
            return mapped;
        }

        var head = field.Split('.', '[')[0];
        var bound = context.ActionDescriptor.BoundProperties;
        var forms = bound.Where(p => metadata.GetMetadataForType(p.ParameterType).IsComplexType).ToList();
        var handler = context.HandlerMethod?.Name;
        var form = forms.FirstOrDefault(p => p.Name == handler) ?? (forms.Count == 1 && string.IsNullOrEmpty(handler) ? forms[0] : null);
        if (form is not null && form.ParameterType.GetProperty(head) is not null)
        {
            return (form.BindingInfo?.BinderModelName ?? form.Name) + "." + field;
        }

        var single = bound.Except(forms).Select(p => p.BindingInfo?.BinderModelName ?? p.Name)
            .Concat(context.HandlerMethod?.Parameters.Select(p => p.BindingInfo?.BinderModelName ?? p.Name) ?? []);
        return single.Any(n => string.Equals(n, head, StringComparison.OrdinalIgnoreCase)) ? field : "";
    }
}
