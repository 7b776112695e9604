using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Web;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>Staff set a follow-up on a help request: a task with an owner and a due date not before today.</summary>
[FeatureService]
public sealed class AddFollowUp(AppDbContext db, MonitoringAccess access, FollowUpOwners owners)
{
    public sealed record Command
    {
        public string? Task { get; set; }

        /// <summary>"user:{userId}" (an officer or facilitator of the program) or "partner:{partnerId}" (the partner asking).</summary>
        public string? Owner { get; set; }

        public DateOnly? DueOn { get; set; }
    }

    public async Task<FollowUp> HandleAsync(Guid helpRequestId, Command c, CancellationToken ct = default)
    {
        access.RequireStaff();
        var request = await (await access.HelpRequestsAsync(ct)).FirstOrDefaultAsync(h => h.Id == helpRequestId, ct)
            ?? throw new DomainException("help.notfound", "Id", ErrorKind.NotFound);
        var today = access.Today;
        var owner = FollowUpOwner.Parse(c.Owner);
        var errors = FollowUp.Problems(c.Task, owner, today, c.DueOn);
        if (owner is { IsOne: true } && !await owners.IsValidAsync(owner, request.ProgramId, [request.PartnerId], ct))
        {
            errors.Add(new DomainException("followup.owner.invalid", "Owner"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var groups = await access.GroupsOfAsync([request.PartnerId], ct);
        var followUp = new FollowUp(request.ProgramId, null, request.Id, request.PartnerId,
            groups.TryGetValue(request.PartnerId, out var g) ? g : null, c.Task!, owner!, today, c.DueOn!.Value);
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return followUp;
    }
}
