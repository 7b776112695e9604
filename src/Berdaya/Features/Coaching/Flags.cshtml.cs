using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Coaching;

/// <summary>What did not work: sessions poorly understood with their answers, topics with low adoption with the reasons counted.</summary>
public sealed class FlagsModel(CoachingQueries queries, ProgramScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    public CoachingQueries.Flags Flags { get; private set; } = null!;
    public ProgramPicker Picker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Flags = await queries.FlagsAsync(ProgramId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), Flags.ProgramId, "/trainings/flags");
        return Page();
    }
}
