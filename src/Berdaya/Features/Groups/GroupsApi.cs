using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Groups;

/// <summary>Groups through the JSON API: the same handlers and queries as the pages.</summary>
public sealed class GroupsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/groups").WithTags("Groups");

        group.MapGet("/", (int? page, string? q, GroupQueries queries, CancellationToken ct) => queries.ListAsync(page ?? 1, q, ct))
            .WithSummary("Groups in the user's scope, 50 a page, optionally those whose name contains q");

        group.MapPost("/", async (CreateGroup.Command body, CreateGroup.Handler handler, GroupQueries q, CancellationToken ct) =>
            {
                var id = await handler.HandleAsync(body, ct);
                return Results.Created($"/api/v1/groups/{id}", await q.DetailAsync(id, ct));
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Form a group: exactly one chair, secretary and treasurer, size within the program's limits");

        group.MapGet("/{id:guid}", (Guid id, GroupQueries q, CancellationToken ct) => q.DetailAsync(id, ct))
            .WithSummary("One group with its members and current proposal");

        group.MapPut("/{id:guid}/members", async (Guid id, MembersRequest body, SetGroupMembers.Handler handler, GroupQueries q, CancellationToken ct) =>
            {
                await handler.HandleAsync(new SetGroupMembers.Command(id, body.Members), ct);
                return await q.DetailAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Replace the group's membership");

        group.MapGet("/{id:guid}/timeline", async (Guid id, int? year, GroupQueries q, CancellationToken ct) =>
                year is { } y ? (await q.TimelineAsync(id, ct)).Where(e => e.OccurredOn.Year == y).ToList() : await q.TimelineAsync(id, ct))
            .WithSummary("Everything that happened to the group, oldest first, with its 5P approach; of one year with ?year=");
    }
}

public sealed record MembersRequest(List<MemberInput>? Members);
