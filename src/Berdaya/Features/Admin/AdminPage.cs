using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Admin;

/// <summary>Every administration page is for administrators only (docs/domain.md, Roles and scope); others see "not allowed".</summary>
[Authorize(Roles = Roles.Administrator)]
public abstract class AdminPage : PageModel, IFormPage
{
    /// <summary>
    /// The administration forms name every field after their prefix ("Input", "Scope"), renamed when a form's
    /// rows differ from the command's: set by the handler before it runs the command.
    /// </summary>
    protected Func<string, string>? FormField { get; set; }

    public virtual Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => Task.CompletedTask;

    public string? KeyOf(string field) => FormField?.Invoke(field);
}
