using Berdaya.Domain.Markets;
using Berdaya.Features.Markets.Prices;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Markets.Supply;

/// <summary>A group's price agreements, variants and who makes them, and supply orders between members, as JSON, through the page handlers.</summary>
public sealed class GroupMarketsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/groups/{id:guid}").WithTags("Group markets");

        group.MapGet("/prices", (Guid id, DateOnly? on, PriceQueries queries, CancellationToken ct) => queries.GroupAsync(id, on, ct))
            .WithSummary("The group's agreed prices in force on a day (default today), every agreement and each price over time");

        group.MapPost("/prices", async (Guid id, [FromBody] RecordPriceAgreement.Command body, RecordPriceAgreement record, CancellationToken ct) =>
            {
                var a = await record.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/groups/{id}/prices", new { a.Id, a.MeetingOn, a.EffectiveFrom, lines = a.Lines.Count, present = a.Present.Count });
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Record a price agreement (the group's chair or treasurer, or staff): members present, prices above zero, effective not before the previous agreement's");

        group.MapGet("/products", (Guid id, SupplyQueries queries, CancellationToken ct) => queries.ProductsAsync(id, ct))
            .WithSummary("The group's products, their variants with packaging and label, and which member makes which");

        group.MapPost("/products", async (Guid id, [FromBody] EditProducts.ProductCommand body, EditProducts edit, CancellationToken ct) =>
            {
                var p = await edit.AddProductAsync(id, body, ct);
                return Results.Created($"/api/v1/groups/{id}/products", new { p.Id, p.Name, p.Version });
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Add a product of the group (chair, treasurer or staff); a name the group already has is refused");

        group.MapPut("/products/{productId:guid}", async (Guid id, Guid productId, [FromBody] EditProducts.ProductCommand body, EditProducts edit,
                CancellationToken ct) =>
            {
                var p = await edit.RenameProductAsync(id, productId, body, ct);
                return Results.Ok(new { p.Id, p.Name, p.Version });
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Rename a product, from the version read (409 when it changed since)");

        group.MapPost("/products/{productId:guid}/variants", async (Guid id, Guid productId, [FromBody] EditProducts.VariantCommand body, EditProducts edit,
                CancellationToken ct) =>
            {
                var v = await edit.AddVariantAsync(id, productId, body, ct);
                return Results.Created($"/api/v1/groups/{id}/products", VariantResult.Of(v));
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Add a variant: flavour, size or shape, processing stage, packaging, label and the most members who make it (1 to 100)");

        group.MapPut("/variants/{variantId:guid}", async (Guid id, Guid variantId, [FromBody] EditProducts.VariantCommand body, EditProducts edit,
                CancellationToken ct) => VariantResult.Of(await edit.EditVariantAsync(id, variantId, body, ct)))
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Edit a variant from the version read (409 when it changed since); its limit not below the members who make it");

        group.MapPost("/variants/{variantId:guid}/retirement", async (Guid id, Guid variantId, [FromBody] EditProducts.VersionCommand body, EditProducts edit,
                CancellationToken ct) => VariantResult.Of(await edit.RetireVariantAsync(id, variantId, body, ct)))
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Retire a variant the group no longer makes: kept where it is named, given and ordered no more");

        group.MapPost("/variants/{variantId:guid}/restoration", async (Guid id, Guid variantId, [FromBody] EditProducts.VersionCommand body, EditProducts edit,
                CancellationToken ct) => VariantResult.Of(await edit.RestoreVariantAsync(id, variantId, body, ct)))
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Make a retired variant again");

        group.MapDelete("/variants/{variantId:guid}", async (Guid id, Guid variantId, EditProducts edit, CancellationToken ct) =>
            {
                await edit.DeleteVariantAsync(id, variantId, ct);
                return Results.NoContent();
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Delete a variant nothing names yet; one allocated or ordered is 409 (retire it instead)");

        group.MapPost("/allocations", async (Guid id, [FromBody] AllocateVariant.Command body, AllocateVariant allocate, CancellationToken ct) =>
            {
                var a = await allocate.AllocateAsync(id, body, ct);
                return Results.Created($"/api/v1/groups/{id}/products", new { a.Id, a.VariantId, a.PartnerId, a.Place });
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Give a variant to a member to make (chair, treasurer or staff); refused beyond the variant's limit, 409 when the last place was just taken");

        group.MapDelete("/allocations/{allocationId:guid}", async (Guid id, Guid allocationId, AllocateVariant allocate, CancellationToken ct) =>
            {
                await allocate.UnallocateAsync(id, allocationId, ct);
                return Results.NoContent();
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Take a variant back from a member (chair, treasurer or staff)");

        group.MapGet("/supply-orders", (Guid id, SupplyQueries queries, CancellationToken ct) => queries.GroupAsync(id, ct))
            .WithSummary("Trade between the group's members per month and its supply orders (evaluators and viewers: the months only)");

        group.MapPost("/supply-orders", async (Guid id, [FromBody] PlaceSupplyOrder.Command body, PlaceSupplyOrder place, SupplyQueries queries,
                CancellationToken ct) =>
            {
                var o = await place.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/supply-orders/{o.Id}", await queries.OrderAsync(o.Id, ct));
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Order a variant from another member of the group (a member for themself); the price defaults to the agreed wholesale price");

        var order = api.MapGroup("/supply-orders/{id:guid}").WithTags("Group markets");
        order.MapGet("/", (Guid id, SupplyQueries queries, CancellationToken ct) => queries.OrderAsync(id, ct))
            .WithSummary("One supply order");

        order.MapPost("/delivery", async (Guid id, [FromBody] ChangeSupplyOrder.DeliverCommand body, ChangeSupplyOrder change, SupplyQueries queries,
                CancellationToken ct) =>
            {
                await change.DeliverAsync(id, body, ct);
                return await queries.OrderAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("The seller records the delivery: at most the quantity ordered");

        order.MapPost("/payment", async (Guid id, [FromBody] ChangeSupplyOrder.PayCommand body, ChangeSupplyOrder change, SupplyQueries queries,
                CancellationToken ct) =>
            {
                await change.PayAsync(id, body, ct);
                return await queries.OrderAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("The buyer (or the group's treasurer) records the payment of what was delivered");

        order.MapPost("/cancellation", async (Guid id, [FromBody] ChangeSupplyOrder.CancelCommand body, ChangeSupplyOrder change, SupplyQueries queries,
                CancellationToken ct) =>
            {
                await change.CancelAsync(id, body, ct);
                return await queries.OrderAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.GroupTrade)
            .WithSummary("Cancel an order not yet paid, with a reason (buyer, seller or staff)");

        api.MapGet("/partners/{id:guid}/supply-sales", (Guid id, SupplyQueries queries, CancellationToken ct) => queries.PartnerAsync(id, ct))
            .WithTags("Group markets")
            .WithSummary("What a member sold through other members of the group (evaluators and viewers: totals only)");
    }
}

/// <summary>A variant as the API answers a change of it.</summary>
public sealed record VariantResult(Guid Id, Guid ProductId, string Flavour, string Size, ProcessingStage Stage, string? Packaging, string? Label, int? MaxMakers,
    DateOnly? RetiredOn, Guid Version)
{
    public static VariantResult Of(ProductVariant v) =>
        new(v.Id, v.ProductId, v.Flavour, v.Size, v.Stage, v.Packaging, v.Label, v.MaxMakers, v.RetiredOn, v.Version);
}
