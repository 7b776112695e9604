using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Exhibitions;

/// <summary>The program's exhibitions per quarter with their participants, sales, orders and cost per rupiah sold; a partner goes to their own invitations.</summary>
public sealed class IndexModel(ExhibitionQueries queries, ExhibitionAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<ExhibitionQuarter> Quarters { get; private set; } = [];

    public bool MayManage => access.MayManage;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (access.User.IsPartner && !access.MayReadProgram)
        {
            return Redirect("/exhibitions/mine");
        }

        Quarters = await queries.QuartersAsync(ProgramId, Year, ct);
        return Page();
    }
}
