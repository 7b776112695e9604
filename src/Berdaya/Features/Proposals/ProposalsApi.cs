using Berdaya.Domain.Common;
using Berdaya.Domain.Proposals;
using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Proposals;

/// <summary>Proposals and decisions through the JSON API (the surveys' endpoint is in Features/Surveys): the same handlers as the pages.</summary>
public sealed class ProposalsApi : IEndpointModule
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/proposals").WithTags("Proposals");

        group.MapGet("/", (ProposalStatus? status, string? q, int? page, ProposalQueries queries, CancellationToken ct) =>
                queries.ListAsync(status, q, page ?? 1, ProposalQueries.ApiPageSize, ct))
            .WithSummary("Proposals of the groups in the user's scope, newest first, 200 a page, optionally of one state or of groups whose name contains q");

        group.MapPost("/", async (CreateProposal.Command body, CreateProposal.Handler handler, ProposalQueries q, CurrentUser me, CancellationToken ct) =>
            {
                var id = await handler.HandleAsync(body, me.RequiredId, ct);
                return Results.Created($"/api/v1/proposals/{id}", await q.DetailAsync(id, ct));
            })
            .RequireAuthorization(RolePolicies.ProposalEditors)
            .WithSummary("Draft a group's proposal: business plan and a request per member");

        group.MapGet("/{id:guid}", (Guid id, ProposalQueries q, CancellationToken ct) => q.DetailAsync(id, ct))
            .WithSummary("One proposal with items, surveys, decisions, history and the actions the user may take");

        group.MapPut("/{id:guid}", async (Guid id, DraftRequest body, UpdateProposal.Handler handler, ProposalQueries q, CancellationToken ct) =>
            {
                await handler.HandleAsync(new UpdateProposal.Command(id, body.BusinessPlan, body.Items), ct);
                return await q.DetailAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.ProposalEditors)
            .WithSummary("Change a draft");

        group.MapPost("/{id:guid}/submit", async (Guid id, SubmitProposal.Handler handler, ProposalQueries q, CurrentUser me, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, me.RequiredId, ct);
                return await q.DetailAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.ProposalEditors)
            .WithSummary("Draft → submitted");

        group.MapPost("/{id:guid}/return", async (Guid id, ReturnProposal.Command body, ReturnProposal.Handler handler, ProposalQueries q, CurrentUser me, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, body, me.RequiredId, ct);
                return await q.DetailAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Submitted → draft, with a reason (officer)");

        group.MapPost("/{id:guid}/attachments", async (Guid id, HttpRequest request, AddProposalAttachment.Handler handler, CurrentUser me, CancellationToken ct) =>
            {
                // A body larger than the file allows is refused before it is read (413).
                if (request.ContentLength > Attachment.DefaultMaxBytes + 64 * 1024)
                {
                    throw new DomainException("file.toolarge", "File", ErrorKind.TooLarge, Attachment.DefaultMaxBytes / (1024 * 1024));
                }

                IFormFile? file;
                try
                {
                    file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
                }
                catch (InvalidDataException)
                {
                    // A malformed or empty multipart body is the client's mistake, not a server error.
                    file = null;
                }

                var attachmentId = await handler.HandleAsync(id, file, me.RequiredId, ct);
                return Results.Created($"/api/v1/proposals/{id}/attachments/{attachmentId}", new { id = attachmentId });
            })
            .Accepts<IFormFile>("multipart/form-data")
            .RequireAuthorization(RolePolicies.ProposalEditors)
            .WithSummary("Attach a PDF, JPEG or PNG (multipart field 'file', at most 5 MB, type checked by content)");

        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, ProposalFiles files, CancellationToken ct) =>
            {
                var a = await files.GetAsync(id, attachmentId, ct);
                return Results.File(a.Content, a.ContentType, a.FileName);
            })
            .WithSummary("Download an attachment");

        group.MapPost("/{id:guid}/decisions", async (Guid id, DecideMember.Command body, DecideMember.Handler handler, ProposalQueries q, CurrentUser me, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, body, me.RequiredId, ct);
                return await q.DetailAsync(id, ct);
            })
            .RequireAuthorization(RolePolicies.Office)
            .WithSummary("Approve (up to the recommendation and the cap) or reject one member (officer)");

        group.MapGet("/{id:guid}/approved", (Guid id, ProposalQueries q, CancellationToken ct) => q.ApprovedAsync(id, ct))
            .WithSummary("Approved members and amounts (empty until decided): the input of disbursement");
    }
}

public sealed record DraftRequest(string? BusinessPlan, List<ItemInput>? Items);
