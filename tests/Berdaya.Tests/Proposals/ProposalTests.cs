using Berdaya.Domain.Common;
using Berdaya.Domain.Proposals;

namespace Berdaya.Tests.Proposals;

public sealed class ProposalTests
{
    private static readonly DateTimeOffset Created = new(2005, 12, 14, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Submitted = Created.AddDays(6);
    private static readonly string[] Aspects = ["character", "capacity", "capital", "condition", "collateral"];
    private const decimal Cap = 10_000_000m;

    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly HashSet<Guid> Group = [A, B];

    private static Proposal Draft(params (Guid, decimal, string)[] requests)
    {
        var p = new Proposal(Guid.NewGuid(), Guid.NewGuid(), "Modal bahan baku", "facilitator", Created);
        p.SetRequests(p.BusinessPlan, requests.Length == 0 ? [(A, 3_000_000m, "Melinjo"), (B, 4_000_000m, "Kemasan")] : requests, Group);
        return p;
    }

    private static Proposal SubmittedProposal()
    {
        var p = Draft();
        p.Submit("secretary", Submitted);
        return p;
    }

    private static Dictionary<string, int> Scores(int score = 4) => Aspects.ToDictionary(a => a, _ => score);

    private static void Survey(Proposal p, Guid partner, decimal recommended) =>
        p.RecordSurvey(partner, new DateOnly(2006, 1, 9), "officer", Scores(), Aspects, "Wawancara", recommended, "officer", Submitted.AddDays(20));

    [Fact]
    public void A_proposal_goes_from_draft_to_submitted_to_under_survey_to_decided_recording_each_change()
    {
        var p = Draft();
        p.Status.ShouldBe(ProposalStatus.Draft);
        p.RequestedTotal.ShouldBe(7_000_000m);
        p.Submit("secretary", Submitted);
        p.Status.ShouldBe(ProposalStatus.Submitted);
        Survey(p, A, 3_000_000m);
        p.Status.ShouldBe(ProposalStatus.UnderSurvey);
        Survey(p, B, 2_000_000m);
        p.Status.ShouldBe(ProposalStatus.UnderSurvey);
        p.Decide(A, true, 3_000_000m, null, Cap, "officer", Submitted.AddDays(30));
        p.Status.ShouldBe(ProposalStatus.UnderSurvey);
        p.Decide(B, false, null, "Usaha belum berjalan", Cap, "officer", Submitted.AddDays(30));

        p.Status.ShouldBe(ProposalStatus.Decided);
        p.DecidedAt.ShouldBe(Submitted.AddDays(30));
        p.ApprovedItems.ShouldHaveSingleItem().ApprovedAmount.ShouldBe(3_000_000m);
        p.History.Select(h => (h.From, h.To)).ShouldBe([
            (null, ProposalStatus.Draft),
            (ProposalStatus.Draft, ProposalStatus.Submitted),
            (ProposalStatus.Submitted, ProposalStatus.UnderSurvey),
            (ProposalStatus.UnderSurvey, ProposalStatus.Decided),
        ]);
        p.History.Select(h => h.ChangedBy).ShouldBe(["facilitator", "secretary", "officer", "officer"]);
    }

    [Fact]
    public void Submitting_with_no_members_is_refused()
    {
        var p = new Proposal(Guid.NewGuid(), Guid.NewGuid(), null, "facilitator", Created);
        Should.Throw<DomainException>(() => p.Submit("secretary", Submitted)).Code.ShouldBe("proposal.items.required");
        p.Status.ShouldBe(ProposalStatus.Draft);
    }

    [Theory]
    [InlineData(0, "money.positive")]
    [InlineData(-1, "money.positive")]
    [InlineData(1500.5, "money.whole")]
    public void Zero_negative_and_fractional_amounts_are_refused_naming_the_row(decimal amount, string code)
    {
        var p = new Proposal(Guid.NewGuid(), Guid.NewGuid(), null, "facilitator", Created);
        var error = Should.Throw<DomainValidationException>(() => p.SetRequests(null, [(A, 1_000_000m, "Melinjo"), (B, amount, "Kemasan")], Group));
        error.Errors.ShouldHaveSingleItem().Field.ShouldBe("Items[1].Amount");
        error.Errors[0].Code.ShouldBe(code);
        p.Items.ShouldBeEmpty();
    }

    [Fact]
    public void A_partner_outside_the_group_is_refused()
    {
        var p = new Proposal(Guid.NewGuid(), Guid.NewGuid(), null, "facilitator", Created);
        Should.Throw<DomainValidationException>(() => p.SetRequests(null, [(Guid.NewGuid(), 1_000_000m, "Melinjo")], Group))
            .Errors.ShouldHaveSingleItem().Field.ShouldBe("Items[0].PartnerId");
    }

    [Fact]
    public void A_submitted_proposal_cannot_be_edited_or_submitted_again()
    {
        var p = SubmittedProposal();
        Should.Throw<DomainException>(() => p.SetRequests(null, [(A, 1m, "x")], Group)).Kind.ShouldBe(ErrorKind.Conflict);
        Should.Throw<DomainException>(() => p.Submit("secretary", Submitted)).Kind.ShouldBe(ErrorKind.Conflict);
        p.Items.Count.ShouldBe(2);
    }

    [Fact]
    public void The_officer_returns_a_submitted_proposal_to_draft_only_with_a_reason()
    {
        var p = SubmittedProposal();
        Should.Throw<DomainException>(() => p.ReturnToDraft("officer", Submitted.AddDays(1), " ")).Code.ShouldBe("reason.required");
        p.ReturnToDraft("officer", Submitted.AddDays(1), "Lengkapi rencana usaha");
        p.Status.ShouldBe(ProposalStatus.Draft);
        p.History[^1].Note.ShouldBe("Lengkapi rencana usaha");
        Should.Throw<DomainException>(() => p.ReturnToDraft("officer", Submitted.AddDays(2), "lagi")).Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public void A_draft_cannot_be_surveyed()
    {
        var p = Draft();
        Should.Throw<DomainException>(() => Survey(p, A, 1m)).Code.ShouldBe("proposal.status");
    }

    [Fact]
    public void Deciding_before_every_member_is_surveyed_says_how_many_are_left()
    {
        var p = SubmittedProposal();
        var none = Should.Throw<DomainException>(() => p.Decide(A, true, 1m, null, Cap, "officer", Submitted));
        none.Code.ShouldBe("proposal.decide.unsurveyed");
        none.Args.ShouldBe([2]);
        Survey(p, A, 3_000_000m);
        Should.Throw<DomainException>(() => p.Decide(A, true, 1m, null, Cap, "officer", Submitted)).Args.ShouldBe([1]);
        p.Items.ShouldAllBe(i => i.Decision == null);
    }

    [Fact]
    public void An_approval_above_the_recommendation_or_the_cap_is_refused()
    {
        var p = SubmittedProposal();
        Survey(p, A, 3_000_000m);
        Survey(p, B, 12_000_000m);
        Should.Throw<DomainException>(() => p.Decide(A, true, 3_000_001m, null, Cap, "officer", Submitted)).Code.ShouldBe("decision.above.recommendation");
        Should.Throw<DomainException>(() => p.Decide(B, true, 11_000_000m, null, Cap, "officer", Submitted)).Code.ShouldBe("decision.above.cap");
        Should.Throw<DomainException>(() => p.Decide(B, false, null, null, Cap, "officer", Submitted)).Code.ShouldBe("decision.reason.required");
        p.Decide(B, true, Cap, null, Cap, "officer", Submitted);
        Should.Throw<DomainException>(() => p.Decide(B, true, 1m, null, Cap, "officer", Submitted)).Code.ShouldBe("proposal.item.decided");
        p.Items.Single(i => i.PartnerId == A).Decision.ShouldBeNull();
    }

    [Fact]
    public void A_survey_score_outside_one_to_five_or_a_missing_aspect_is_refused()
    {
        var p = SubmittedProposal();
        var scores = Scores();
        scores["character"] = 6;
        scores.Remove("collateral");
        var error = Should.Throw<DomainValidationException>(() =>
            p.RecordSurvey(A, new DateOnly(2006, 1, 9), "officer", scores, Aspects, null, 1m, "officer", Submitted));
        error.Errors.Select(e => e.Field).ShouldBe(["Scores[character]", "Scores[collateral]"], ignoreOrder: true);
        p.Status.ShouldBe(ProposalStatus.Submitted);
    }
}
