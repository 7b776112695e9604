using Berdaya.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Exhibitions;

/// <summary>A new exhibition: name, category, organiser, place, dates, places, cost and the months on time required.</summary>
public sealed class NewModel(PlanExhibition plan, ExhibitionAccess access) : PageModel, IFormPage
{
    [BindProperty]
    public PlanExhibition.Command Input { get; set; } = new() { Months = Domain.Exhibitions.Exhibition.DefaultMonths };

    public void OnGet() => access.RequireOffice();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var x = await plan.HandleAsync(Input, ct);
        return Redirect($"/exhibitions/{x.Id}");
    }
}
