using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;

namespace Berdaya.Tests.Coaching;

/// <summary>docs/domain.md, Coaching: trainings.</summary>
public sealed class TrainingOutcomesTests
{
    [Fact]
    public void The_average_ignores_missing_answers_and_rounds_to_two_decimals()
    {
        TrainingOutcomes.Average([2, 2, 3, 2, 1, 3, 2, 2, 3, 2]).ShouldBe(2.2m);
        TrainingOutcomes.Average([4, null, 5]).ShouldBe(4.5m);
        TrainingOutcomes.Average([1, 2, 2]).ShouldBe(1.67m);
        TrainingOutcomes.Average([null, null]).ShouldBeNull();
    }

    [Fact]
    public void A_session_is_flagged_only_below_the_threshold()
    {
        TrainingOutcomes.IsPoorlyUnderstood(2.99m, 3.0m).ShouldBeTrue();
        TrainingOutcomes.IsPoorlyUnderstood(3.0m, 3.0m).ShouldBeFalse();
        TrainingOutcomes.IsPoorlyUnderstood(null, 3.0m).ShouldBeFalse();
    }

    [Fact]
    public void Adoption_counts_the_reasons_most_frequent_first_and_is_low_under_half()
    {
        var checks = new (bool?, AdoptionReason?)[]
        {
            (false, AdoptionReason.NoDevice), (false, AdoptionReason.NoDevice), (false, AdoptionReason.NoMoney), (true, null), (null, null),
            (false, AdoptionReason.NoDevice),
        };
        var a = TrainingOutcomes.Adoption(checks);
        (a.Checked, a.Used, a.Rate, a.IsLow).ShouldBe((5, 1, 0.2m, true));
        a.Reasons.ShouldBe([new ReasonCount(AdoptionReason.NoDevice, 3), new ReasonCount(AdoptionReason.NoMoney, 1)]);
        TrainingOutcomes.Adoption([(true, null), (false, AdoptionReason.NoTime)]).IsLow.ShouldBeFalse();
        TrainingOutcomes.Adoption([]).IsLow.ShouldBeFalse();
    }

    [Fact]
    public void The_adoption_check_falls_the_topics_weeks_after_the_session()
    {
        TrainingOutcomes.AdoptionDue(new DateOnly(2010, 3, 17), 8).ShouldBe(new DateOnly(2010, 5, 12));
    }

    [Fact]
    public void Attendance_before_the_day_is_refused_and_the_uninvited_cannot_be_present()
    {
        var s = Session(new DateOnly(2026, 5, 10), capacity: 2);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        s.Invite([a, b]).ShouldBe(2);
        Should.Throw<DomainValidationException>(() => s.RecordAttendance([a], new DateOnly(2026, 5, 9))).Errors.Single().Code.ShouldBe("training.attendance.future");
        Should.Throw<DomainValidationException>(() => s.RecordAttendance([Guid.NewGuid()], new DateOnly(2026, 5, 10))).Errors.Single().Code
            .ShouldBe("training.attendance.notinvited");
        s.IsHeld.ShouldBeFalse();
        s.RecordAttendance([a], new DateOnly(2026, 5, 10));
        (s.Participant(a)!.Attendance, s.Participant(b)!.Attendance).ShouldBe((AttendanceState.Attended, AttendanceState.Absent));
        Should.Throw<DomainException>(() => s.RecordAttendance([a], new DateOnly(2026, 5, 10))).Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public void Capacity_is_enforced_and_a_refused_invitation_adds_nobody()
    {
        var s = Session(new DateOnly(2026, 5, 10), capacity: 2);
        s.Invite([Guid.NewGuid()]);
        Should.Throw<DomainException>(() => s.Invite([Guid.NewGuid(), Guid.NewGuid()])).Code.ShouldBe("training.capacity.full");
        s.Participants.Count.ShouldBe(1);
    }

    [Fact]
    public void Feedback_comes_only_from_someone_present_with_scores_1_to_5()
    {
        var s = Session(new DateOnly(2026, 5, 10), capacity: 5);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        s.Invite([a, b]);
        s.RecordAttendance([a], new DateOnly(2026, 5, 10));
        Should.Throw<DomainValidationException>(() => s.Participant(b)!.RecordFeedback(4, 4, null, new DateOnly(2026, 5, 10))).Errors
            .Select(e => e.Code).ShouldBe(["training.feedback.notpresent"]);
        Should.Throw<DomainValidationException>(() => s.Participant(a)!.RecordFeedback(0, 6, null, new DateOnly(2026, 5, 10))).Errors
            .Select(e => e.Field).ShouldBe(["Understood", "CanApply"]);
        s.Participant(a)!.Understood.ShouldBeNull();
        s.Participant(a)!.RecordFeedback(5, 1, "  Istilah sulit ", new DateOnly(2026, 5, 10));
        (s.Participant(a)!.Understood, s.Participant(a)!.Hard).ShouldBe((5, "Istilah sulit"));
    }

    [Fact]
    public void Not_using_it_needs_a_reason_and_other_needs_words()
    {
        var s = Session(new DateOnly(2026, 5, 10), capacity: 5);
        var a = Guid.NewGuid();
        s.Invite([a]);
        s.RecordAttendance([a], new DateOnly(2026, 5, 10));
        var errors = new List<DomainException>();
        s.Participant(a)!.RecordAdoption(false, null, null, new DateOnly(2026, 7, 5), errors);
        s.Participant(a)!.RecordAdoption(false, AdoptionReason.Other, " ", new DateOnly(2026, 7, 5), errors);
        errors.Select(e => e.Code).ShouldBe(["training.adoption.reason.required", "training.adoption.other.required"]);
        s.Participant(a)!.Used.ShouldBeNull();
    }

    [Fact]
    public void Topics_and_settings_keep_their_bounds()
    {
        TrainingTopic.Problems("Food Safety!", "", NeedKind.Legality, 53).Select(e => e.Field).ShouldBe(["Code", "Name", "AdoptionWeeks"]);
        TrainingTopic.Problems("food-safety", "Keamanan pangan", NeedKind.Legality, 8).ShouldBeEmpty();
        TrainingTopic.Defaults.Count.ShouldBe(8);
        TrainingTopic.Defaults.ShouldContain(t => t.Code == TrainingTopic.FoodSafetyCode);
        Should.Throw<DomainException>(() => new CoachingSettings(Guid.NewGuid(), 3.25m)).Field.ShouldBe("UnderstoodThreshold");
        Should.Throw<DomainException>(() => new CoachingSettings(Guid.NewGuid(), 0.5m));
        new CoachingSettings(Guid.NewGuid(), 3.5m).UnderstoodThreshold.ShouldBe(3.5m);
        TrainingProvider.Problems(ProviderKind.Partner, "Titin", null).Single().Field.ShouldBe("PartnerId");
        TrainingProvider.Problems(ProviderKind.RadioStation, "Radio", Guid.NewGuid()).Single().Field.ShouldBe("PartnerId");
    }

    private static TrainingSession Session(DateOnly on, int capacity) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), on, "Balai Desa", null, 100_000m, capacity, DateTimeOffset.UnixEpoch);
}
