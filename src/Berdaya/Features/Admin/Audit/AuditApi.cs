using Berdaya.Data.Identity;
using Berdaya.Web;

namespace Berdaya.Features.Admin.Audit;

/// <summary>The audit trail for administrators (decision 0006); every other role gets 403.</summary>
public sealed class AuditApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", (string? entityType, string? entityId, string? user, string? action, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                    BrowseAudit audit, CancellationToken ct) =>
                audit.HandleAsync(new BrowseAudit.Query(entityType, entityId, user, action, from, to, page ?? 1, pageSize ?? BrowseAudit.DefaultPageSize), ct))
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .WithTags("Audit")
            .WithSummary("Audit entries, newest first; filter by entity type and id, user (email), action (Added, Modified, Deleted, ReadNik) and date range (WIB)");
    }
}
