using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Close;

/// <summary>The daily close on demand and its progress (docs/domain.md, Daily close), for the program office.</summary>
public sealed class DailyCloseApi : IEndpointModule
{
    public sealed record StartCommand(DateOnly BusinessDate);

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/daily-closes").WithTags("Daily close").RequireAuthorization(RolePolicies.Office);

        group.MapGet("/", (DailyCloseQueries q, CancellationToken ct) => q.RecentAsync(ct))
            .WithSummary("The last 30 closes, newest business date first, with their progress");

        group.MapGet("/{date}", (DateOnly date, DailyCloseQueries q, CancellationToken ct) => q.ForDateAsync(date, ct))
            .WithSummary("The close of one business date (yyyy-MM-dd): status and loans processed; no id and no status when never run");

        group.MapPost("/", async (StartCommand body, DailyCloseStarter starter, CurrentUser me, CancellationToken ct) =>
            {
                var id = await starter.StartAsync(body.BusinessDate, me.RequiredId, ct);
                var date = body.BusinessDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return Results.Accepted($"/api/v1/daily-closes/{date}", new { id, businessDate = body.BusinessDate });
            })
            .WithSummary("Start the close of a business date (not in the future) in the background; 202 with its id, 409 while a close runs. " +
                         "A closed date is recomputed, a stopped one resumes from where it stopped");
    }
}
