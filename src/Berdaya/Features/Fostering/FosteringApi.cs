using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Fostering;

/// <summary>A partner's quarterly reports as JSON, through the same handlers as the pages (docs/domain.md, Quarterly reports).</summary>
public sealed class FosteringApi : IEndpointModule
{
    public sealed record CheckBody(Guid? ProgramId, string? Quarter);

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/partners/{id:guid}/quarterly-reports").WithTags("Quarterly reports");

        group.MapGet("/", (Guid id, QuarterlyReportQueries queries, CancellationToken ct) => queries.ForPartnerAsync(id, ct))
            .RequireAuthorization(RolePolicies.CashBookKeepers)
            .WithSummary("The partner's reports (current version of each quarter, newest first), the quarter due next and the open decline alerts");

        group.MapGet("/{quarter}", (Guid id, string quarter, QuarterlyReportQueries queries, CancellationToken ct) => queries.VersionsAsync(id, quarter, ct))
            .RequireAuthorization(RolePolicies.CashBookKeepers)
            .WithSummary("Every version of one quarter's report (quarter=2026-Q3), newest first");

        group.MapPost("/", async (Guid id, [FromBody] SubmitQuarterlyReport.Command body, SubmitQuarterlyReport submit, CancellationToken ct) =>
            {
                var r = await submit.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/partners/{id}/quarterly-reports/{r.Report.Quarter}",
                    new
                    {
                        Report = ReportView.Of(r.Report),
                        Falls = r.Falls.Select(f => new { f.Figure, f.Basis, Against = f.Against.ToString(), f.From, f.To, f.Percent }),
                        r.FollowUpId,
                    });
            })
            .RequireAuthorization(RolePolicies.CashBookKeepers)
            .WithSummary("Report a quarter (quarter=2026-Q3; assets, turnover, paid and family employees, production, note); a quarter already "
                         + "reported takes a correction with a reason (a new version). A fall beyond the program's threshold opens a follow-up.");

        var declines = api.MapGroup("/fostering/declines").WithTags("Quarterly reports");
        declines.MapGet("/", (Guid? programId, string? quarter, DeclineCheck check, CancellationToken ct) => Declines(check.ListAsync(programId, quarter, ct)))
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("The declines of a program's quarter (quarter=2026-Q3; empty: the quarter just ended) in the user's scope, the largest first "
                         + "(at most 500), with the visit opened for each");
        declines.MapPost("/check", ([FromBody] CheckBody body, DeclineCheck check, CancellationToken ct) =>
                Declines(check.RunAsync(body.ProgramId, body.Quarter, ct)))
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Check a quarter: opens the monitoring visit of each decline that has none, then lists the quarter's declines");

        var settings = api.MapGroup("/fostering/settings").WithTags("Quarterly reports");
        settings.MapGet("/", (Guid? programId, FosteringProgramSettings s, CancellationToken ct) => s.GetAsync(programId, ct))
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("The program's report due days (after the quarter ends) and decline threshold (percent)");
        settings.MapPut("/", (Guid? programId, [FromBody] FosteringProgramSettings.Command body, FosteringProgramSettings s, CancellationToken ct) =>
                s.SetAsync(programId, body, ct))
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Set the program's report due days (0–90) and decline threshold (1–90 percent)");
    }

    private static async Task<object> Declines(Task<DeclineCheck.Result> running)
    {
        var r = await running;
        return new
        {
            r.ProgramId,
            Quarter = r.Quarter.ToString(),
            r.ThresholdPercent,
            r.Reported,
            r.Declines,
            r.Opened,
            Lines = r.Lines.Select(l => new
            {
                l.PartnerId,
                l.OwnerName,
                l.BusinessName,
                l.VillageCode,
                l.GroupId,
                l.GroupName,
                Falls = l.Falls.Select(f => new { f.Figure, f.Basis, Against = f.Against.ToString(), f.From, f.To, f.Percent }),
                l.FollowUpId,
                l.VisitState,
            }),
        };
    }
}
