using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Groups;

/// <summary>The community forms a group with its officers and members (Enabling; docs/domain.md, The program and its stages).</summary>
public static class CreateGroup
{
    public sealed record Command(string? Name, DateOnly? FormedOn, string? VillageCode, string? FacilitatorUserId, List<MemberInput>? Members, Guid? ProgramId = null);

    [FeatureService]
    public sealed class Handler(AppDbContext db, CurrentUser me, GroupAccess access, RegionDirectory regions, Texts texts, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command c, CancellationToken ct)
        {
            access.RequireWriter();
            var today = clock.Today();
            var errors = new List<DomainException>();
            if (string.IsNullOrWhiteSpace(c.Name))
            {
                errors.Add(new DomainException("group.name.required", "Name"));
            }

            if (c.FormedOn is null)
            {
                errors.Add(new DomainException("group.formedon.required", "FormedOn"));
            }
            else if (c.FormedOn > today)
            {
                errors.Add(new DomainException("date.future", "FormedOn"));
            }

            try
            {
                await regions.RequireVillageAsync(c.VillageCode, "VillageCode", ct);
            }
            catch (DomainException ex)
            {
                errors.Add(ex);
            }

            var programId = c.ProgramId ?? await me.DefaultProgramAsync(ct);
            if (programId is null)
            {
                errors.Add(new DomainException("group.program.required", "ProgramId"));
            }

            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            await me.RequireProgramAsync(programId!.Value, ct);
            var village = c.VillageCode!.Trim();
            var facilitator = await access.FacilitatorAsync(c.FacilitatorUserId, ct);
            await access.CheckVillageOfFacilitatorAsync(facilitator, village, ct);
            var program = await db.Programs.AsSplitQuery().FirstAsync(p => p.Id == programId, ct);
            var members = await access.CheckMembersAsync(program.Id, null, c.Members, ct);

            var group = new PartnerGroup(program.Id, c.Name!, c.FormedOn!.Value, village, facilitator);
            group.SetMembers(members, program.MinGroupSize, program.MaxGroupSize, group.FormedOn);
            db.Groups.Add(group);
            db.Timeline.Add(new TimelineEvent(program.Id, group.Id, null, group.FormedOn, FivePApproach.Enabling, "group.formed",
                texts.Format("groups.timeline.formed", CultureInfo.CurrentUICulture, group.Name, members.Count), nameof(PartnerGroup), group.Id, clock.GetUtcNow()));
            await access.SaveAsync(ct);
            return group.Id;
        }
    }
}
