using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Berdaya.Domain.Socialization;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Socialization;

/// <summary>Records a socialization meeting in a village, the start of the Enabling stage (docs/domain.md, The program and its stages).</summary>
[FeatureService]
public sealed class RecordSocialization(AppDbContext db, CurrentUser me, RegionDirectory regions, TimeProvider clock)
{
    public sealed record Command
    {
        public Guid? ProgramId { get; set; }
        public DateOnly? HeldOn { get; set; }
        public string? VillageCode { get; set; }
        public string? Place { get; set; }

        /// <summary>Ignored for a facilitator, who records their own meetings.</summary>
        public string? FacilitatorUserId { get; set; }

        public string? OfficersPresent { get; set; }
        public string? Topics { get; set; }
    }

    public async Task<SocializationEvent> HandleAsync(Command c, CancellationToken ct = default)
    {
        RequireOrganizer(me);
        var program = c.ProgramId ?? await me.DefaultProgramAsync(ct)
            ?? throw new DomainValidationException([new DomainException("partner.program.required", "ProgramId")]);
        await me.RequireProgramAsync(program, ct);
        var today = RegisterPartner.Today(clock);
        var errors = new List<DomainException>();
        if (c.HeldOn is null)
        {
            errors.Add(new DomainException("socialization.date.required", "HeldOn"));
        }
        else if (c.HeldOn > today)
        {
            errors.Add(new DomainException("date.future", "HeldOn"));
        }

        var village = (c.VillageCode ?? "").Trim();
        var facilitator = me.IsFacilitator && !me.IsOfficer && !me.IsAdmin ? me.Id : c.FacilitatorUserId?.Trim();
        try
        {
            await regions.RequireVillageAsync(village, "VillageCode", ct);
            await me.RequireVillageAsync(village, "VillageCode", ct);
        }
        catch (DomainException e)
        {
            errors.Add(e);
        }

        if (string.IsNullOrEmpty(facilitator) || !await IsFacilitatorAsync(db, facilitator, ct))
        {
            errors.Add(new DomainException("socialization.facilitator.required", "FacilitatorUserId"));
        }
        else if (errors.All(e => e.Field != "VillageCode")
                 && !await db.UserVillages.AnyAsync(v => v.UserId == facilitator && v.VillageCode == village, ct))
        {
            // The meeting is held by the village's own facilitator (docs/domain.md, Roles and scope).
            errors.Add(new DomainException("socialization.village.notfacilitators", "VillageCode"));
        }

        if (string.IsNullOrWhiteSpace(c.Place))
        {
            errors.Add(new DomainException("socialization.place.required", "Place"));
        }

        if (string.IsNullOrWhiteSpace(c.Topics))
        {
            errors.Add(new DomainException("socialization.topics.required", "Topics"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var meeting = new SocializationEvent(program, c.HeldOn!.Value, village, c.Place!, facilitator, c.OfficersPresent, c.Topics!);
        db.Socializations.Add(meeting);
        db.Timeline.Add(new TimelineEvent(program, null, null, meeting.HeldOn, FivePApproach.Enabling, "socialization.held",
            $"{meeting.Place}: {meeting.Topics}", nameof(SocializationEvent), meeting.Id, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    internal static void RequireOrganizer(CurrentUser me)
    {
        if (!me.MayRegister)
        {
            throw new DomainException("socialization.forbidden", null, ErrorKind.Forbidden);
        }
    }

    internal static Task<bool> IsFacilitatorAsync(AppDbContext db, string userId, CancellationToken ct) =>
        db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .AnyAsync(x => x.UserId == userId && x.Name == Roles.Facilitator, ct);

    /// <summary>Facilitators an officer can pick, by display name.</summary>
    public async Task<List<(string Id, string Name)>> FacilitatorsAsync(CancellationToken ct = default)
    {
        var rows = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => x.Name == Roles.Facilitator)
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { u.Id, u.DisplayName, u.IsActive })
            .Where(u => u.IsActive)
            .OrderBy(u => u.DisplayName)
            .ToListAsync(ct);
        return rows.Select(u => (u.Id, u.DisplayName)).ToList();
    }
}
