using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Reports;

[Authorize(Roles = CoverageQuery.Readers)]
public sealed class CoverageModel(ProgramScope scope, CoverageQuery coverage) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "by")]
    public string? By { get; set; }

    /// <summary>"page" is taken by Razor Pages' own route value, so the page number travels as "p".</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ProgramPicker Picker { get; private set; } = null!;
    public CoverageReport Report { get; private set; } = null!;

    public bool ByPartner => string.Equals(By, "partner", StringComparison.Ordinal);

    public string Link(int page, bool byPartner) => $"/reports/coverage?programId={Report.ProgramId}&by={(byPartner ? "partner" : "group")}&p={page}";

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/reports/coverage");
        Report = await coverage.HandleAsync(id, ByPartner, PageNumber, ct);
        return Page();
    }
}
