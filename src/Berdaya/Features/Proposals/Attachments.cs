using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Proposals;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Proposals;

/// <summary>A document kept with a proposal: PDF, JPEG or PNG, checked by content, at most 5 MB.</summary>
public static class AddProposalAttachment
{
    public const string OwnerType = "Proposal";

    [FeatureService]
    public sealed class Handler(AppDbContext db, ProposalAccess access)
    {
        /// <summary>
        /// Scope, role and state are checked before the upload is read, so a role that may not attach
        /// learns nothing of the file rules (403/404, never 400).
        /// </summary>
        public async Task<Guid> HandleAsync(Guid proposalId, IFormFile? file, string userId, CancellationToken ct)
        {
            var proposal = await access.LoadAsync(proposalId, ct);
            if (!access.IsOfficer)
            {
                await access.RequireEditorAsync(proposal.GroupId, ct);
            }

            if (proposal.Status == ProposalStatus.Decided)
            {
                throw new DomainException("proposal.status", "Status", ErrorKind.Conflict, proposal.Status);
            }

            if (file is null)
            {
                throw new DomainException("proposal.file.required", "File");
            }

            var content = await ReadAsync(file, ct);
            var attachment = Attachment.Create(OwnerType, proposal.Id, file.FileName, content, userId, access.Now, Attachment.DocumentTypes);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(ct);
            return attachment.Id;
        }
    }

    /// <summary>Reads an upload, refusing more than the limit without reading it all.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > Attachment.DefaultMaxBytes)
        {
            throw new DomainException("file.toolarge", "File", ErrorKind.TooLarge, Attachment.DefaultMaxBytes / (1024 * 1024));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}

/// <summary>A proposal's or its surveys' file, for download.</summary>
[FeatureService]
public sealed class ProposalFiles(AppDbContext db, ProposalAccess access, CurrentUser me)
{
    public async Task<Attachment> GetAsync(Guid proposalId, Guid attachmentId, CancellationToken ct)
    {
        // Proposal documents and survey photos may show identity cards; the evaluator works without
        // personal identity data (docs/domain.md, Roles and scope).
        if (me.IsEvaluator && !me.IsAdmin)
        {
            throw new DomainException("attachment.personal", "AttachmentId", ErrorKind.Forbidden);
        }

        var proposal = await access.LoadAsync(proposalId, ct);
        var owners = proposal.Items.Where(i => i.Survey is not null).Select(i => i.Survey!.Id).Append(proposal.Id).ToList();
        return await db.Attachments.AsNoTracking()
                   .FirstOrDefaultAsync(a => a.Id == attachmentId && owners.Contains(a.OwnerId), ct)
               ?? throw new DomainException("attachment.notfound", "AttachmentId", ErrorKind.NotFound);
    }
}
