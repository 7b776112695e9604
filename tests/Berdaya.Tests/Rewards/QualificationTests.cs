using Berdaya.Domain.Common;
using Berdaya.Domain.Rewards;

namespace Berdaya.Tests.Rewards;

/// <summary>docs/domain.md, Rewards: every installment of the window paid by its due day, judged as known on the as-of date.</summary>
public sealed class QualificationTests
{
    /// <summary>Installments due on the 5th of each month from <paramref name="first"/>, paid off <paramref name="paidDaysBefore"/> days before.</summary>
    private static List<PaidInstallment> Months(string who, DateOnly first, int count, int paidDaysBefore = 2) =>
        Enumerable.Range(0, count).Select(k => first.AddMonths(k))
            .Select(due => new PaidInstallment(who, due.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), due, due.AddDays(-paidDaysBefore)))
            .ToList();

    private static readonly DateOnly Jan2007 = new(2007, 1, 5);

    [Fact]
    public void Twelve_months_paid_before_the_fifth_qualify()
    {
        var verdict = Qualification.Judge(Months("Eti", Jan2007, 12), new DateOnly(2007, 12, 31), 12, false);
        verdict.Qualifies.ShouldBeTrue();
        verdict.Reasons.Single().ShouldBe(new Reason("reward.why.ok", [12, "2007-01", "2007-12"]), new ReasonComparer());
    }

    [Fact]
    public void One_installment_paid_late_names_the_month_and_the_days()
    {
        var record = Months("Ujang", Jan2007, 12);
        record[4] = record[4] with { PaidOffOn = new DateOnly(2007, 5, 8) };
        var verdict = Qualification.Judge(record, new DateOnly(2007, 12, 31), 12, false);
        verdict.Qualifies.ShouldBeFalse();
        verdict.Reasons.Single().Code.ShouldBe("reward.why.late");
        verdict.Reasons.Single().Args.ShouldBe(["2007-05", 3]);
    }

    [Fact]
    public void A_payment_made_after_the_as_of_date_does_not_count_and_the_installment_is_unpaid_then()
    {
        var record = Months("Dedeh", Jan2007, 12);
        record[11] = record[11] with { PaidOffOn = new DateOnly(2008, 1, 10) };
        var verdict = Qualification.Judge(record, new DateOnly(2007, 12, 31), 12, false);
        verdict.Reasons.Single().Code.ShouldBe("reward.why.unpaid");
        verdict.Reasons.Single().Args.ShouldBe(["2007-12"]);
    }

    [Fact]
    public void Too_few_months_in_the_window_do_not_qualify_and_a_month_due_on_the_as_of_day_is_not_decided_yet()
    {
        Qualification.Judge(Months("Yayah", new DateOnly(2007, 6, 5), 7), new DateOnly(2007, 12, 31), 12, false)
            .Reasons.Single().ShouldBe(new Reason("reward.why.short", [7, 12]), new ReasonComparer());
        var unpaidToday = Months("Yayah", new DateOnly(2007, 1, 5), 12);
        unpaidToday[11] = unpaidToday[11] with { PaidOffOn = null };
        Qualification.Judge(unpaidToday, new DateOnly(2007, 12, 5), 12, false).Reasons.Single().Code.ShouldBe("reward.why.short");
        Qualification.Judge(Months("Yayah", new DateOnly(2007, 1, 5), 12), new DateOnly(2007, 12, 5), 12, false).Qualifies.ShouldBeTrue();
    }

    [Fact]
    public void A_group_qualifies_only_when_every_member_does_and_says_who_did_not()
    {
        var members = Months("Eti", Jan2007, 6).Concat(Months("Iis", Jan2007, 6)).ToList();
        Qualification.Judge(members, new DateOnly(2007, 6, 30), 6, true).Qualifies.ShouldBeTrue();
        members.Add(new PaidInstallment("Entin", "2007-03", new DateOnly(2007, 3, 5), new DateOnly(2007, 3, 17)));
        var verdict = Qualification.Judge(members, new DateOnly(2007, 6, 30), 6, true);
        verdict.Qualifies.ShouldBeFalse();
        verdict.Reasons.Single().Code.ShouldBe("reward.why.member.late");
        verdict.Reasons.Single().Args.ShouldBe(["Entin", "2007-03", 12]);
    }

    [Fact]
    public void A_rule_needs_a_name_months_between_1_and_60_and_what_its_reward_needs()
    {
        RewardRule.Problems("", RewardScope.Partner, 0, RewardKind.Merchandise, null, null).Select(e => e.Field).ShouldBe(["Name", "Months", "Item"]);
        RewardRule.Problems("Plafon", RewardScope.Group, 61, RewardKind.HigherCeiling, null, 0m).Select(e => (e.Field, e.Code))
            .ShouldBe([("Months", "reward.months.range"), ("CeilingIncrease", "money.positive")]);
        var rule = RewardRule.Create(Guid.NewGuid(), "Tepat waktu", RewardScope.Partner, 12, RewardKind.Certificate, null, 5_000_000m, "u", DateTimeOffset.UnixEpoch);
        rule.CeilingIncrease.ShouldBeNull();
        Should.Throw<DomainValidationException>(() => RewardRule.Create(Guid.NewGuid(), " ", null, 12, RewardKind.Certificate, null, null, "u", DateTimeOffset.UnixEpoch))
            .Errors.Select(e => e.Field).ShouldBe(["Name", "Scope"]);
        new RewardIssue(rule, Guid.NewGuid(), null, new DateOnly(2007, 12, 31), new DateOnly(2008, 1, 15), "x", "u", DateTimeOffset.UnixEpoch).Period.ShouldBe("2007-12");
    }

    private sealed class ReasonComparer : IEqualityComparer<Reason>
    {
        public bool Equals(Reason? x, Reason? y) => x is not null && y is not null && x.Code == y.Code && x.Args.SequenceEqual(y.Args);

        public int GetHashCode(Reason obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
