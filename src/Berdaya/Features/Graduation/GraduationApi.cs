using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Graduation;

/// <summary>A partner's bankability checklist and graduation as JSON, through the same handlers as the pages (docs/domain.md, Bankability and graduation).</summary>
public sealed class GraduationApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/partners/{id:guid}").WithTags("Bankability and graduation");

        group.MapGet("/bankability", (Guid id, BankabilityQuery query, CancellationToken ct) => query.HandleAsync(id, ct))
            .WithSummary("The KUR checklist: each item met from the records, declared, missing or failed; the need and its KUR tier; what is still open. "
                         + "For a graduated partner, the checklist as it held on the day.");

        group.MapPost("/bankability/declarations", async (Guid id, [FromBody] DeclareBankability.Command body, DeclareBankability declare, CancellationToken ct) =>
            {
                var d = await declare.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/partners/{id}/bankability",
                    new DeclarationLine(d.Id, d.Item, d.Evidence, d.EvidenceOn, d.Amount, d.DeclaredBy, d.DeclaredOn));
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Declare a checklist item with its evidence (text up to 500 characters, an optional date not in the future); the credit need "
                         + "takes its amount. The latest declaration of an item is in force.");

        group.MapPost("/graduation", async (Guid id, [FromBody] GraduatePartner.Command body, GraduatePartner graduate, CancellationToken ct) =>
            {
                var g = await graduate.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/partners/{id}/bankability",
                    new GraduationLine(g.Id, g.GraduatedOn, g.EvaluationYear, g.EvaluationId, g.Need, g.Tier, g.Bank, g.GraduatedBy));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Graduate the partner (independent, mandiri) when the latest evaluation decided graduate and the checklist holds; refused "
                         + "naming each open item; a second time is a 409");
    }
}
