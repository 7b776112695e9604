using Berdaya.Features.Proposals;
using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Surveys;

/// <summary>The survey of a proposal's member through the JSON API: the same handler as the page.</summary>
public sealed class SurveysApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/proposals/{id:guid}/surveys", async (Guid id, RecordSurvey.Command body, RecordSurvey.Handler handler, ProposalQueries q, CurrentUser me,
                CancellationToken ct) =>
            {
                await handler.HandleAsync(id, body, null, me.RequiredId, ct);
                return Results.Created($"/api/v1/proposals/{id}", await q.DetailAsync(id, ct));
            })
            .WithTags("Proposals")
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Record the survey of one member (officer)");
    }
}
