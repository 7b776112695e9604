using System.Globalization;
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
public sealed class RefusedFormFilter(Texts texts, IModelMetadataProvider metadata) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var refusal = executed.Exception is { } thrown ? Problems.Expected(thrown) : null;
        if (executed.ExceptionHandled || refusal is null)
        {
            if (executed.Result is PageResult { StatusCode: null } shown && !executed.ModelState.IsValid && HttpMethods.IsPost(context.HttpContext.Request.Method)
                && context.HttpContext.Response.StatusCode == StatusCodes.Status200OK)
            {
                // A form refused before any rule ran (a value that does not parse) is refused the same way,
                // unless the page chose its own status (429 for too many logins).
                shown.StatusCode = StatusCodes.Status400BadRequest;
            }

            return;
        }

        executed.ExceptionHandled = true;
        executed.Result = await AnswerAsync(executed, refusal, context.HttpContext.RequestAborted);
    }

    private async Task<IActionResult> AnswerAsync(PageHandlerExecutedContext context, DomainException refusal, CancellationToken ct)
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
                context.ModelState.AddModelError(KeyOf(context, page, e.Field), Message(e));
            }
        }

        if (page is not null)
        {
            try
            {
                await page.OnRefusedAsync(refusal, ct);
            }
            catch (DomainException again) when (again.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
            {
                return await AnswerAsync(context, again, ct);
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
