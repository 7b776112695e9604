using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Berdaya.Features.Fostering;

/// <summary>
/// A partner's quarterly reports on one page (docs/domain.md, Quarterly reports): the quarter due next with the cash book's
/// sales as a starting point, the open decline alerts, the reports by quarter, and one form for a new report or a correction.
/// </summary>
public sealed class ReportsModel(QuarterlyReportQueries queries, SubmitQuarterlyReport submit, Texts texts) : PageModel, IFormPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public SubmitQuarterlyReport.Command Input { get; set; } = new();

    /// <summary>The quarter whose versions are shown (?quarter=2026-Q3).</summary>
    [FromQuery(Name = "quarter")]
    public string? Shown { get; set; }

    public PartnerReports Reports { get; private set; } = null!;
    public IReadOnlyList<ReportView> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Quarter = Reports.NextQuarter;
        if (!Reports.NextReported && Reports.CashBookSales > 0)
        {
            Input.Turnover = Reports.CashBookSales;
        }

        // The latest report's figures are where most next ones start.
        if (Reports.Reports.Count > 0)
        {
            var last = Reports.Reports[0];
            Input.Assets ??= last.Assets;
            Input.PaidEmployees = last.PaidEmployees;
            Input.FamilyEmployees = last.FamilyEmployees;
            Input.ProductionUnit = last.ProductionUnit;
        }

        if (Shown is not null)
        {
            Versions = await queries.VersionsAsync(Id, Shown, ct);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var r = await submit.HandleAsync(Id, Input, ct);
        TempData["Flash"] = texts.Format(r.Falls.Count > 0 ? "fostering.saved.decline" : "fostering.saved", CultureInfo.CurrentUICulture,
            r.Report.Quarter.ToString(), r.Report.Version);
        return Redirect($"/partners/{Id}/reports");
    }

    public Task OnRefusedAsync(DomainException refusal, CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct) => Reports = await queries.ForPartnerAsync(Id, ct);
}
