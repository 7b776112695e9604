using Berdaya.Domain.Common;
using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Rewards;

namespace Berdaya.Tests.Exhibitions;

/// <summary>docs/domain.md, Exhibitions: eligibility on the rewards' on-time rule, the repaid partner's last 12 months, ranking, places.</summary>
public sealed class ExhibitionRulesTests
{
    private static List<PaidInstallment> Months(DateOnly first, int count, int paidDaysBefore = 2) =>
        Enumerable.Range(0, count).Select(k => first.AddMonths(k))
            .Select(due => new PaidInstallment("Eti", due.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), due, due.AddDays(-paidDaysBefore)))
            .ToList();

    private static readonly DateOnly Jan2025 = new(2025, 1, 5);

    private static Exhibition Exhibition(int places = 2) =>
        Domain.Exhibitions.Exhibition.Create(Guid.NewGuid(), "Pameran", ExhibitionCategory.Local, "CDC", "Bandung", new DateOnly(2026, 3, 10),
            new DateOnly(2026, 3, 12), places, 1_000_000m, null, "officer", DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_late_installment_breaks_the_streak_before_an_on_time_one_due_the_same_day()
    {
        var due = new DateOnly(2026, 1, 5);
        PaidInstallment Paid(DateOnly d, DateOnly? on) => new("Eti", d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), d, on);
        var asOf = new DateOnly(2026, 3, 1);
        var onTimeFirst = new List<PaidInstallment> { Paid(due, due), Paid(due, due.AddDays(3)), Paid(due.AddMonths(1), due.AddMonths(1)) };
        Eligibility.Streak(onTimeFirst, asOf).ShouldBe(1);
        Eligibility.Streak([.. Enumerable.Reverse(onTimeFirst)], asOf).ShouldBe(1);

        // Unpaid and past due is late; due on the as-of day and unpaid is not decided yet.
        Eligibility.Streak([Paid(due, null), Paid(due.AddMonths(1), due), Paid(asOf, null)], asOf).ShouldBe(1);
    }

    [Fact]
    public void A_late_installment_in_the_window_leaves_the_partner_out_with_the_month_and_days()
    {
        var record = Months(Jan2025, 14);
        record[12] = record[12] with { PaidOffOn = new DateOnly(2026, 1, 8) };
        var verdict = Eligibility.Judge(record, new DateOnly(2026, 3, 1), 12, null);
        verdict.Eligible.ShouldBeFalse();
        verdict.Reasons.ShouldContain(r => r.Code == "reward.why.late" && (string)r.Args[0] == "2026-01" && (int)r.Args[1] == 3);
        verdict.Streak.ShouldBe(1);
    }

    [Fact]
    public void A_partner_whose_loans_are_repaid_keeps_the_record_of_the_last_12_months()
    {
        // Late long ago, then twelve months on time, then repaid: still eligible years later.
        var record = Months(Jan2025, 24);
        record[2] = record[2] with { PaidOffOn = new DateOnly(2025, 3, 30) };
        var verdict = Eligibility.Judge(record, new DateOnly(2029, 6, 1), 12, null);
        verdict.Eligible.ShouldBeTrue();
        verdict.Streak.ShouldBe(21);
    }

    [Fact]
    public void An_exhibition_invitation_reward_makes_the_partner_eligible_and_is_the_reason()
    {
        var record = Months(Jan2025, 3);
        var reward = new Reason("exhibition.why.reward", ["Undangan pameran", "2025-12"]);
        var verdict = Eligibility.Judge(record, new DateOnly(2026, 3, 1), 12, reward);
        verdict.Eligible.ShouldBeTrue();
        verdict.Reasons.Single().ShouldBeSameAs(reward);
    }

    [Fact]
    public void Ranking_puts_the_eligible_first_then_the_longest_streak_then_those_never_invited()
    {
        var a = (Name: "A", V: new EligibilityVerdict(true, 12, []), Last: (DateOnly?)new DateOnly(2025, 1, 1));
        var b = (Name: "B", V: new EligibilityVerdict(true, 12, []), Last: (DateOnly?)null);
        var c = (Name: "C", V: new EligibilityVerdict(true, 20, []), Last: (DateOnly?)new DateOnly(2025, 6, 1));
        var d = (Name: "D", V: new EligibilityVerdict(false, 40, []), Last: (DateOnly?)null);
        Eligibility.Rank([d, a, b, c], x => x.V, x => x.Last, x => x.Name).Select(x => x.Name).ShouldBe(["C", "B", "A", "D"]);
    }

    [Fact]
    public void An_exhibition_ending_before_it_starts_is_refused_with_every_broken_rule()
    {
        var e = Should.Throw<DomainValidationException>(() => Domain.Exhibitions.Exhibition.Create(Guid.NewGuid(), " ", (ExhibitionCategory)9, "CDC", "Bandung",
            new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 9), 0, -1m, 0, "officer", DateTimeOffset.UnixEpoch));
        e.Errors.Select(x => x.Field).ShouldBe(["Name", "Category", "EndsOn", "Places", "Cost", "Months"], ignoreOrder: true);
        e.Errors.Single(x => x.Field == "EndsOn").Code.ShouldBe("exhibition.dates.order");
    }

    [Fact]
    public void Inviting_one_who_is_not_eligible_needs_a_reason_and_acceptances_stop_at_the_places()
    {
        var x = Exhibition(places: 1);
        var refused = Should.Throw<DomainValidationException>(() => x.Invite(Guid.NewGuid(), false, "angsuran 2026-01 dibayar 3 hari terlambat", " ", "o",
            DateTimeOffset.UnixEpoch));
        refused.Errors.Single().Code.ShouldBe("exhibition.noteligible");
        x.Invitations.ShouldBeEmpty();

        var first = x.Invite(Guid.NewGuid(), true, "12 bulan", null, "o", DateTimeOffset.UnixEpoch);
        var second = x.Invite(Guid.NewGuid(), false, "terlambat", "Produk baru", "o", DateTimeOffset.UnixEpoch);
        second.OverrideReason.ShouldBe("Produk baru");
        x.Respond(first, true, DateTimeOffset.UnixEpoch);
        Should.Throw<DomainException>(() => x.Respond(second, true, DateTimeOffset.UnixEpoch)).Kind.ShouldBe(ErrorKind.Conflict);
        x.Accepted.ShouldBe(1);

        // Declining frees the place.
        x.Respond(first, false, DateTimeOffset.UnixEpoch);
        x.Respond(second, true, DateTimeOffset.UnixEpoch);
        x.Accepted.ShouldBe(1);
    }
}
