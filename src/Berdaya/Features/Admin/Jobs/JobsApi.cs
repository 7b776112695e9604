using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Admin.Jobs;

/// <summary>The scheduled jobs' runs for administrators, and a due job started now.</summary>
public sealed class JobsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/jobs").WithTags("Scheduled jobs").RequireAuthorization(RolePolicies.Administrators);

        group.MapGet("/runs", (JobRuns runs, CancellationToken ct, string? job) => runs.ListAsync(job, ct))
            .WithSummary("The last 100 runs of every scheduled job (or of one), newest first");

        group.MapPost("/{job}/run", async (string job, JobRuns runs, CancellationToken ct) =>
            {
                var run = await runs.RunNowAsync(job, ct);
                return Results.Ok(new { run.Id, run.Job, run.BusinessDate, run.StartedAt, run.FinishedAt, run.Outcome, run.Done, run.Total, run.Summary });
            })
            .WithSummary("Run a job now when it is due (409 when it is not: done today or running)");
    }
}
