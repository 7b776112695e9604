using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Socialization;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Socialization;

/// <summary>Adds someone who attended: an existing partner, or a new person.</summary>
[FeatureService]
public sealed class AddAttendee(AppDbContext db, CurrentUser me, RegionDirectory regions)
{
    public sealed record Command
    {
        /// <summary>An existing partner within the user's scope; name, phone and village then come from the record.</summary>
        public Guid? PartnerId { get; set; }

        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? VillageCode { get; set; }
        public bool Interested { get; set; }
    }

    public async Task<SocializationAttendee> HandleAsync(Guid socializationId, Command c, CancellationToken ct = default)
    {
        var meeting = await LoadAsync(db, me, socializationId, ct);
        RecordSocialization.RequireOrganizer(me);
        SocializationAttendee attendee;
        if (c.PartnerId is { } partnerId)
        {
            var partner = await (await me.PartnersAsync(ct)).AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, ct)
                ?? throw new DomainException("partner.notfound", "PartnerId", ErrorKind.NotFound);
            attendee = meeting.AddAttendee(partner.OwnerName, partner.Phone, partner.VillageCode, c.Interested, partner.Id);
        }
        else
        {
            var errors = new List<DomainException>();
            if (string.IsNullOrWhiteSpace(c.Name))
            {
                errors.Add(new DomainException("attendee.name.required", "Name"));
            }

            string? phone = null;
            try
            {
                phone = Domain.Partners.Phone.Normalize(c.Phone);
            }
            catch (DomainException e)
            {
                errors.Add(e);
            }

            var village = string.IsNullOrWhiteSpace(c.VillageCode) ? meeting.VillageCode : c.VillageCode.Trim();
            try
            {
                await regions.RequireVillageAsync(village, "VillageCode", ct);
            }
            catch (DomainException e)
            {
                errors.Add(e);
            }

            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            attendee = meeting.AddAttendee(c.Name!, phone, village, c.Interested, null);
        }

        db.SocializationAttendees.Add(attendee);
        await db.SaveChangesAsync(ct);
        return attendee;
    }

    /// <summary>The meeting with its attendees, or 404 when unknown or out of scope.</summary>
    internal static async Task<SocializationEvent> LoadAsync(AppDbContext db, CurrentUser me, Guid id, CancellationToken ct) =>
        await (await me.SocializationsAsync(ct)).Include(e => e.Attendees).FirstOrDefaultAsync(e => e.Id == id, ct)
        ?? throw new DomainException("socialization.notfound", "Id", ErrorKind.NotFound);
}
