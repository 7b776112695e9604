using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Features.Proposals;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Legality;

/// <summary>
/// A licence's document: PDF, JPEG or PNG, checked by content, at most 5 MB (as proposal documents). Staff
/// upload for any partner in scope; a partner user for themself only. The upload is kept with the change
/// and the timeline event in one save.
/// </summary>
[FeatureService]
public sealed class UploadLegalityDocument(AppDbContext db, LegalityAccess access, Texts texts)
{
    public const string OwnerType = "LegalityItem";

    public async Task<Guid> HandleAsync(Guid partnerId, LegalityKind kind, IFormFile? file, CancellationToken ct = default)
    {
        var partner = await access.PartnerAsync(partnerId, ct);
        if (!access.MayUpload(partner, await access.ScopeAsync(ct)))
        {
            throw new DomainException("legality.forbidden", null, ErrorKind.Forbidden);
        }

        if (file is null)
        {
            throw new DomainException("legality.file.required", "File");
        }

        var content = await AddProposalAttachment.ReadAsync(file, ct);
        var item = await access.ItemForChangeAsync(partner, kind, ct);
        var attachment = Attachment.Create(OwnerType, item.Id, file.FileName, content, access.UserId, access.Now, Attachment.DocumentTypes);
        db.Attachments.Add(attachment);
        var change = item.AttachDocument(attachment.Id, access.Today, access.UserId, access.Now);
        db.LegalityChanges.Add(change);
        db.Timeline.Add(LegalityTimeline.For(partner, item, change, texts));
        await db.SaveChangesAsync(ct);
        return attachment.Id;
    }
}

/// <summary>A licence's current document, for download. Evaluators never open one: it may show a NIK (docs/domain.md, Roles and scope).</summary>
[FeatureService]
public sealed class LegalityFiles(AppDbContext db, LegalityAccess access)
{
    public async Task<Attachment> GetAsync(Guid partnerId, LegalityKind kind, CancellationToken ct)
    {
        var partner = await access.PartnerAsync(partnerId, ct);
        if (!access.MaySeePersonal(partner, await access.ScopeAsync(ct)))
        {
            throw new DomainException("attachment.personal", "AttachmentId", ErrorKind.Forbidden);
        }

        var documentId = await db.LegalityItems.Where(i => i.PartnerId == partner.Id && i.Kind == kind).Select(i => i.DocumentId).FirstOrDefaultAsync(ct);
        return await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == documentId && a.OwnerType == UploadLegalityDocument.OwnerType, ct)
               ?? throw new DomainException("attachment.notfound", "AttachmentId", ErrorKind.NotFound);
    }
}
