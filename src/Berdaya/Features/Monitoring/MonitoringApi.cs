using System.Text.Json;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Berdaya.Features.Monitoring;

/// <summary>Help requests, monitoring visits, follow-ups and a partner's support as JSON, through the same handlers as the pages.</summary>
public sealed class MonitoringApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var help = api.MapGroup("/help-requests").WithTags("Monitoring");

        help.MapGet("/", (bool? open, Guid? groupId, MonitoringQueries q, CancellationToken ct) => q.HelpRequestsAsync(open ?? false, groupId, ct))
            .WithSummary("Help requests in scope (a partner: their own), open ones first; open=true for open ones only");

        help.MapGet("/{id:guid}", (Guid id, MonitoringQueries q, CancellationToken ct) => q.HelpRequestAsync(id, ct))
            .WithSummary("One help request");

        help.MapPost("/", async ([FromBody] AskForHelp.Command body, AskForHelp ask, MonitoringQueries q, CancellationToken ct) =>
            {
                var request = await ask.HandleAsync(body, ct);
                return Results.Created($"/api/v1/help-requests/{request.Id}", await q.HelpRequestAsync(request.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Monitoring)
            .WithSummary("Ask for help: kind (RawMaterial, Capital, Marketing, Production, Finance, Legality, Other) and a description of at most 1000 characters; staff name the partner");

        help.MapPost("/{id:guid}/close", async (Guid id, [FromBody] CloseHelpRequest.Command body, CloseHelpRequest close, MonitoringQueries q, CancellationToken ct) =>
            {
                await close.HandleAsync(id, body, ct);
                return await q.HelpRequestAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Close an open help request with a note");

        help.MapPost("/{id:guid}/followups", async (Guid id, [FromBody] AddFollowUp.Command body, AddFollowUp add, MonitoringQueries q, CancellationToken ct) =>
            {
                var f = await add.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/followups/{f.Id}", await q.FollowUpAsync(f.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Set a follow-up on a help request: task, owner (user:{id} or partner:{id}) and a due date not before today");

        var visits = api.MapGroup("/visits").WithTags("Monitoring");

        visits.MapGet("/", (Guid? groupId, Guid? partnerId, MonitoringQueries q, CancellationToken ct) => q.VisitsAsync(groupId, partnerId, ct))
            .WithSummary("Monitoring visits in scope, newest first, optionally of one group or partner");

        visits.MapGet("/{id:guid}", (Guid id, MonitoringQueries q, CancellationToken ct) => q.VisitAsync(id, ct))
            .WithSummary("One visit with its partners, findings, advice, follow-ups and the help requests it answered");

        visits.MapPost("/", async ([FromBody] RecordVisit.Command body, RecordVisit record, MonitoringQueries q, CancellationToken ct) =>
            {
                var visit = await record.HandleAsync(body, ct);
                return Results.Created($"/api/v1/visits/{visit.Id}", await q.VisitAsync(visit.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Record a visit (date not in the future; partners of one group or picked, in scope); follow-ups due on or after the visit; a location needs consent");

        var followUps = api.MapGroup("/followups").WithTags("Monitoring");

        followUps.MapGet("/", (Guid? groupId, Guid? partnerId, bool? open, bool? overdue, MonitoringQueries q, CancellationToken ct) =>
                q.FollowUpsAsync(groupId, partnerId, open ?? false, overdue ?? false, ct))
            .WithSummary("Follow-ups: the user's own (no filter), of a group or of a partner; open=true or overdue=true to narrow");

        followUps.MapGet("/{id:guid}", (Guid id, MonitoringQueries q, CancellationToken ct) => q.FollowUpAsync(id, ct))
            .WithSummary("One follow-up, and whether the user may close it");

        followUps.MapPost("/{id:guid}/close", async (Guid id, HttpRequest request, CloseFollowUp close, MonitoringQueries q, CancellationToken ct) =>
            {
                // Whether this user may close this follow-up is known before the body is read: a facilitator who
                // does not own it is refused (403) without being told what the body should hold.
                await close.RequireCloserAsync(id, ct);
                CloseFollowUp.Command body;
                try
                {
                    body = await request.ReadFromJsonAsync<CloseFollowUp.Command>(Json(request), ct) ?? new CloseFollowUp.Command();
                }
                catch (JsonException)
                {
                    throw new DomainException("request.malformed");
                }

                await close.HandleAsync(id, body, ct);
                return await q.FollowUpAsync(id, ct);
            })
            .Accepts<CloseFollowUp.Command>("application/json")
            .Produces<MonitoringQueries.FollowUpDetails>()
            .RequireAuthorization(RolePolicies.Monitoring)
            .WithSummary("Close a follow-up: outcome Done (note: what was done) or Dropped (note: the reason); only its owner, the program's officers or administrators");

        api.MapGet("/partners/{id:guid}/support", (Guid id, MonitoringQueries q, CancellationToken ct) => q.SupportAsync(id, ct))
            .WithTags("Monitoring")
            .WithSummary("A partner's support: advice given to them, open follow-ups, help requests, last location recorded with consent");
    }

    private static JsonSerializerOptions Json(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
}
