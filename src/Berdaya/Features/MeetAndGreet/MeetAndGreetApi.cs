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
            .RequireAuthorization(RolePolicies.Endorsers)
            .WithSummary("An endorsement of a partner (up to 300 characters), shown beside their entry: by an officer, or by a mentor (signed in) for a "
                         + "mentee they met in a pair both agreed to.");

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

        matching.MapPost("/matching/pairs/{id:guid}/answer", async (Guid id, [FromBody] MatchingRounds.AnswerCommand body, MatchingRounds rounds, CancellationToken ct) =>
            {
                var p = await rounds.AnswerAsync(id, body, ct);
                return Results.Ok(new { p.Id, p.State, p.MentorAgreed, p.MenteeAgreed });
            })
            .RequireAuthorization(RolePolicies.DirectoryWriters)
            .WithSummary("One side of a kept pair (side: Mentor or Mentee) agrees or declines, once: the partner themself, or field staff for a partner in "
                         + "their scope. A decline ends the pair and keeps the two apart in later rounds.");
        matching.MapPost("/matching/pairs/{id:guid}/swap", async (Guid id, [FromBody] MatchingRounds.SwapCommand body, MatchingRounds rounds, CancellationToken ct) =>
            {
                var p = await rounds.SwapAsync(id, body, ct);
                return Results.Created($"/api/v1/matching/rounds/{p.RoundId}", new { p.Id, p.State, p.Score, Reasons = rounds.ReasonsOf(p.Reasons) });
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("The officer gives the mentee another mentor (mentorId): a candidate of the round for them with room left; the new pair is kept and "
                         + "both are asked.");
        matching.MapGet("/matching/rounds/{id:guid}/outcomes", (Guid id, RoundOutcomes outcomes, CancellationToken ct) => outcomes.GetAsync(id, ct))
            .WithSummary("What came of a round: meetings, attendance, confidence before and after, collaborations per mentee, and the mentees' repayment "
                         + "record in the six months before and since beside the region's coached partners the round did not reach.");

        var meetings = api.MapGroup("").WithTags("Meet and Greet: meetings");
        meetings.MapPost("/meetings", async ([FromBody] Meetings.Command body, Meetings service, CancellationToken ct) =>
            {
                var m = await service.RecordAsync(body, ct);
                return Results.Created($"/api/v1/meetings/{m.Id}", await service.GetAsync(m.Id, ct));
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Record a held meeting: Pair (pairId of a pair both sides agreed to) or Group (speakerId, an independent partner or a mentor, and "
                         + "participants); came (who came, at least two), heldOn, place, topics, agreed, and up to 10 followUps (task, owner, dueOn).");
        meetings.MapGet("/meetings/{id:guid}", (Guid id, Meetings service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithSummary("A meeting: who was invited and came, topics, what was agreed, its follow-ups and collaborations.");
        meetings.MapPost("/meetings/{id:guid}/followups", async (Guid id, [FromBody] Meetings.FollowUpInput body, Meetings service, CancellationToken ct) =>
            {
                var f = await service.AddFollowUpAsync(id, body, ct);
                return Results.Created($"/api/v1/meetings/{id}", new { f.Id, f.Task, f.DueOn, f.State });
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("A follow-up set after the meeting: task, owner (user:{id} or partner:{id} of someone invited), dueOn.");
        meetings.MapPost("/meetings/{id:guid}/collaborations", async (Guid id, [FromBody] Collaborations.Command body, Collaborations service, CancellationToken ct) =>
            {
                var c = await service.RecordAsync(id, body, ct);
                return Results.Created($"/api/v1/meetings/{id}", new { c.Id, c.Kind, c.SupplyOrderId });
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("A collaboration that came from the meeting between two partners of different groups who both came: SupplyOrder (bothAgreed and "
                         + "order, placed in the buyer's group), JointBooth, SharedTransport, SharedPurchase, BuyerReferral.");
        meetings.MapPost("/rounds/{roundId:guid}/partners/{partnerId:guid}/confidence",
                async (Guid roundId, Guid partnerId, [FromBody] Confidence.Command body, Confidence service, CancellationToken ct) =>
                {
                    var r = await service.RateAsync(roundId, partnerId, body, ct);
                    return Results.Created($"/api/v1/partners/{partnerId}/mentoring", Confidence.Line(r));
                })
            .RequireAuthorization(RolePolicies.DirectoryWriters)
            .WithSummary("A mentee's confidence (moment Before or After; grow, reach, help, repay each 1-5; ratedOn), by the mentee or by field staff with "
                         + "the way it was given. Once per moment (409).");
        meetings.MapGet("/partners/{id:guid}/mentoring", (Guid id, Mentoring service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithSummary("A partner's Meet and Greet: their mentor offer, pairs, meetings, collaborations, confidence ratings and those still asked, endorsements.");

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
