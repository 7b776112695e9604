using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;

namespace Berdaya.Tests.Groups;

public sealed class PartnerGroupTests
{
    private static readonly DateOnly Formed = new(2005, 12, 10);

    private static PartnerGroup NewGroup() => new(Guid.NewGuid(), "Citra Sari", Formed, "32.11.07.2011", null);

    /// <summary>Chair, secretary, treasurer and then members.</summary>
    private static List<(Guid, GroupRole)> Members(int count) =>
        Enumerable.Range(0, count).Select(i => (Guid.NewGuid(), i switch
        {
            0 => GroupRole.Chair,
            1 => GroupRole.Secretary,
            2 => GroupRole.Treasurer,
            _ => GroupRole.Member,
        })).ToList();

    private static List<string> Codes(Action act)
    {
        var error = Should.Throw<DomainException>(act);
        return error is DomainValidationException many ? many.Errors.Select(e => e.Code).ToList() : [error.Code];
    }

    [Fact]
    public void A_group_of_ten_with_its_three_officers_is_formed()
    {
        var group = NewGroup();
        var members = Members(10);
        group.SetMembers(members, 5, 20, Formed);
        group.ActiveMembers.Count().ShouldBe(10);
        group.RoleOf(members[0].Item1).ShouldBe(GroupRole.Chair);
        group.RoleOf(members[9].Item1).ShouldBe(GroupRole.Member);
        group.Members.ShouldAllBe(m => m.JoinedOn == Formed && m.ActivePartnerId == m.PartnerId);
    }

    [Fact]
    public void A_group_without_a_chair_is_refused()
    {
        var members = Members(5);
        members[0] = (members[0].Item1, GroupRole.Member);
        Codes(() => NewGroup().SetMembers(members, 5, 20, Formed)).ShouldBe(["group.chair.missing"]);
    }

    [Fact]
    public void Two_chairs_two_secretaries_and_no_treasurer_each_get_their_own_message()
    {
        var members = Members(6);
        members[3] = (members[3].Item1, GroupRole.Chair);
        members[4] = (members[4].Item1, GroupRole.Secretary);
        members[2] = (members[2].Item1, GroupRole.Member);
        Codes(() => NewGroup().SetMembers(members, 5, 20, Formed)).ShouldBe(["group.chair.many", "group.secretary.many", "group.treasurer.missing"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(4, "group.size.min")]
    [InlineData(21, "group.size.max")]
    public void A_size_outside_the_programs_limits_is_refused(int size, string code)
    {
        var error = Should.Throw<DomainValidationException>(() => NewGroup().SetMembers(Members(size), 5, 20, Formed));
        error.Errors.ShouldHaveSingleItem().Code.ShouldBe(code);
        error.Errors[0].Args.ShouldContain(size);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    public void The_size_limits_themselves_are_allowed(int size) =>
        Should.NotThrow(() => NewGroup().SetMembers(Members(size), 5, 20, Formed));

    [Fact]
    public void The_same_partner_twice_is_refused()
    {
        var members = Members(5);
        members.Add((members[4].Item1, GroupRole.Member));
        Codes(() => NewGroup().SetMembers(members, 5, 20, Formed)).ShouldContain("group.member.duplicate");
    }

    [Fact]
    public void A_refused_change_leaves_the_membership_as_it_was()
    {
        var group = NewGroup();
        var members = Members(5);
        group.SetMembers(members, 5, 20, Formed);
        var version = group.Version;
        Should.Throw<DomainException>(() => group.SetMembers(members.Take(4).ToList(), 5, 20, Formed.AddDays(30)));
        group.ActiveMembers.Count().ShouldBe(5);
        group.Version.ShouldBe(version);
    }

    [Fact]
    public void A_leaver_is_closed_not_deleted_and_roles_can_change()
    {
        var group = NewGroup();
        var members = Members(6);
        group.SetMembers(members, 5, 20, Formed);
        var changed = members.Take(5).ToList();
        changed[0] = (changed[0].Item1, GroupRole.Member);
        changed[3] = (changed[3].Item1, GroupRole.Chair);
        var on = Formed.AddMonths(3);

        group.SetMembers(changed, 5, 20, on);

        group.Members.Count.ShouldBe(6);
        var leaver = group.Members.Single(m => m.PartnerId == members[5].Item1);
        leaver.IsActive.ShouldBeFalse();
        leaver.LeftOn.ShouldBe(on);
        leaver.ActivePartnerId.ShouldBeNull();
        group.RoleOf(members[5].Item1).ShouldBeNull();
        group.RoleOf(members[3].Item1).ShouldBe(GroupRole.Chair);
        group.RoleOf(members[0].Item1).ShouldBe(GroupRole.Member);
    }

    [Fact]
    public void A_group_needs_a_name() =>
        Should.Throw<DomainException>(() => new PartnerGroup(Guid.NewGuid(), " ", Formed, "32.11.07.2011", null)).Code.ShouldBe("group.name.required");
}
