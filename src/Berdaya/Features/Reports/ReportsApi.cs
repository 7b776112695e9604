using System.Globalization;
using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Reports;

/// <summary>
/// KPIs and the portfolio report for the program's officers, viewers and evaluator (evidence for the
/// evaluation; docs/domain.md, Roles and scope) and administrators. The workbook is for the office and management:
/// files are not the evaluator's to take away.
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

        group.MapGet("/portfolio.xlsx", async (Guid? programId, ProgramScope scope, ReportQueries q, PortfolioExport export, CancellationToken ct) =>
            {
                var id = await scope.ResolveAsync(programId, ct);
                var report = await q.PortfolioAsync(id, ct);
                var bytes = await export.WorkbookAsync(report, CultureInfo.CurrentUICulture, ct);
                return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    string.Create(CultureInfo.InvariantCulture, $"portofolio-{report.AsOf:yyyy-MM-dd}.xlsx"));
            })
            .RequireAuthorization(p => p.RequireRole(ProgramScope.FundReaders.Split(',')))
            .WithSummary("The portfolio report as an Excel workbook, one sheet per table");
    }
}
