using Berdaya.Data.Identity;
using Berdaya.Web;

namespace Berdaya.Features.Admin.Users;

/// <summary>User administration (docs/domain.md, Roles and scope): Administrator only; every other role gets 403.</summary>
public sealed class UsersApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(p => p.RequireRole(Roles.Administrator));

        group.MapGet("/", (string? q, UserQueries users, CancellationToken ct) => users.ListAsync(q, ct))
            .WithSummary($"Users with role and scope; q searches email and name (at most {UserQueries.ListLimit})");

        group.MapPost("/", async (CreateUser.Command body, CreateUser create, UserQueries users, CancellationToken ct) =>
            {
                var user = await create.HandleAsync(body, ct);
                return Results.Created($"/api/v1/users/{user.Id}", await users.GetAsync(user.Id, ct));
            })
            .WithSummary("Create a user with one role and an initial password");

        group.MapGet("/{id}", (string id, UserQueries users, CancellationToken ct) => users.GetAsync(id, ct))
            .WithSummary("One user with role, lockout and scope");

        group.MapPut("/{id}", async (string id, UpdateUser.Command body, UpdateUser update, UserQueries users, CancellationToken ct) =>
            {
                await update.HandleAsync(id, body, ct);
                return await users.GetAsync(id, ct);
            })
            .WithSummary("Change name, role, active flag and language; a field left out stays (an administrator cannot deactivate or demote themselves)");

        group.MapPut("/{id}/scope", async (string id, SetUserScope.Command body, SetUserScope scope, UserQueries users, CancellationToken ct) =>
            {
                await scope.HandleAsync(id, body, ct);
                return await users.GetAsync(id, ct);
            })
            .WithSummary("Set programs, villages (by village or whole district) and the partner record; null leaves a part unchanged");

        group.MapPost("/{id}/password", async (string id, SetUserPassword.Command body, SetUserPassword.Handler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, body, ct);
                return Results.NoContent();
            })
            .WithSummary("Set a new password (Identity's password rules apply)");

        group.MapPost("/{id}/unlock", async (string id, UnlockUser.Handler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, ct);
                return Results.NoContent();
            })
            .WithSummary("Unlock an account locked after failed logins");
    }
}
