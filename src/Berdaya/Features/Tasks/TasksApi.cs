using Berdaya.Web;

namespace Berdaya.Features.Tasks;

/// <summary>The user's work list and reminders as JSON, through the same handlers as the page.</summary>
public sealed class TasksApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks");

        group.MapGet("/", (TaskList tasks, CancellationToken ct, int page = 1, bool done = false) => tasks.HandleAsync(page, done, ct))
            .WithSummary("What waits for the user now, and their reminders newest first (50 a page)");

        group.MapPost("/{id:guid}/done", async (Guid id, TaskList tasks, CancellationToken ct) =>
            {
                await tasks.MarkDoneAsync(id, ct);
                return Results.NoContent();
            })
            .WithSummary("Mark a reminder dealt with, for everyone it was for");
    }
}
