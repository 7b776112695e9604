using Berdaya.Data;
using Berdaya.Domain.Regions;
using Berdaya.Web;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Regions;

/// <summary>The official region list: children of a code, or villages found by name.</summary>
public sealed class RegionsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Regions");

        group.MapGet("/", async (string? parent, AppDbContext db, CancellationToken ct) =>
            {
                if (!string.IsNullOrEmpty(parent) && !await db.Regions.AnyAsync(r => r.Code == parent, ct))
                {
                    throw new Domain.Common.DomainException("region.notfound", "parent", Domain.Common.ErrorKind.NotFound);
                }

                var query = string.IsNullOrEmpty(parent)
                    ? db.Regions.Where(r => r.Level == RegionLevel.Province)
                    : db.Regions.Where(r => r.ParentCode == parent);
                return await query.OrderBy(r => r.Code).Select(r => new RegionDto(r.Code, r.Name, r.Level)).ToListAsync(ct);
            })
            .WithSummary("Provinces, or the children of a region code (e.g. ?parent=32.11)");

        group.MapGet("/{code}", async (string code, RegionDirectory regions, CancellationToken ct) =>
                await regions.DescribeAsync(code, ct) is { } r ? Results.Ok(r) : throw new Domain.Common.DomainException("region.notfound", "code", Domain.Common.ErrorKind.NotFound))
            .WithSummary("One region with its full path");

        group.MapGet("/search", (string q, RegionLevel? level, RegionDirectory regions, CancellationToken ct) =>
                regions.SearchAsync(q, level ?? RegionLevel.Village, ct))
            .WithSummary("At most 20 regions whose name starts with q (3 letters or more; default level: village), each with its code and path");
    }
}

public sealed record RegionDto(string Code, string Name, RegionLevel Level);
