using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Berdaya.Features.Legality;

/// <summary>A partner's licences and the program's legality view as JSON, through the same handlers as the pages.</summary>
public sealed class LegalityApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var partner = api.MapGroup("/partners/{id:guid}/legality").WithTags("Legality");

        partner.MapGet("/", (Guid id, LegalityQueries queries, CancellationToken ct) => queries.PartnerAsync(id, ct))
            .WithSummary("The partner's licences (NIB, PIRT, Halal, trademark, NPWP) and food-safety certificate, as read today");

        partner.MapGet("/{kind}", (Guid id, string kind, LegalityQueries queries, CancellationToken ct) =>
                queries.ItemAsync(id, LegalityAccess.KindOf(kind), ct))
            .WithSummary("One licence (kind: nib, pirt, halal, trademark, npwp, food-safety) with its history");

        partner.MapPut("/{kind}", async (Guid id, string kind, [FromBody] RecordLegality.Command body, RecordLegality record, LegalityQueries queries,
                CancellationToken ct) =>
            {
                var k = LegalityAccess.KindOf(kind);
                await record.HandleAsync(id, k, body, ct);
                return await queries.ItemAsync(id, k, ct);
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Record the licence's state (staff): number checked by kind, dates not in the future, expiry after the grant, a PIRT only with the food-safety certificate");

        partner.MapPost("/{kind}/renewal", async (Guid id, string kind, [FromBody] RenewTrademark.Command body, RenewTrademark renew, LegalityQueries queries,
                CancellationToken ct) =>
            {
                var k = LegalityAccess.KindOf(kind);
                await renew.HandleAsync(id, k, body, ct);
                return await queries.ItemAsync(id, k, ct);
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Renew a trademark for 10 years, in the last 6 months before it expires");

        partner.MapPost("/{kind}/change", async (Guid id, string kind, [FromBody] EndHalalByChange.Command body, EndHalalByChange end, LegalityQueries queries,
                CancellationToken ct) =>
            {
                var k = LegalityAccess.KindOf(kind);
                await end.HandleAsync(id, k, body, ct);
                return await queries.ItemAsync(id, k, ct);
            })
            .RequireAuthorization(RolePolicies.Field)
            .WithSummary("Record a recipe or process change, which ends a Halal certificate");

        partner.MapPost("/{kind}/document", async (Guid id, string kind, HttpRequest request, UploadLegalityDocument upload, CancellationToken ct) =>
            {
                // A body larger than the file allows is refused before it is read (413).
                if (request.ContentLength > Attachment.DefaultMaxBytes + 64 * 1024)
                {
                    throw new DomainException("file.toolarge", "File", ErrorKind.TooLarge, Attachment.DefaultMaxBytes / (1024 * 1024));
                }

                var k = LegalityAccess.KindOf(kind);
                IFormFile? file;
                try
                {
                    file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
                }
                catch (InvalidDataException)
                {
                    file = null;
                }

                var attachmentId = await upload.HandleAsync(id, k, file, ct);
                return Results.Created($"/api/v1/partners/{id}/legality/{k.Slug()}/document", new { id = attachmentId });
            })
            .Accepts<IFormFile>("multipart/form-data")
            .RequireAuthorization(RolePolicies.LegalityUploaders)
            .WithSummary("Upload the licence's document (multipart field 'file': PDF, JPEG or PNG checked by content, at most 5 MB); a partner for themself");

        partner.MapGet("/{kind}/document", async (Guid id, string kind, LegalityFiles files, CancellationToken ct) =>
            {
                var a = await files.GetAsync(id, LegalityAccess.KindOf(kind), ct);
                return Results.File(a.Content, a.ContentType, a.FileName);
            })
            .WithSummary("Download the licence's document");

        api.MapGet("/legality", async (Guid? programId, ProgramScope scope, LegalityQueries queries, CancellationToken ct) =>
                await queries.ProgramAsync(await scope.ResolveAsync(programId, ct), ct))
            .RequireAuthorization(p => p.RequireRole(LegalityQueries.ProgramReaders.Split(',')))
            .WithTags("Legality")
            .WithSummary("How many partners hold each licence, by group and village; licences expiring within 90 days and expired");
    }
}
