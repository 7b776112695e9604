using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Monitoring;

/// <summary>
/// A partner asks for help, or staff ask for them (docs/domain.md, Monitoring visits, help requests and follow-ups): the
/// request lands in the officer's and the village facilitator's work list and counts as an open need.
/// </summary>
[FeatureService]
public sealed class AskForHelp(AppDbContext db, CurrentUser me, MonitoringAccess access, TimeProvider clock)
{
    public sealed record Command
    {
        /// <summary>Whom the request is for; a partner asking for themself leaves it empty.</summary>
        public Guid? PartnerId { get; set; }

        public NeedKind? Kind { get; set; }

        public string? Description { get; set; }
    }

    public async Task<HelpRequest> HandleAsync(Command c, CancellationToken ct = default)
    {
        var own = await access.OwnPartnerAsync(ct);
        if (!access.IsStaff && own is null)
        {
            throw new DomainException("monitoring.forbidden", null, ErrorKind.Forbidden);
        }

        var errors = new List<DomainException>();
        Guid? partnerId = own ?? c.PartnerId;
        if (own is { } self && c.PartnerId is { } asked && asked != self)
        {
            throw new DomainException("monitoring.partner.notfound", "PartnerId", ErrorKind.NotFound);
        }

        if (partnerId is null)
        {
            errors.Add(new DomainException("help.partner.required", "PartnerId"));
        }
        else
        {
            await access.RequirePartnerAsync(partnerId.Value, "PartnerId", ct);
        }

        errors.AddRange(HelpRequest.Problems(c.Kind, c.Description));
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var partner = await db.Partners.Where(p => p.Id == partnerId).Select(p => new { p.Id, p.ProgramId, p.OwnerName }).SingleAsync(ct);
        var today = clock.Today();
        var request = new HelpRequest(partner.ProgramId, partner.Id, c.Kind!.Value, c.Description!, today, me.Id);
        db.HelpRequests.Add(request);
        var groups = await access.GroupsOfAsync([partner.Id], ct);
        db.Timeline.Add(new TimelineEvent(partner.ProgramId, groups.TryGetValue(partner.Id, out var g) ? g : null, partner.Id, today,
            FivePApproach.Supporting, "help.requested", $"{partner.OwnerName}: {Short(request.Description)}", nameof(HelpRequest), request.Id,
            clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return request;
    }

    internal static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
