using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Admin.Products;

/// <summary>Loan products (docs/domain.md, Loan products and fee methods): the program office reads them, administrators create and revise them.</summary>
public sealed class ProductsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/loan-products").WithTags("Loan products");

        group.MapGet("/", async (Guid? programId, ProgramScope scope, ProductQueries q, CancellationToken ct) =>
                await q.ListAsync(await scope.ResolveAsync(programId, ct), ct))
            .RequireAuthorization(p => p.RequireRole(ProgramScope.Office.Split(',')))
            .WithSummary("The program's products: each current version with the earlier versions (default: the user's first program)");

        group.MapPost("/", async (CreateProduct.Command body, CreateProduct.Handler handler, CancellationToken ct) =>
            {
                var product = await handler.HandleAsync(body, ct);
                return Results.Created($"/api/v1/loan-products?programId={product.ProgramId}", ProductDto.From(product));
            })
            .RequireAuthorization(p => p.RequireRole(Data.Identity.Roles.Administrator))
            .WithSummary("Create a product, version 1 (Administrator); the code is unique in the program");

        group.MapPost("/{id:guid}/revisions", async (Guid id, ReviseProduct.Command body, ReviseProduct.Handler handler, CancellationToken ct) =>
            {
                var product = await handler.HandleAsync(id, body, ct);
                return Results.Created($"/api/v1/loan-products?programId={product.ProgramId}", ProductDto.From(product));
            })
            .RequireAuthorization(p => p.RequireRole(Data.Identity.Roles.Administrator))
            .WithSummary("Revise the current version: creates the next version; loans keep the version they were made under (Administrator)");
    }
}
