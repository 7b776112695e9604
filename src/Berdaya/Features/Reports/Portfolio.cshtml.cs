using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Reports;

[Authorize(Roles = ProgramScope.ReportReaders)]
public sealed class PortfolioModel(ProgramScope scope, ReportQueries reports, CloseStamps closes, TextsLocalizer t) : PageModel
{
    public ProgramPicker Picker { get; private set; } = null!;
    public PortfolioDto Report { get; private set; } = null!;

    /// <summary>"As of the daily close of …, finished …", or counted live before a program's first close.</summary>
    public string AsOf { get; private set; } = "";

    /// <summary>The date an officer may close from here; null for the other readers.</summary>
    public DateOnly? RunDate => closes.RunDate;

    /// <summary>A list table whose total row counts every active loan, not only the rows shown.</summary>
    public PortfolioTable Table(string id, string keyHeader, string? nameHeader, IReadOnlyList<PortfolioRow> rows, string? linkPrefix = null) =>
        new(id, keyHeader, nameHeader, rows, Report.ActiveCount, Report.ActiveOutstanding, linkPrefix);

    public async Task<IActionResult> OnGetAsync(Guid? programId, CancellationToken ct)
    {
        var id = await scope.ResolvePageAsync(programId, ct);

        Picker = new ProgramPicker(await scope.ChoicesAsync(ct), id, "/reports/portfolio");
        Report = await reports.PortfolioAsync(id, ct);
        AsOf = await AsOfLine.PortfolioAsync(t, closes, Report, ct);
        return Page();
    }
}

/// <summary>One of the portfolio's list tables: header text keys, the rows, and the complete totals.</summary>
public sealed record PortfolioTable(string Id, string KeyHeader, string? NameHeader, IReadOnlyList<PortfolioRow> Rows, int TotalCount,
    decimal TotalOutstanding, string? LinkPrefix);
