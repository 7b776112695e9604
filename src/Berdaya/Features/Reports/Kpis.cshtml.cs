using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Reports;

[Authorize(Roles = ProgramScope.ReportReaders)]
public sealed class KpisModel(ProgramScope scope, ReportQueries reports, CloseStamps closes, TextsLocalizer t) : PageModel
{
    /// <summary>Where the classes were counted, in words: the close's date and time, a month end, or live.</summary>
    public string CollectibilityAsOf { get; private set; } = "";

    /// <summary>The date an officer may close from here; null for the other readers.</summary>
    public DateOnly? RunDate => closes.RunDate;

    public ProgramPicker Picker { get; private set; } = null!;
    public KpiDto? Kpis { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? programId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);

        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/reports/kpis");
        (From, To) = (from, to);
        Kpis = await reports.KpisAsync(id, from, to, ct);
        (From, To) = (Kpis.From, Kpis.To);
        CollectibilityAsOf = await AsOfLine.CollectibilityAsync(t, closes, Kpis, ct);
        return Page();
    }
}
