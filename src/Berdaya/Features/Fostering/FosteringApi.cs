using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Fostering;

/// <summary>A partner's quarterly reports as JSON, through the same handlers as the pages (docs/domain.md, Quarterly reports).</summary>
public sealed class FosteringApi : IEndpointModule
{
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
    }
}
