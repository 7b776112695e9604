using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// Closes a follow-up as done (with what was done) or dropped (with the reason). Only its owner, the program's officers
/// and administrators may (docs/domain.md, Monitoring visits, help requests and follow-ups); others in scope are refused,
/// out of scope it is not found, and one already closed is a conflict.
/// </summary>
[FeatureService]
public sealed class CloseFollowUp(AppDbContext db, CurrentUser me, MonitoringAccess access, TimeProvider clock)
{
    public sealed record Command
    {
        public FollowUpState? Outcome { get; set; }

        /// <summary>What was done, or why it was dropped.</summary>
        public string? Note { get; set; }
    }

    public async Task<FollowUp> HandleAsync(Guid id, Command c, CancellationToken ct = default)
    {
        var followUp = await RequireCloserAsync(id, ct);
        var today = clock.Today();
        followUp.Close(c.Outcome, c.Note, today, me.Id);
        if (followUp.State == FollowUpState.Done)
        {
            db.Timeline.Add(new TimelineEvent(followUp.ProgramId, followUp.GroupId, followUp.PartnerId, followUp.ClosedOn ?? today, FivePApproach.Supporting,
                "followup.done", AskForHelp.Short($"{followUp.Task}: {followUp.Outcome}"), nameof(FollowUp), followUp.Id, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
        return followUp;
    }

    /// <summary>
    /// The follow-up, when the user may close it: not found out of scope, refused for anyone in scope but its owner,
    /// the program's officers and administrators. The API asks before it reads the request's body.
    /// </summary>
    public async Task<FollowUp> RequireCloserAsync(Guid id, CancellationToken ct = default)
    {
        var followUp = await (await access.FollowUpsAsync(ct)).FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw new DomainException("followup.notfound", "Id", ErrorKind.NotFound);
        if (!await access.MayCloseAsync(followUp, ct))
        {
            throw new DomainException("followup.close.notowner", null, ErrorKind.Forbidden);
        }

        return followUp;
    }
}
