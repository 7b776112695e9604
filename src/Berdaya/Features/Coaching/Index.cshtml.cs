using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Coaching;

/// <summary>The quarterly training calendar of a program; for a partner, the sessions they are invited to.</summary>
public sealed class IndexModel(CoachingQueries queries, CoachingAccess access, ProgramScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public CoachingQueries.Calendar Calendar { get; private set; } = null!;
    public ProgramPicker? Picker { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool PartnerView { get; private set; }
    public bool MayPlan => access.MayPlan;
    public bool MayReadCatalogue => access.MayReadCatalogue;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Calendar = await queries.CalendarAsync(ProgramId, Year, ct);
        PartnerView = access.User.IsPartner && !access.MayPlan;
        if (!PartnerView)
        {
            Picker = new ProgramPicker(await scope.ChoicesAsync(ct), Calendar.ProgramId, "/trainings");
            Years = await queries.YearsAsync(Calendar.ProgramId, ct);
        }

        return Page();
    }
}
