using System.Globalization;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;

namespace Berdaya.Features.Reports;

/// <summary>
/// KPIs and the portfolio report for the program's officers, viewers and evaluator (evidence for the
/// evaluation; docs/domain.md, Roles and scope) and administrators, each also as a workbook for whoever reads it:
/// program figures by class, group, village and product, never a person's NIK or phone.
/// </summary>
public sealed class ReportsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");

        group.MapGet("/kpis", async (Guid? programId, DateOnly? from, DateOnly? to, ProgramScope scope, ReportQueries q, CancellationToken ct) =>
                await q.KpisAsync(await scope.ResolveAsync(programId, ct), from, to, ct))
            .RequireAuthorization(p => p.RequireRole(ProgramScope.ReportReaders.Split(',')))
            .WithSummary("Collectibility rate and disbursement effectiveness with their scores for a period (default: this year)");

        group.MapGet("/portfolio", async (Guid? programId, ProgramScope scope, ReportQueries q, CancellationToken ct) =>
                await q.PortfolioAsync(await scope.ResolveAsync(programId, ct), ct))
            .RequireAuthorization(p => p.RequireRole(ProgramScope.ReportReaders.Split(',')))
            .WithSummary($"Active loans by class, group and village (top {ReportQueries.TopLimit} by outstanding), product and days past due; write-offs apart");

        group.MapGet("/coverage", async (Guid? programId, string? by, int? page, ProgramScope scope, CoverageQuery q, CancellationToken ct) =>
                await q.HandleAsync(await scope.ResolveAsync(programId, ct), string.Equals(by, "partner", StringComparison.Ordinal), page ?? 1, ct))
            .RequireAuthorization(p => p.RequireRole(CoverageQuery.Readers.Split(',')))
            .WithSummary($"5P coverage per group (by=group) or partner (by=partner), {CoverageQuery.PageSize} rows a page, with the program's totals");

        group.MapGet("/portfolio.xlsx", async (Guid? programId, ProgramScope scope, ReportQueries q, PortfolioExport export, CancellationToken ct) =>
            {
                var id = await scope.ResolveAsync(programId, ct);
                var report = await q.PortfolioAsync(id, ct);
                var bytes = await export.WorkbookAsync(report, CultureInfo.CurrentUICulture, ct);
                return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    string.Create(CultureInfo.InvariantCulture, $"portofolio-{report.AsOf:yyyy-MM-dd}.xlsx"));
            })
            .RequireAuthorization(p => p.RequireRole(ProgramScope.ReportReaders.Split(',')))
            .WithSummary("The portfolio report as an Excel workbook, one sheet per table");

        group.MapGet("/kpis.xlsx", async (Guid? programId, DateOnly? from, DateOnly? to, ProgramScope scope, ReportQueries q, KpiExport export,
                CloseStamps closes, TextsLocalizer t, CancellationToken ct) =>
            {
                var kpis = await q.KpisAsync(await scope.ResolveAsync(programId, ct), from, to, ct);
                var asOf = await AsOfLine.CollectibilityAsync(t, closes, kpis, ct);
                var bytes = await export.WorkbookAsync(kpis, asOf, CultureInfo.CurrentUICulture, ct);
                return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    string.Create(CultureInfo.InvariantCulture, $"indikator-kinerja-{kpis.From:yyyy-MM-dd}-{kpis.To:yyyy-MM-dd}.xlsx"));
            })
            .RequireAuthorization(p => p.RequireRole(ProgramScope.ReportReaders.Split(',')))
            .WithSummary("The KPIs of a period (default: this year) as an Excel workbook: rates and scores, classes, effectiveness inputs");
    }
}
