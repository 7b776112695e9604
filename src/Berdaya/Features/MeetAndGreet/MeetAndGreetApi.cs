using Berdaya.Domain.MeetAndGreet;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>The directory, its consent, requests to connect, endorsements and the public products page as JSON, through the same services as the pages.</summary>
public sealed class MeetAndGreetApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var directory = api.MapGroup("").WithTags("Meet and Greet: directory");
        directory.MapGet("/directory", ([AsParameters] DirectorySearch.Query query, DirectorySearch search, CancellationToken ct) => search.HandleAsync(query, ct))
            .WithSummary("The partners of the reader's programs listed by consent, only the fields each chose, with trust signals; by q (product or name words), "
                         + "sector, region (village, district or regency code), km (1-200, from a partner's own recorded location); 20 a page.");

        directory.MapGet("/partners/{id:guid}/directory-consent", (Guid id, ConsentQuery query, CancellationToken ct) => query.HandleAsync(id, ct))
            .WithSummary("A partner's directory decisions, newest first, whether they are listed, and their trust signals.");

        directory.MapPost("/partners/{id:guid}/directory-consent", async (Guid id, [FromBody] RecordConsent.Command body, RecordConsent record, CancellationToken ct) =>
            {
                var c = await record.HandleAsync(id, body, null, ct);
                return Results.Created($"/api/v1/partners/{id}/directory-consent", ConsentQuery.Line(c));
            })
            .RequireAuthorization(RolePolicies.DirectoryWriters)
            .WithSummary("Record a decision: Given (purposes Partners and/or Buyers; fields, Business required, Products, Village, Photo, Contact), Refused "
                         + "or Withdrawn; by the partner themself, or by field staff with the way it was given (InPerson, Phone, Paper). Withdrawal removes "
                         + "the partner from every listing at once.");

        directory.MapGet("/partners/{id:guid}/connections", (Guid id, Connections connections, CancellationToken ct) => connections.ListAsync(id, ct))
            .WithSummary("A partner's requests to connect, sent and received, newest first; phone numbers only once accepted.");

        directory.MapPost("/partners/{id:guid}/connections", async (Guid id, [FromBody] Connections.SendCommand body, Connections connections, CancellationToken ct) =>
            {
                var r = await connections.SendAsync(id, body, ct);
                return Results.Created($"/api/v1/partners/{id}/connections", new { r.Id, r.State });
            })
            .RequireAuthorization(RolePolicies.DirectoryWriters)
            .WithSummary("Ask a listed partner who shows Contact to connect (message up to 500 characters); one open request between two partners.");

        directory.MapPost("/connections/{id:guid}/answer", async (Guid id, [FromBody] Connections.AnswerCommand body, Connections connections, CancellationToken ct) =>
            {
                var r = await connections.AnswerAsync(id, body, ct);
                return Results.Ok(new { r.Id, r.State, r.Version });
            })
            .RequireAuthorization(RolePolicies.DirectoryWriters)
            .WithSummary("The partner asked accepts or declines, once (a second answer is a 409).");

        directory.MapPost("/partners/{id:guid}/endorsements", async (Guid id, [FromBody] Endorsements.Command body, Endorsements endorsements, CancellationToken ct) =>
            {
                var e = await endorsements.WriteAsync(id, body, ct);
                return Results.Created($"/api/v1/partners/{id}/directory-consent", new EndorsementLine(e.Id, e.Role, e.WriterName, e.Text, e.WrittenOn));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("An officer's endorsement of a partner (up to 300 characters), shown beside their entry.");

        directory.MapDelete("/endorsements/{id:guid}", async (Guid id, Endorsements endorsements, CancellationToken ct) =>
            {
                await endorsements.WithdrawAsync(id, ct);
                return Results.NoContent();
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Take an endorsement back.");

        var matching = api.MapGroup("").WithTags("Meet and Greet: mentors and matching");
        matching.MapGet("/mentors", (Mentors mentors, CancellationToken ct) => mentors.ListAsync(ct))
            .WithSummary("The mentor offers in force in the reader's programs: capacity, travel distance and the kinds of need offered.");
        matching.MapPost("/partners/{id:guid}/mentor", async (Guid id, [FromBody] Mentors.Command body, Mentors mentors, CancellationToken ct) =>
            {
                var o = await mentors.VolunteerAsync(id, body, ct);
                return Results.Created("/api/v1/mentors", new { o.Id, o.Capacity, o.TravelKm, Topics = MentorOffer.KindsOf(o.Topics) });
            })
            .RequireAuthorization(RolePolicies.DirectoryWriters)
            .WithSummary("An independent partner, or an active one with 12 on-time months in a row, volunteers to mentor: capacity 1-10, travel 0-200 km, "
                         + "topics (need kinds). A newer offer replaces the one in force.");
        matching.MapGet("/matching/rounds", (MatchingRounds rounds, CancellationToken ct) => rounds.ListAsync(ct))
            .RequireAuthorization(RolePolicies.Office).WithSummary("The matching rounds of the reader's programs, newest first.");
        matching.MapPost("/matching/rounds", async ([FromBody] MatchingRounds.StartCommand body, MatchingRounds rounds, CancellationToken ct) =>
            {
                var r = await rounds.StartAsync(body, ct);
                return Results.Created($"/api/v1/matching/rounds/{r.Id}", await rounds.GetAsync(r.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Start a round for a program and a district or regency code with weights 0-10 (product, needs, distance, capacity): the optimal "
                         + "pairs are proposed with their scores and reasons (decision 0031).");
        matching.MapGet("/matching/rounds/{id:guid}", (Guid id, MatchingRounds rounds, CancellationToken ct) => rounds.GetAsync(id, ct))
            .RequireAuthorization(RolePolicies.Office).WithSummary("A round: its counts, the optimal and the greedy totals, and each proposed pair with its reasons.");
        matching.MapPost("/matching/pairs/{id:guid}", async (Guid id, [FromBody] MatchingRounds.PairCommand body, MatchingRounds rounds, CancellationToken ct) =>
            {
                var p = await rounds.DecidePairAsync(id, body, ct);
                return Results.Ok(new { p.Id, p.State });
            })
            .RequireAuthorization(RolePolicies.Office).WithSummary("The officer keeps (keep: true) or removes a proposed pair, once.");

        var open = api.MapGroup("/public").WithTags("Meet and Greet: public products").AllowAnonymous();
        open.MapGet("/products", ([AsParameters] PublicProducts.Query query, PublicProducts products, CancellationToken ct) => products.HandleAsync(query, ct))
            .WithSummary("Without login: the products of partners who agreed to be shown to buyers, by region (regency or district code) and q; 30 a page.");
        open.MapPost("/enquiries", async ([FromBody] PublicProducts.EnquiryCommand body, PublicProducts products, CancellationToken ct) =>
            {
                var id = await products.EnquireAsync(body, ct);
                return Results.Created("/api/v1/public/products", new { id });
            })
            .WithSummary("Without login: a buyer's enquiry to a listed partner (name, phone or e-mail, message); it arrives as a request the partner "
                         + "accepts or declines. Limited per sender address (429).");
    }
}
