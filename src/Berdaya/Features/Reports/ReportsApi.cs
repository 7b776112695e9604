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

        group.MapGet("/semester", async (Guid? programId, string? year, string? semester, ProgramScope scope, SemesterReport report, SemesterExport export,
                TimeProvider clock, CancellationToken ct) =>
            {
                // Checked against the ledger before a byte is written: a refusal is still a ProblemDetails (409).
                var r = await report.HandleAsync(await scope.ResolveAsync(programId, ct), year, semester, ct);
                return new SemesterFile(r, export, clock.GetUtcNow());
            })
            .RequireAuthorization(p => p.RequireRole(SemesterReport.Readers.Split(',')))
            .Produces(StatusCodes.Status200OK, contentType: SemesterExport.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The semester report to the ministry as an Excel workbook (year, semester 1 or 2; an ended semester): distribution by sector and " +
                         "province, partners, collectibility at the semester's end, fund position; 409 with each difference when a total disagrees with the ledger");
    }
}

/// <summary>The semester workbook written straight to the response, for the API and the page (decision 0026).</summary>
internal sealed class SemesterFile(SemesterReportDto report, SemesterExport export, DateTimeOffset producedAt) : IResult, Microsoft.AspNetCore.Mvc.IActionResult
{
    public Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        // The workbook's writer writes synchronously, which the server refuses on the response: it goes through a buffer
        // that keeps the first 32 KB in memory and the rest in a temporary file, then is copied out, so memory stays flat.
        var ct = httpContext.RequestAborted;
        await using var buffer = new Microsoft.AspNetCore.WebUtilities.FileBufferingWriteStream();
        await export.WriteAsync(report, buffer, producedAt, ct);
        httpContext.Response.ContentType = SemesterExport.ContentType;
        httpContext.Response.ContentLength = buffer.Length;
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{SemesterExport.FileName(report)}\"";
        await buffer.DrainBufferAsync(httpContext.Response.Body, ct);
    }
}
