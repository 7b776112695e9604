using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Legality;

/// <summary>The program's legality: holders of each licence by group and village, and what is expiring or expired.</summary>
[Authorize(Roles = LegalityQueries.ProgramReaders)]
public sealed class IndexModel(ProgramScope scope, LegalityQueries queries) : PageModel
{
    public ProgramPicker Picker { get; private set; } = null!;
    public ProgramLegalityView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/legality");
        View = await queries.ProgramAsync(id, ct);
        return Page();
    }
}
