using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

/// <summary>
/// Records a partner's decision about the directory (docs/domain.md, Meet and Greet): given with its purpose and fields, refused,
/// or withdrawn. A given consent lists the partner with only the fields chosen; a withdrawal or refusal removes the listing in the
/// same save, so no page, search, print or public list shows them from then on. Each decision is on the group's timeline.
/// </summary>
[FeatureService]
public sealed class RecordConsent(AppDbContext db, DirectoryAccess access)
{
    public const string PhotoOwnerType = DirectoryEntry.PhotoOwnerType;

    public sealed record Command
    {
        public ConsentDecision? Decision { get; set; }
        public List<DirectoryPurpose>? Purposes { get; set; }
        public List<DirectoryField>? Fields { get; set; }

        /// <summary>How it was given to the field staff (a partner's own decision is always <see cref="ConsentWay.Self"/>).</summary>
        public ConsentWay? Way { get; set; }

        public DateOnly? DecidedOn { get; set; }
        public string? Note { get; set; }
    }

    public sealed record Photo(string FileName, byte[] Content);

    public async Task<DirectoryConsent> HandleAsync(Guid partnerId, Command c, Photo? photo, CancellationToken ct)
    {
        var p = await access.PartnerAsync(partnerId, true, ct);
        var current = await db.DirectoryConsents.Where(x => x.PartnerId == p.Id).OrderByDescending(x => x.RecordedAt).FirstOrDefaultAsync(ct);
        var fields = (c.Fields ?? []).Aggregate(DirectoryField.None, (a, f) => a | f);
        var purposes = (c.Purposes ?? []).Aggregate(DirectoryPurpose.None, (a, f) => a | f);
        var consent = DirectoryConsent.Make(p.ProgramId, p.Id, c.Decision, purposes, fields, c.Way, c.DecidedOn, c.Note, access.IsPartner, access.Today,
            access.By, access.Now);
        if (consent.Decision == ConsentDecision.Withdrawn && current?.Decision != ConsentDecision.Given)
        {
            throw new DomainException("consent.none", "Decision", ErrorKind.Conflict);
        }

        Attachment? file = null;
        if (photo is not null && consent.Decision == ConsentDecision.Given)
        {
            file = Attachment.Create(PhotoOwnerType, p.Id, photo.FileName, photo.Content, access.UserId, access.Now, Attachment.PhotoTypes, field: "Photo");
            db.Attachments.Add(file);
        }

        db.DirectoryConsents.Add(consent);
        var entry = await db.DirectoryEntries.Include(e => e.Words).FirstOrDefaultAsync(e => e.PartnerId == p.Id, ct);
        if (consent.Decision != ConsentDecision.Given)
        {
            if (entry is not null)
            {
                db.DirectoryEntries.Remove(entry);
            }

            // The photo was kept for the directory only: withdrawn or refused, it is deleted, and a later consent asks for it again.
            db.Attachments.RemoveRange(await db.Attachments.Where(a => a.OwnerType == PhotoOwnerType && a.OwnerId == p.Id).ToListAsync(ct));
        }
        else
        {
            var partner = await db.Partners.AsNoTracking().FirstAsync(x => x.Id == p.Id, ct);
            var location = await db.PartnerLocations.AsNoTracking().Where(l => l.PartnerId == p.Id)
                .Select(l => new { l.Latitude, l.Longitude }).FirstOrDefaultAsync(ct);
            var photoId = file?.Id ?? await db.Attachments.Where(a => a.OwnerType == PhotoOwnerType && a.OwnerId == p.Id)
                .OrderByDescending(a => a.UploadedAt).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            var at = location is null ? ((double, double)?)null : (location.Latitude, location.Longitude);
            if (entry is null)
            {
                db.DirectoryEntries.Add(DirectoryEntry.Of(consent, partner, at, photoId));
            }
            else
            {
                entry.Refresh(consent, partner, at, photoId);
            }
        }

        var kind = "directory.consent." + consent.Decision.ToString().ToLowerInvariant();
        var text = consent.Decision switch
        {
            ConsentDecision.Given => $"{p.OwnerName} setuju tampil di direktori mitra",
            ConsentDecision.Refused => $"{p.OwnerName} tidak bersedia tampil di direktori mitra",
            _ => $"{p.OwnerName} menarik persetujuan direktori mitra",
        };
        db.Timeline.Add(new TimelineEvent(p.ProgramId, p.GroupId, p.Id, consent.DecidedOn, FivePApproach.Supporting, kind, text, nameof(DirectoryConsent),
            consent.Id, access.Now));
        await db.SaveChangesAsync(ct);
        return consent;
    }
}
