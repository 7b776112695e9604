using Berdaya.Domain.Common;
using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Reports;

[Authorize(Roles = ProgramScope.ReportReaders)]
public sealed class KpisModel(ProgramScope scope, ReportQueries reports) : PageModel
{
    public ProgramPicker Picker { get; private set; } = null!;
    public KpiDto? Kpis { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    /// <summary>Where the classes were counted: a month-end snapshot, the latest daily close, or live.</summary>
    public string SourceKey => Kpis?.CollectibilitySource switch
    {
        ReportQueries.FromMonthEnd => "reports.kpi.source.monthend",
        ReportQueries.FromClose => "reports.asof.close",
        _ => "reports.kpi.source.live",
    };

    public async Task<IActionResult> OnGetAsync(Guid? programId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);

        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/reports/kpis");
        (From, To) = (from, to);
        Kpis = await reports.KpisAsync(id, from, to, ct);
        (From, To) = (Kpis.From, Kpis.To);
        return Page();
    }
}
