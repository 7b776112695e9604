using System.Globalization;
using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Reports;

/// <summary>The office picks a semester of its program and downloads the report; a refusal shows beside the year or semester.</summary>
[Authorize(Roles = SemesterReport.Readers)]
public sealed class SemesterModel(ProgramScope scope, SemesterReport report, SemesterExport export, TimeProvider clock) : PageModel
{
    public ProgramPicker Picker { get; private set; } = null!;

    public string Year { get; private set; } = "";
    public string Semester { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        await LoadAsync(programId, ct);
        var latest = report.Default;
        (Year, Semester) = (latest.Year.ToString(CultureInfo.InvariantCulture), latest.Half.ToString(CultureInfo.InvariantCulture));
        return Page();
    }

    /// <summary>The file, once its totals agree with the ledger.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid? programId, string? year, string? semester, CancellationToken ct)
    {
        (Year, Semester) = (year ?? "", semester ?? "");
        // The picker is loaded first: a refused report shows the page again with the message beside the year or semester.
        var id = await LoadAsync(programId, ct);
        return new SemesterFile(await report.HandleAsync(id, year, semester, ct), export, clock.GetUtcNow());
    }

    private async Task<Guid> LoadAsync(Guid? programId, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);
        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/reports/semester");
        return id;
    }
}
