using Berdaya.Domain.Common;
using Berdaya.Domain.Monitoring;

namespace Berdaya.Tests.Monitoring;

/// <summary>docs/domain.md, Monitoring visits, help requests and follow-ups: a follow-up's owner, due date and one-way state.</summary>
public sealed class FollowUpTests
{
    private static readonly DateOnly VisitDay = new(2007, 12, 5);
    private static readonly Guid Program = Guid.CreateVersion7();

    private static FollowUp Open(FollowUpOwner? owner = null, DateOnly? due = null) =>
        new(Program, Guid.CreateVersion7(), null, null, null, "Pesan melinjo sebelum musim berakhir", owner ?? FollowUpOwner.User("asep"), VisitDay,
            due ?? VisitDay.AddDays(30));

    [Fact]
    public void A_due_date_before_the_visit_is_refused_naming_the_row()
    {
        var errors = FollowUp.Problems("Tugas", FollowUpOwner.User("asep"), VisitDay, VisitDay.AddDays(-1), "FollowUps[1].");
        errors.ShouldHaveSingleItem().Code.ShouldBe("followup.due.beforevisit");
        errors[0].Field.ShouldBe("FollowUps[1].DueOn");
        Should.Throw<DomainValidationException>(() => Open(due: VisitDay.AddDays(-1)));
    }

    [Fact]
    public void Due_on_the_visit_day_is_allowed()
    {
        FollowUp.Problems("Tugas", FollowUpOwner.User("asep"), VisitDay, VisitDay).ShouldBeEmpty();
    }

    [Fact]
    public void A_task_an_owner_and_a_due_date_are_required_and_the_task_is_bounded()
    {
        FollowUp.Problems(" ", null, VisitDay, null).Select(e => e.Code)
            .ShouldBe(["followup.task.required", "followup.owner.required", "followup.due.required"], ignoreOrder: true);
        FollowUp.Problems(new string('x', FollowUp.MaxTask + 1), new FollowUpOwner("asep", Guid.NewGuid()), VisitDay, VisitDay).Select(e => e.Code)
            .ShouldBe(["text.toolong", "followup.owner.required"], ignoreOrder: true);
    }

    [Fact]
    public void Done_needs_what_was_done_and_dropped_needs_a_reason()
    {
        var f = Open();
        Should.Throw<DomainException>(() => f.Close(FollowUpState.Done, " ", VisitDay, "asep")).Code.ShouldBe("followup.done.required");
        Should.Throw<DomainException>(() => f.Close(FollowUpState.Dropped, null, VisitDay, "asep")).Code.ShouldBe("followup.reason.required");
        Should.Throw<DomainException>(() => f.Close(null, "Sudah", VisitDay, "asep")).Code.ShouldBe("followup.outcome.required");
        Should.Throw<DomainException>(() => f.Close(FollowUpState.Open, "Sudah", VisitDay, "asep")).Code.ShouldBe("followup.outcome.required");
        f.State.ShouldBe(FollowUpState.Open);
        f.Close(FollowUpState.Dropped, "Petani tidak mau dipesan", VisitDay.AddDays(3), "asep");
        f.State.ShouldBe(FollowUpState.Dropped);
        f.Outcome.ShouldBe("Petani tidak mau dipesan");
        f.ClosedOn.ShouldBe(VisitDay.AddDays(3));
    }

    [Fact]
    public void A_closed_follow_up_does_not_move_again()
    {
        var f = Open();
        f.Close(FollowUpState.Done, "Stok 4 kuintal", VisitDay.AddDays(10), "asep");
        var e = Should.Throw<DomainException>(() => f.Close(FollowUpState.Dropped, "Batal", VisitDay.AddDays(11), "asep"));
        e.Code.ShouldBe("followup.notopen");
        e.Kind.ShouldBe(ErrorKind.Conflict);
        f.State.ShouldBe(FollowUpState.Done);
        f.Outcome.ShouldBe("Stok 4 kuintal");
    }

    [Fact]
    public void Overdue_means_open_past_its_due_date()
    {
        var f = Open(due: VisitDay.AddDays(5));
        f.IsOverdue(VisitDay.AddDays(5)).ShouldBeFalse();
        f.IsOverdue(VisitDay.AddDays(6)).ShouldBeTrue();
        f.Close(FollowUpState.Done, "Selesai", VisitDay.AddDays(7), "asep");
        f.IsOverdue(VisitDay.AddDays(8)).ShouldBeFalse();
    }

    [Fact]
    public void Only_the_owner_the_programs_officers_and_administrators_may_close()
    {
        var partner = Guid.NewGuid();
        var staffOwned = FollowUpOwner.User("asep");
        FollowUp.MayClose(staffOwned, "asep", null, false, false).ShouldBeTrue();
        FollowUp.MayClose(staffOwned, "another-facilitator", null, false, false).ShouldBeFalse();
        FollowUp.MayClose(staffOwned, "hendra", null, true, false).ShouldBeTrue();
        FollowUp.MayClose(staffOwned, "admin", null, false, true).ShouldBeTrue();
        FollowUp.MayClose(staffOwned, null, partner, false, false).ShouldBeFalse();

        var partnerOwned = FollowUpOwner.Partner(partner);
        FollowUp.MayClose(partnerOwned, "iis-login", partner, false, false).ShouldBeTrue();
        FollowUp.MayClose(partnerOwned, "eti-login", Guid.NewGuid(), false, false).ShouldBeFalse();
        FollowUp.MayClose(partnerOwned, "asep", null, false, false).ShouldBeFalse();
    }

    [Fact]
    public void The_owner_is_read_from_one_value()
    {
        var p = Guid.NewGuid();
        FollowUpOwner.Parse("user:abc").ShouldBe(FollowUpOwner.User("abc"));
        FollowUpOwner.Parse($"partner:{p}").ShouldBe(FollowUpOwner.Partner(p));
        FollowUpOwner.Parse("partner:bukan-id").ShouldBeNull();
        FollowUpOwner.Parse("user:").ShouldBeNull();
        FollowUpOwner.Parse(null).ShouldBeNull();
        FollowUpOwner.Parse(FollowUpOwner.Partner(p).ToString()).ShouldBe(FollowUpOwner.Partner(p));
    }

    [Fact]
    public void A_help_request_needs_a_kind_and_a_bounded_description_and_closes_once_with_a_note()
    {
        HelpRequest.Problems(null, "").Select(e => e.Code).ShouldBe(["help.kind.required", "help.description.required"], ignoreOrder: true);
        HelpRequest.Problems((NeedKind)77, "x").ShouldHaveSingleItem().Code.ShouldBe("help.kind.required");
        HelpRequest.Problems(NeedKind.RawMaterial, new string('x', HelpRequest.MaxDescription + 1)).ShouldHaveSingleItem().Field.ShouldBe("Description");
        var h = new HelpRequest(Program, Guid.NewGuid(), NeedKind.RawMaterial, "Melinjo langka", VisitDay, null);
        Should.Throw<DomainException>(() => h.Close("", VisitDay, "asep")).Code.ShouldBe("help.note.required");
        h.AnswerByVisit(Guid.NewGuid(), VisitDay, "Pesan sebelum musim berakhir", "asep");
        h.State.ShouldBe(HelpRequestState.Answered);
        Should.Throw<DomainException>(() => h.Close("Lagi", VisitDay, "asep")).Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public void A_location_stays_inside_the_globe_and_needs_consent()
    {
        PartnerLocation.Problems(null, null, false).ShouldBeEmpty();
        PartnerLocation.Problems(-6.83, 107.97, true).ShouldBeEmpty();
        PartnerLocation.Problems(90, 180, true).ShouldBeEmpty();
        PartnerLocation.Problems(90.01, 107, true).ShouldHaveSingleItem().Code.ShouldBe("location.latitude.range");
        PartnerLocation.Problems(-6, -180.5, true).ShouldHaveSingleItem().Code.ShouldBe("location.longitude.range");
        PartnerLocation.Problems(-6, null, true, "Location.").ShouldHaveSingleItem().Field.ShouldBe("Location.Longitude");
        PartnerLocation.Problems(-6.83, 107.97, false).ShouldHaveSingleItem().Code.ShouldBe("location.consent.required");
    }

    [Fact]
    public void An_older_location_never_overwrites_a_newer_one()
    {
        var at = new PartnerLocation(Guid.NewGuid(), -6.8, 107.9, new DateOnly(2012, 6, 12), null, "asep");
        at.Record(-6.9, 107.8, new DateOnly(2010, 1, 1), null, "asep");
        at.Latitude.ShouldBe(-6.8);
        at.Record(-6.7, 107.7, new DateOnly(2013, 1, 1), null, "asep");
        at.Latitude.ShouldBe(-6.7);
        at.Consent.ShouldBeTrue();
    }

    [Fact]
    public void A_visit_is_not_in_the_future_and_has_a_place_visitors_and_partners()
    {
        var today = new DateOnly(2026, 12, 5);
        MonitoringVisit.Problems(today.AddDays(1), today, "Balai desa", "Asep", null, 1).ShouldHaveSingleItem().Code.ShouldBe("date.future");
        MonitoringVisit.Problems(new DateOnly(1999, 12, 31), today, "Balai desa", "Asep", null, 1).ShouldHaveSingleItem().Code.ShouldBe("visit.date.tooearly");
        MonitoringVisit.Problems(today, today, "", " ", new string('x', MonitoringVisit.MaxAdvice + 1), 0).Select(e => e.Code)
            .ShouldBe(["visit.place.required", "visit.visitors.required", "text.toolong", "visit.partners.required"], ignoreOrder: true);
    }
}
