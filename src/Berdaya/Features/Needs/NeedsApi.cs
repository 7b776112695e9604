using Berdaya.Web;

namespace Berdaya.Features.Needs;

/// <summary>A partner's and a group's open needs as JSON, through the same handler as the pages.</summary>
public sealed class NeedsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/partners/{id:guid}/needs", (Guid id, PartnerNeeds needs, CancellationToken ct) => needs.HandleAsync(id, ct))
            .WithTags("Needs")
            .WithSummary("A partner's open needs by kind, with the reasons found and the program's topics that answer them");

        api.MapGet("/groups/{id:guid}/needs", async (Guid id, PartnerNeeds needs, CancellationToken ct) =>
            {
                var view = await needs.GroupAsync(id, ct);
                return new { view.GroupId, view.Name, view.Members, Counts = view.Counts.Select(c => new { c.Kind, c.Partners }) };
            })
            .WithTags("Needs")
            .WithSummary("The open needs of a group's active members, and how many members have each kind");
    }
}
