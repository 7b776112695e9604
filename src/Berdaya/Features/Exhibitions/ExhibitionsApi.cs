using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Exhibitions;

/// <summary>Exhibitions, eligibility, invitations, answers, attendance and results as JSON, through the same handlers as the pages.</summary>
public sealed class ExhibitionsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/exhibitions").WithTags("Exhibitions");

        group.MapGet("/", (Guid? programId, int? year, ExhibitionQueries q, CancellationToken ct) => q.QuartersAsync(programId, year, ct))
            .WithSummary("The program's exhibitions per quarter: participants, sales, orders, cost per rupiah sold (counts only)");
        group.MapPost("/", async ([FromBody] PlanExhibition.Command body, PlanExhibition plan, ExhibitionQueries q, CancellationToken ct) =>
            {
                var x = await plan.HandleAsync(body, ct);
                return Results.Created($"/api/v1/exhibitions/{x.Id}", await q.DetailsAsync(x.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Plan an exhibition: name, category (Local, Regional, International), organiser, place, dates, places, cost, months on time (default 12)");
        group.MapGet("/{id:guid}", (Guid id, ExhibitionQueries q, CancellationToken ct) => q.DetailsAsync(id, ct))
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("One exhibition with its invitations, answers, attendance and results");
        group.MapGet("/{id:guid}/eligibility", (Guid id, int? page, ExhibitionEligibility e, CancellationToken ct) => e.ForAsync(id, page, ct))
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("The program's partners ranked for the exhibition (eligible first, longest on-time streak, never invited recently), with the reason for each one left out; 50 a page");
        group.MapPost("/{id:guid}/invitations", async (Guid id, [FromBody] InviteToExhibition.Command body, InviteToExhibition invite, ExhibitionQueries q,
                CancellationToken ct) =>
            {
                var i = await invite.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/exhibitions/invitations/{i.Id}", await q.InvitationAsync(i.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Invite a partner: refused with the reason when not eligible unless overrideReason is given (recorded); 409 when already invited");
        group.MapPost("/{id:guid}/attendance", async (Guid id, [FromBody] RecordExhibitionAttendance.Command body, RecordExhibitionAttendance record,
                ExhibitionQueries q, CancellationToken ct) =>
            {
                await record.HandleAsync(id, body, ct);
                return await q.DetailsAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Who attended (of the accepted): once; posts the cost to the fund's ledger as a coaching grant");

        group.MapGet("/invitations/mine", (ExhibitionQueries q, CancellationToken ct) => q.MineAsync(ct))
            .WithSummary("The signed-in partner's own invitations");
        group.MapGet("/invitations/{id:guid}", (Guid id, ExhibitionQueries q, CancellationToken ct) => q.InvitationAsync(id, ct))
            .WithSummary("One invitation (the invited partner's own, or the office's)");
        group.MapPost("/invitations/{id:guid}/response", async (Guid id, [FromBody] RespondToInvitation.Command body, RespondToInvitation respond,
                ExhibitionQueries q, CancellationToken ct) =>
            {
                await respond.HandleAsync(id, body, ct);
                return await q.InvitationAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.ExhibitionInvitees)
            .WithSummary("Accept or decline (accept: true/false); 409 when the places are taken");
        group.MapPost("/invitations/{id:guid}/results", async (Guid id, [FromBody] RecordExhibitionResults.Command body, RecordExhibitionResults record,
                ExhibitionQueries q, CancellationToken ct) =>
            {
                await record.HandleAsync(id, body, ct);
                return await q.InvitationAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.ExhibitionInvitees)
            .WithSummary("After the event: sales at the event (whole rupiah) and orders or new buyers (buyer, contact, what, followUpOn); once");
    }
}
