using Berdaya.Web;

namespace Berdaya.Features.Impact;

/// <summary>The impact of a program or a cohort as JSON (docs/domain.md, Impact).</summary>
public sealed class ImpactApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/impact", (Guid? programId, int? cohortYear, string? village, string? sector, Guid? groupId, ImpactQuery q, CancellationToken ct) =>
                q.HandleAsync(programId, cohortYear, village, sector, groupId, ct))
            .RequireAuthorization(p => p.RequireRole(ImpactQuery.Readers.Split(',')))
            .WithTags("Impact")
            .WithSummary("Growth of assets, turnover and employees since the baseline survey (quartiles, in percent) and the shares growing, "
                         + "graduated, repaid and written off, for a program's partners with a loan or a cohort (year of first loan, village code, "
                         + "sector, group); a facilitator counts the partners of their villages");
    }
}
