using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Exhibitions;

/// <summary>
/// The partner accepts or declines an invitation on their phone (or the office records it for them). An acceptance takes
/// one of the places; two acceptances of the last place end in one conflict (409) through the exhibition's version.
/// </summary>
[FeatureService]
public sealed class RespondToInvitation(AppDbContext db, ExhibitionAccess access)
{
    public sealed record Command
    {
        public bool? Accept { get; set; }
    }

    public async Task HandleAsync(Guid invitationId, Command c, CancellationToken ct = default)
    {
        var (exhibition, invitation) = await access.RequireInvitationAsync(invitationId, ct);
        if (c.Accept is not { } accept)
        {
            throw new DomainValidationException([new DomainException("field.required", "Accept")]);
        }

        exhibition.Respond(invitation, accept, access.Now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("exhibition.full.race", "Accept", ErrorKind.Conflict);
        }
    }
}
