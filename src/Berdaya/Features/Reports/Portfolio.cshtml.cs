using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Reports;

[Authorize(Roles = ProgramScope.ReportReaders)]
public sealed class PortfolioModel(ProgramScope scope, ReportQueries reports) : PageModel
{
    public ProgramPicker Picker { get; private set; } = null!;
    public PortfolioDto Report { get; private set; } = null!;

    /// <summary>The workbook is for the office and management (see <see cref="ReportsApi"/>).</summary>
    public bool MayExport => scope.User.IsAdmin || scope.User.IsOfficer || scope.User.IsViewer;

    /// <summary>A list table whose total row counts every active loan, not only the rows shown.</summary>
    public PortfolioTable Table(string id, string keyHeader, string? nameHeader, IReadOnlyList<PortfolioRow> rows, string? linkPrefix = null) =>
        new(id, keyHeader, nameHeader, rows, Report.ActiveCount, Report.ActiveOutstanding, linkPrefix);

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);

        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/reports/portfolio");
        Report = await reports.PortfolioAsync(id, ct);
        return Page();
    }
}

/// <summary>One of the portfolio's list tables: header text keys, the rows, and the complete totals.</summary>
public sealed record PortfolioTable(string Id, string KeyHeader, string? NameHeader, IReadOnlyList<PortfolioRow> Rows, int TotalCount,
    decimal TotalOutstanding, string? LinkPrefix);
