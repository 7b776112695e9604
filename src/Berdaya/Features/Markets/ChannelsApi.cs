using Berdaya.Domain.Markets;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Markets;

/// <summary>Market channels, their requirements, a partner's declaration and readiness, and the program matrix as JSON (docs/domain.md, Readiness).</summary>
public sealed class ChannelsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var channels = api.MapGroup("/market-channels").WithTags("Markets");

        channels.MapGet("/", async (Guid? programId, ProgramScope scope, ReadinessQueries queries, CancellationToken ct) =>
                await queries.ChannelsAsync(await scope.ResolveAsync(programId, ct), ct))
            .WithSummary("The program's market channels with the requirements in force today");

        channels.MapPost("/", async ([FromBody] DefineChannel.Command body, DefineChannel define, ReadinessQueries queries, CancellationToken ct) =>
            {
                var c = await define.HandleAsync(body, ct);
                return Results.Created($"/api/v1/market-channels/{c.Id}", (await queries.ChannelAsync(c.Id, ct)).Channel);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Add a channel (program office): name (unique in the program, 409 when taken), kind (ModernRetail, SouvenirCentre, TraditionalMarket, OnlineMarketplace, ExportBuyer, InstitutionalBuyer), note");

        channels.MapGet("/{id:guid}", (Guid id, ReadinessQueries queries, CancellationToken ct) => queries.ChannelAsync(id, ct))
            .WithSummary("A channel with every requirement set, newest first, and the one in force today");

        channels.MapPost("/{id:guid}/requirements", async (Guid id, [FromBody] AddChannelRequirement.Command body, AddChannelRequirement add, CancellationToken ct) =>
            {
                var r = await add.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/market-channels/{id}", ReadinessQueries.Requirement(r, false));
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("A new requirement set from effectiveFrom (after the previous set's date): legality (nib, pirt, halal, trademark, npwp, food-safety, barcode), packaging material and minimum thickness in mm, label contents, minimum monthly volume with unit (Kilogram, Pack, Rupiah), working capital, payment (Cash, Consignment, PaidOnNextDelivery) and days to pay");

        var partner = api.MapGroup("/partners/{id:guid}").WithTags("Markets");

        partner.MapGet("/readiness", (Guid id, ReadinessQueries queries, CancellationToken ct) => queries.PartnerAsync(id, ct))
            .WithSummary("The partner's readiness for each channel today: met, missing (what exactly) or unknown, and the next step; a partner only their own, never evaluators");

        partner.MapPut("/market-profile", async (Guid id, [FromBody] DeclareMarketProfile.Command body, DeclareMarketProfile declare, ReadinessQueries queries,
                CancellationToken ct) =>
            {
                await declare.HandleAsync(id, body, ct);
                return await queries.PartnerAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.MarketDeclarers)
            .WithSummary("Declare the partner's packaging material and thickness, barcode, monthly capacity (Kilogram or Pack) and working capital; empty is unknown; the partner themself or staff");

        api.MapGet("/market-readiness", async (Guid? programId, Guid? groupId, string? village, Guid? channelId, ReadinessState? state, int? page, ProgramScope scope,
                ReadinessQueries queries, CancellationToken ct) =>
                await queries.MatrixAsync(await scope.ResolveAsync(programId, ct), new MatrixFilter(groupId, village, channelId, state, page ?? 1), ct))
            .RequireAuthorization(p => p.RequireRole(ChannelAccess.MatrixReaders.Split(',')))
            .WithTags("Markets")
            .WithSummary("The program's readiness matrix (partners × channels) with counts per channel; filters groupId, village, channelId, state (Met, Missing, Unknown), page of 50; evaluators get the counts only (rows null)");
    }
}
