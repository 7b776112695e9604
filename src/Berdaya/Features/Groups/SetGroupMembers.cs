using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Groups;

/// <summary>Changes a group's membership as a whole; partners who leave keep their history.</summary>
public static class SetGroupMembers
{
    public sealed record Command(Guid GroupId, List<MemberInput>? Members);

    [FeatureService]
    public sealed class Handler(AppDbContext db, GroupAccess access, Texts texts, TimeProvider clock)
    {
        public async Task HandleAsync(Command c, CancellationToken ct)
        {
            access.RequireWriter();
            var group = await access.LoadAsync(c.GroupId, ct);
            var program = await db.Programs.AsSplitQuery().FirstAsync(p => p.Id == group.ProgramId, ct);
            var members = await access.CheckMembersAsync(program.Id, group.Id, c.Members, ct);
            var today = clock.Today();
            group.SetMembers(members, program.MinGroupSize, program.MaxGroupSize, today);
            db.Timeline.Add(new TimelineEvent(program.Id, group.Id, null, today, FivePApproach.Enabling, "group.members.changed",
                texts.Format("groups.timeline.members", CultureInfo.CurrentUICulture, group.Name, members.Count), nameof(PartnerGroup), group.Id, clock.GetUtcNow()));
            await access.SaveAsync(ct);
        }
    }
}
