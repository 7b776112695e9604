using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Placements;

/// <summary>Placements, consignment deliveries, sales reports and payments as JSON, through the same handlers as the pages (decision 0022).</summary>
public sealed class PlacementsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var partner = api.MapGroup("/partners/{id:guid}/placements").WithTags("Placements").RequireAuthorization(RolePolicies.PlacementKeepers);

        partner.MapGet("/", (Guid id, PlacementQueries queries, CancellationToken ct) => queries.PartnerAsync(id, ct))
            .WithSummary("The partner's placements: each outlet with what it holds, what it owes and since when, and whether a payment is late");

        partner.MapPost("/", async (Guid id, [FromBody] StartPlacement.Command body, StartPlacement start, PlacementQueries queries, CancellationToken ct) =>
            {
                var placement = await start.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/placements/{placement.Id}", await queries.DetailAsync(placement.Id, ct));
            })
            .WithSummary("Start a placement at an outlet of a program channel (staff in scope, or the partner themself): outlet, products, agreed price, terms, start date");

        partner.MapGet("/payments", (Guid id, PlacementQueries queries, CancellationToken ct) => queries.PaymentsReceivedAsync(id, ct))
            .WithSummary("Payments outlets made to the partner (id, date, amount, outlet), newest first");

        var one = api.MapGroup("/placements/{id:guid}").WithTags("Placements").RequireAuthorization(RolePolicies.PlacementKeepers);

        one.MapGet("/", (Guid id, PlacementQueries queries, CancellationToken ct) => queries.DetailAsync(id, ct))
            .WithSummary("One placement: deliveries, sales reports, payments and the outlet's balance");

        one.MapPost("/deliveries", async (Guid id, [FromBody] RecordDelivery.Command body, RecordDelivery deliver, PlacementQueries queries,
                CancellationToken ct) =>
            {
                await deliver.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/placements/{id}", await queries.DetailAsync(id, ct));
            })
            .WithSummary("Record a consignment delivery: date and lines of product and quantity (1 to 100,000 each, at most 20 lines)");

        one.MapPost("/reports", async (Guid id, [FromBody] RecordSalesReport.Command body, RecordSalesReport report, PlacementQueries queries,
                CancellationToken ct) =>
            {
                await report.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/placements/{id}", await queries.DetailAsync(id, ct));
            })
            .WithSummary("Record what sold and came back of one delivery line; never more than delivered in total");

        one.MapPost("/payments", async (Guid id, [FromBody] RecordPlacementPayment.Command body, RecordPlacementPayment pay, PlacementQueries queries,
                CancellationToken ct) =>
            {
                await pay.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/placements/{id}", await queries.DetailAsync(id, ct));
            })
            .WithSummary("Record a payment from the outlet: whole rupiah, at most what it owes; a payment racing another for the same amount is a conflict (409)");

        one.MapPost("/end", async (Guid id, [FromBody] EndPlacement.Command body, EndPlacement end, PlacementQueries queries, CancellationToken ct) =>
            {
                await end.HandleAsync(id, body, ct);
                return await queries.DetailAsync(id, ct);
            })
            .WithSummary("End the placement with a date and reason; payments may still come in");

        api.MapGet("/placements/owed", (Guid? programId, PlacementQueries queries, CancellationToken ct) => queries.OwedAsync(programId, ct))
            .RequireAuthorization(p => p.RequireRole(PlacementQueries.ProgramReaders.Split(',')))
            .WithTags("Placements")
            .WithSummary("Outlets that owe in the program, oldest debt first, late ones flagged; evaluators and viewers get the counts only");
    }
}
