using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;

namespace Berdaya.Tests.MeetAndGreet;

/// <summary>
/// The rules of meetings, confidence ratings, collaborations and answered pairs before anything is stored (docs/domain.md, Meet and
/// Greet: meetings, confidence and collaborations; decision 0033).
/// </summary>
public sealed class MeetingRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset At = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);
    private static readonly Guid Speaker = Guid.NewGuid();
    private static readonly Guid Listener = Guid.NewGuid();
    private static readonly Guid Absent = Guid.NewGuid();

    private static List<(string? Field, string Code)> Errors(Action act) =>
        Should.Throw<DomainException>(act) is DomainValidationException v ? v.Errors.Select(e => (e.Field, e.Code)).ToList() : [];

    private static Meeting Seminar(DateOnly on) =>
        Meeting.Record(Guid.NewGuid(), null, null, MeetingKind.Group, on, null, "Balai desa", "Pemasaran", null,
            [(Speaker, AttendeeRole.Speaker, true), (Listener, AttendeeRole.Participant, true), (Absent, AttendeeRole.Participant, false)], Today, "pendamping", At);

    [Fact]
    public void A_seminar_needs_one_speaker_a_listener_two_who_came_and_a_day_not_before_its_round()
    {
        Errors(() => Meeting.Record(Guid.NewGuid(), null, null, MeetingKind.Group, Today, null, "Balai", "Topik", null,
            [(Listener, AttendeeRole.Participant, true), (Absent, AttendeeRole.Participant, true)], Today, "x", At)).ShouldBe([("Attendees", "meeting.group.attendees")]);
        Errors(() => Meeting.Record(Guid.NewGuid(), null, null, MeetingKind.Group, Today, null, "Balai", "Topik", null,
            [(Speaker, AttendeeRole.Speaker, true), (Listener, AttendeeRole.Participant, false)], Today, "x", At)).ShouldBe([("Attendees", "meeting.attendees.came")]);
        Errors(() => Meeting.Record(Guid.NewGuid(), Guid.NewGuid(), null, MeetingKind.Group, Today.AddDays(-3), Today.AddDays(-2), "", new string('x', Meeting.MaxTopics + 1),
                null, [(Speaker, AttendeeRole.Speaker, true), (Listener, AttendeeRole.Participant, true)], Today, "x", At))
            .ShouldBe([("HeldOn", "meeting.date.beforeround"), ("Place", "field.required"), ("Topics", "text.toolong")]);
        Errors(() => Meeting.Record(Guid.NewGuid(), null, Guid.NewGuid(), MeetingKind.Pair, Today.AddDays(1), null, "Rumah", "Topik", null,
                [(Speaker, AttendeeRole.Mentor, true), (Listener, AttendeeRole.Participant, true)], Today, "x", At))
            .ShouldBe([("HeldOn", "date.future"), ("Attendees", "meeting.pair.attendees")]);
        Seminar(Today).Came(Absent).ShouldBeFalse();
    }

    [Fact]
    public void Confidence_is_rated_one_to_five_before_the_first_meeting_and_after_the_last()
    {
        var started = Today.AddDays(-30);
        ConfidenceRating Rate(ConfidenceMoment moment, DateOnly on, DateOnly? first, DateOnly? last, params int?[] scores) =>
            ConfidenceRating.Make(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), moment, scores, on, started, first, last, false, ConsentWay.InPerson, Today, "x", At);

        Errors(() => Rate(ConfidenceMoment.Before, Today, null, null, 0, 6, 3)).ShouldBe(
            [("Grow", "confidence.range"), ("Reach", "confidence.range"), ("Repay", "confidence.range")]);
        Errors(() => Rate(ConfidenceMoment.Before, Today.AddDays(-5), Today.AddDays(-10), Today.AddDays(-10), 3, 3, 3, 3))
            .ShouldBe([("RatedOn", "confidence.before.late")]);
        Errors(() => Rate(ConfidenceMoment.After, Today, null, null, 3, 3, 3, 3)).ShouldBe([("Moment", "confidence.after.nomeeting")]);
        Errors(() => Rate(ConfidenceMoment.After, Today.AddDays(-9), Today.AddDays(-20), Today.AddDays(-5), 3, 3, 3, 3))
            .ShouldBe([("RatedOn", "confidence.after.early")]);
        Errors(() => Rate(ConfidenceMoment.Before, started.AddDays(-1), null, null, 3, 3, 3, 3)).ShouldBe([("RatedOn", "confidence.date.beforeround")]);
        Rate(ConfidenceMoment.After, Today, Today.AddDays(-20), Today.AddDays(-5), 4, 5, 4, 4).Average.ShouldBe(4.25m);

        // The partner's own rating is always "self"; staff must say how it was given, and never "self".
        ConfidenceRating.Make(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ConfidenceMoment.Before, [3, 3, 3, 3], Today, started, null, null, true, null, Today, "x", At)
            .Way.ShouldBe(ConsentWay.Self);
        Errors(() => ConfidenceRating.Make(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ConfidenceMoment.Before, [3, 3, 3, 3], Today, started, null, null, false,
            ConsentWay.Self, Today, "x", At)).ShouldBe([("Way", "confidence.way.required")]);
    }

    [Fact]
    public void A_collaboration_is_between_two_who_came_of_different_groups_and_not_before_the_meeting()
    {
        var meeting = Seminar(Today.AddDays(-10));
        var group = Guid.NewGuid();
        Collaboration.Problems(meeting, CollaborationKind.JointBooth, Speaker, Listener, group, group, "Stan bersama", Today, Today).Select(e => (e.Field, e.Code))
            .ShouldBe([("OtherPartnerId", "collaboration.samegroup")]);
        Collaboration.Problems(meeting, CollaborationKind.JointBooth, Speaker, Absent, Guid.NewGuid(), group, "Stan", Today.AddDays(-11), Today).Select(e => (e.Field, e.Code))
            .ShouldBe([("OtherPartnerId", "collaboration.notattended"), ("StartedOn", "collaboration.beforemeeting")]);
        Collaboration.Problems(meeting, null, Speaker, Speaker, null, null, "", Today.AddDays(1), Today).Select(e => (e.Field, e.Code))
            .ShouldBe([("Kind", "field.required"), ("OtherPartnerId", "collaboration.self"), ("What", "field.required"), ("StartedOn", "date.future")]);
        Collaboration.Problems(meeting, CollaborationKind.SharedPurchase, Listener, Speaker, Guid.NewGuid(), group, "Beli minyak bersama", Today, Today).ShouldBeEmpty();
    }
}
