using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Features.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.Socialization;

/// <summary>
/// Turns an attendee into a partner in one step: the partner is registered in the meeting's program
/// and the attendee linked to it, saved together.
/// </summary>
[FeatureService]
public sealed class RegisterAttendee(AppDbContext db, CurrentUser me, RegisterPartner register)
{
    public async Task<RegisterPartner.Result> HandleAsync(Guid socializationId, Guid attendeeId, RegisterPartner.Command command, CancellationToken ct = default)
    {
        var meeting = await AddAttendee.LoadAsync(db, me, socializationId, ct);
        var attendee = meeting.Attendees.FirstOrDefault(a => a.Id == attendeeId)
            ?? throw new DomainException("attendee.notfound", "AttendeeId", ErrorKind.NotFound);
        RecordSocialization.RequireOrganizer(me);
        if (attendee.PartnerId is not null)
        {
            throw new DomainException("attendee.already.partner", "PartnerId", ErrorKind.Conflict);
        }

        var result = await register.PrepareAsync(command, meeting.ProgramId, ct);
        attendee.LinkPartner(result.Partner.Id);
        await RegisterPartner.SaveAsync(db, result.Partner, ct);
        return result;
    }

    /// <summary>The partner form filled from what was noted at the meeting.</summary>
    public async Task<RegisterPartner.Command> PrefillAsync(Guid socializationId, Guid attendeeId, CancellationToken ct = default)
    {
        var meeting = await AddAttendee.LoadAsync(db, me, socializationId, ct);
        var a = meeting.Attendees.FirstOrDefault(x => x.Id == attendeeId && x.PartnerId == null)
            ?? throw new DomainException("attendee.notfound", "AttendeeId", ErrorKind.NotFound);
        return new RegisterPartner.Command { ProgramId = meeting.ProgramId, OwnerName = a.Name, Phone = a.Phone, VillageCode = a.VillageCode };
    }
}
