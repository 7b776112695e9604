using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Repayments;

/// <summary>"Due this month" for officers and treasurers: each member's installment, paid or not, late members first.</summary>
public sealed class DueModel(CollectionSheetQuery query, Texts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public DueList List { get; private set; } = null!;

    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            List = await query.DueAsync(id, Month, ct);
            return Page();
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.Forbidden)
        {
            Refused = Problems.Message(texts, ex, System.Globalization.CultureInfo.CurrentUICulture);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        catch (DomainException)
        {
            return NotFound();
        }
    }
}
