using Berdaya.Data.Identity;
using Berdaya.Web;

namespace Berdaya.Features.Admin.Programs;

/// <summary>Programs: everyone reads the programs of their scope; only administrators create and change them.</summary>
public sealed class ProgramsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/programs").WithTags("Programs");

        group.MapGet("/", (ProgramQueries q, CancellationToken ct) => q.ListAsync(ct))
            .WithSummary("Programs in the caller's scope (administrators: all)");

        group.MapGet("/{id:guid}", (Guid id, ProgramQueries q, CancellationToken ct) => q.GetAsync(id, ct))
            .WithSummary("One program with its criteria and survey aspects (out of scope: 404)");

        group.MapPost("/", async (SaveProgram.Command body, SaveProgram save, CancellationToken ct) =>
            {
                var program = await save.CreateAsync(body, ct);
                return Results.Created($"/api/v1/programs/{program.Id}", ProgramDto.From(program));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .WithSummary("Create a program (Administrator); the regime's preset criteria apply unless criteria are given");

        group.MapPut("/{id:guid}", async (Guid id, SaveProgram.Command body, SaveProgram save, CancellationToken ct) =>
                ProgramDto.From(await save.UpdateAsync(id, body, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .WithSummary("Change a program (Administrator); a changed regime replaces the criteria with its preset");
    }
}
