using System.Globalization;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Errors;
using Berdaya.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Partners;

/// <summary>The partner registry as JSON, through the same handlers as the pages.</summary>
public sealed class PartnersApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/partners").WithTags("Partners");

        group.MapGet("/", async (string? q, string? nik, string? village, PartnerStatus? status, int? page, int? pageSize, SearchPartners search, CancellationToken ct) =>
            {
                var result = await search.HandleAsync(new SearchPartners.Query(q, nik, village, status, page ?? 1, pageSize ?? SearchPartners.DefaultPageSize), ct);
                return new { items = result.Items, total = result.Total, totalCapped = result.TotalCapped, page = result.Page, pageSize = result.PageSize };
            })
            .WithSummary("Partners in scope: q = prefix of any word of owner or business name, nik = leading digits, village, status; 20 a page");

        group.MapGet("/{id:guid}", (Guid id, PartnerDetails details, CancellationToken ct) => details.HandleAsync(id, ct))
            .WithSummary("One partner with group, eligibility and timeline (NIK masked)");

        group.MapGet("/{id:guid}/eligibility", async (Guid id, PartnerDetails details, CancellationToken ct) => (await details.HandleAsync(id, ct)).Eligibility)
            .WithSummary("Every criterion of the program, passed or failed, and whether the partner is eligible");

        group.MapPost("/", async ([FromBody] RegisterPartner.Command body, RegisterPartner register, PartnerDetails details, Texts texts, CancellationToken ct) =>
            {
                try
                {
                    var result = await register.HandleAsync(body, ct);
                    var created = await details.HandleAsync(result.Partner.Id, ct);
                    var warnings = result.UnknownNikDistrict is { } d
                        ? new[] { texts.Format("partner.warning.nikdistrict", CultureInfo.CurrentUICulture, d) }
                        : [];
                    return Results.Created($"/api/v1/partners/{created.Id}", new { partner = created, warnings });
                }
                catch (DuplicateNikException ex)
                {
                    return Duplicate(ex, texts);
                }
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Register a partner; 409 with existingPartnerId when the NIK is already in the program");

        group.MapPut("/{id:guid}", async (Guid id, [FromBody] RegisterPartner.Command body, EditPartner edit, PartnerDetails details, Texts texts, CancellationToken ct) =>
            {
                try
                {
                    await edit.HandleAsync(id, body, ct);
                    return Results.Ok(await details.HandleAsync(id, ct));
                }
                catch (DuplicateNikException ex)
                {
                    return Duplicate(ex, texts);
                }
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Change a partner (an empty nik keeps the current one)");

        group.MapPost("/{id:guid}/nik", async (Guid id, RevealNik reveal, CancellationToken ct) => new { nik = await reveal.HandleAsync(id, ct) })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("The full NIK, for roles that may read it; every read is recorded in the audit trail");
    }

    /// <summary>409 with a pointer to the record that already holds the NIK (docs/domain.md, Partners and groups).</summary>
    public static IResult Duplicate(DuplicateNikException ex, Texts texts)
    {
        var problem = Problems.ToProblem(ex, texts, CultureInfo.CurrentUICulture);
        problem.Extensions["existingPartnerId"] = ex.ExistingPartnerId;
        return Results.Problem(problem);
    }
}
