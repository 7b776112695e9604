using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Features.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Groups;

public sealed class GroupRaceTests
{
    /// <summary>
    /// Two forms saved at once both pass the handler's check; the unique index on the active
    /// membership refuses the second, and it answers the same conflict instead of a 500.
    /// </summary>
    [Theory]
    [AllDatabases]
    public async Task The_one_active_group_index_turns_a_race_into_a_conflict(string provider)
    {
        var app = await TestApp.For(provider);
        var (groupId, partners) = await GroupScenario.GroupAsync(app);
        var others = await GroupScenario.PartnersAsync(app, 4);
        var name = TestData.Unique("Balapan");

        await using (var scope = app.Scope(out var db))
        {
            var programId = await db.Groups.Where(g => g.Id == groupId).Select(g => g.ProgramId).SingleAsync();
            var second = new PartnerGroup(programId, name, new DateOnly(2026, 1, 10), TestData.Narimbang, null);
            second.SetMembers(others.Select((p, i) => (p.Id, i switch { 0 => GroupRole.Chair, 1 => GroupRole.Secretary, 2 => GroupRole.Treasurer, _ => GroupRole.Member }))
                .Append((partners[4].Id, GroupRole.Member)).ToList(), 5, 20, second.FormedOn);
            db.Groups.Add(second);

            var error = await Should.ThrowAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<GroupAccess>().SaveAsync(default));
            error.Code.ShouldBe("group.member.taken.race");
            error.Kind.ShouldBe(ErrorKind.Conflict);
        }

        await using (var scope = app.Scope(out var db))
        {
            (await db.Groups.CountAsync(g => g.Name == name)).ShouldBe(0);
        }
    }
}
