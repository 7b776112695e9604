using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Coaching;

/// <summary>The sign-in sheet on paper, to be entered on the phone sheet after the session.</summary>
public sealed class SheetModel(CoachingQueries queries, CoachingAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CoachingQueries.SessionDetails Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        access.RequirePlanner();
        Session = await queries.SessionAsync(Id, ct);
        return Page();
    }
}
