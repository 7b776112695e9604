using System.Globalization;
using Berdaya.Features.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Socialization;

/// <summary>Socialization meetings and their attendees as JSON, through the same handlers as the pages.</summary>
public sealed class SocializationsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/socializations").WithTags("Socializations");

        group.MapGet("/", (SocializationQueries queries, CancellationToken ct) => queries.ListAsync(ct))
            .WithSummary("Meetings in scope, newest first");

        group.MapGet("/{id:guid}", (Guid id, SocializationQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .WithSummary("One meeting with its attendees");

        group.MapPost("/", async ([FromBody] RecordSocialization.Command body, RecordSocialization record, SocializationQueries queries, CancellationToken ct) =>
            {
                var meeting = await record.HandleAsync(body, ct);
                return Results.Created($"/api/v1/socializations/{meeting.Id}", await queries.GetAsync(meeting.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Record a meeting (date not in the future, a village of the facilitator, place and topics)");

        group.MapPost("/{id:guid}/attendees", async (Guid id, [FromBody] AddAttendee.Command body, AddAttendee add, CancellationToken ct) =>
            {
                var a = await add.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/socializations/{id}",
                    new { a.Id, a.Name, a.VillageCode, a.Interested, a.PartnerId });
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Add an attendee: an existing partner (partnerId) or a new person (name, phone, villageCode, interested)");

        group.MapPost("/{id:guid}/attendees/{attendeeId:guid}/partner", async (Guid id, Guid attendeeId, [FromBody] RegisterPartner.Command body,
                RegisterAttendee registerAttendee, PartnerDetails details, Texts texts, CancellationToken ct) =>
            {
                try
                {
                    var result = await registerAttendee.HandleAsync(id, attendeeId, body, ct);
                    var created = await details.HandleAsync(result.Partner.Id, ct);
                    var warnings = result.UnknownNikDistrict is { } d
                        ? new[] { texts.Format("partner.warning.nikdistrict", CultureInfo.CurrentUICulture, d) }
                        : [];
                    return Results.Created($"/api/v1/partners/{created.Id}", new { partner = created, warnings });
                }
                catch (DuplicateNikException ex)
                {
                    return PartnersApi.Duplicate(ex, texts);
                }
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Register the attendee as a partner in one step (body: the partner registration)");
    }
}
