using System.Text.RegularExpressions;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Questionnaires;

namespace Berdaya.Tests.Evaluations;

/// <summary>
/// docs/domain.md, Evaluation (decision 0028): a score per rubric question within its range, a partner seen as a code, and a yearly
/// evaluation whose decision graduates only when every criterion is met and never changes once taken.
/// </summary>
public sealed class ScoringAndEvaluationTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);

    private static readonly FormDefinition Rubric = new()
    {
        Sections =
        [
            new Section
            {
                Name = "usaha",
                LabelId = "Usaha",
                Questions =
                [
                    new Question { Name = "buku", Type = QuestionType.YesNo, LabelId = "Pembukuan", MaxScore = 3 },
                    new Question { Name = "kemasan", Type = QuestionType.Scale, LabelId = "Kemasan", MaxScore = 5 },
                    new Question { Name = "izin", Type = QuestionType.YesNo, LabelId = "Izin PIRT", MaxScore = 2 },
                    new Question { Name = "kendala", Type = QuestionType.Text, LabelId = "Kendala" },
                ],
            },
        ],
    };

    private static readonly Dictionary<string, string> Answered = new() { ["buku"] = "yes", ["kemasan"] = "4", ["kendala"] = "Modal" };

    private static FormScore NewScore() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2026);

    [Fact]
    public void Answered_rubric_questions_are_scored_within_their_range_and_the_total_counts_only_what_was_answered()
    {
        var score = NewScore();
        score.Score(Rubric, Answered, new Dictionary<string, int?> { ["buku"] = 3, ["kemasan"] = 0 }, " Rapi ", "evaluator", At);

        (score.Total, score.MaxTotal, score.Note, score.Revision).ShouldBe((3, 8, "Rapi", 1));
        score.ScoreMap().ShouldBe(new Dictionary<string, int> { ["buku"] = 3, ["kemasan"] = 0, ["izin"] = 0 }, ignoreOrder: true);

        score.Score(Rubric, Answered, new Dictionary<string, int?> { ["buku"] = 2, ["kemasan"] = 5 }, null, "evaluator", At);
        (score.Total, score.Revision).ShouldBe((7, 2));
    }

    [Fact]
    public void A_score_outside_its_range_missing_or_for_a_question_not_answered_or_not_scored_is_refused_by_question_and_nothing_changes()
    {
        var score = NewScore();
        score.Score(Rubric, Answered, new Dictionary<string, int?> { ["buku"] = 1, ["kemasan"] = 1 }, null, "evaluator", At);

        var errors = Should.Throw<DomainValidationException>(() => score.Score(Rubric, Answered,
            new Dictionary<string, int?> { ["buku"] = 4, ["izin"] = 1, ["kendala"] = 2 }, new string('x', FormScore.MaxNote + 1), "evaluator", At)).Errors;

        errors.Select(e => (e.Code, e.Field)).ShouldBe(
        [
            ("score.unknown", "Scores.kendala"),
            ("score.range", "Scores.buku"),
            ("score.required", "Scores.kemasan"),
            ("score.unanswered", "Scores.izin"),
            ("text.toolong", "Note"),
        ]);
        errors[1].Args.ShouldBe(["Pembukuan", 3]);
        Should.Throw<DomainValidationException>(() => score.Score(Rubric, Answered, new Dictionary<string, int?> { ["buku"] = -1, ["kemasan"] = 1 }, null, "e", At))
            .Errors.Select(e => (e.Code, e.Field)).ShouldBe([("score.range", "Scores.buku")]);
        (score.Total, score.Revision).ShouldBe((2, 1));
    }

    [Fact]
    public void A_version_without_a_rubric_cannot_be_scored()
    {
        var plain = new FormDefinition { Sections = [new Section { Name = "a", LabelId = "A", Questions = [new Question { Name = "q", Type = QuestionType.Text, LabelId = "Q" }] }] };
        Should.Throw<DomainValidationException>(() => NewScore().Score(plain, new Dictionary<string, string> { ["q"] = "x" }, null, null, "e", At))
            .Errors.Select(e => e.Code).ShouldBe(["score.norubric"]);
    }

    [Fact]
    public void A_partners_code_is_the_same_every_time_under_one_key_and_another_under_another_key()
    {
        var partner = Guid.NewGuid();
        var key = new PseudonymKey(Guid.NewGuid());
        var code = key.CodeOf(partner);

        Regex.IsMatch(code, "^M-[A-Z2-9]{4}-[A-Z2-9]{4}$").ShouldBeTrue(code);
        key.CodeOf(partner).ShouldBe(code);
        PseudonymKey.Code(key.Key, partner).ShouldBe(code);
        new PseudonymKey(key.ProgramId).CodeOf(partner).ShouldNotBe(code);
        key.CodeOf(Guid.NewGuid()).ShouldNotBe(code);
    }

    private static Evaluation WithCriteria(params (Criterion Name, bool Met)[] criteria)
    {
        var evidence = new EvaluationEvidence
        {
            Year = 2026,
            AsOf = new DateOnly(2026, 12, 6),
            Criteria = criteria.Select(c => new CriterionResult(c.Name.ToString(), c.Name == Criterion.Nib ? "NIB" : "≥ 90%",
                c.Name == Criterion.Nib ? (c.Met ? "NIB" : "–") : c.Met ? "95%" : "40%", c.Met)).ToList(),
        };
        return new Evaluation(Guid.NewGuid(), 2026, EvaluationSubject.Group, Guid.NewGuid(), null, evidence.ToJson(), "officer", At);
    }

    private static readonly (Criterion, bool)[] AllMet =
        [(Criterion.OnTime, true), (Criterion.Score, true), (Criterion.TurnoverGrowth, true), (Criterion.Trainings, true), (Criterion.Nib, true)];

    [Fact]
    public void Graduating_is_refused_while_a_criterion_is_unmet_naming_each_with_what_was_required_and_found()
    {
        var e = WithCriteria((Criterion.OnTime, false), (Criterion.Score, true), (Criterion.TurnoverGrowth, true), (Criterion.Trainings, true), (Criterion.Nib, false));

        var errors = Should.Throw<DomainValidationException>(() => e.Decide(EvaluationDecision.Graduate, "Siap", "officer", new DateOnly(2026, 12, 6))).Errors;

        errors.Select(x => (x.Code, x.Field)).ShouldBe([("evaluation.graduate.unmet", "Decision"), ("evaluation.graduate.unmet", "Decision")]);
        errors[0].Args.ShouldBe([Criterion.OnTime, "≥ 90%", "40%"]);
        errors[1].Args.ShouldBe([Criterion.Nib, "NIB", "–"]);
        e.IsDecided.ShouldBeFalse();

        // Another decision is open to the office while criteria are unmet.
        e.Decide(EvaluationDecision.Extend, "Pinjaman kedua", "officer", new DateOnly(2026, 12, 6));
        e.Decision.ShouldBe(EvaluationDecision.Extend);
    }

    [Fact]
    public void Graduating_with_every_criterion_met_is_decided_with_its_reason()
    {
        var e = WithCriteria(AllMet);
        e.JudgeAsEvaluator("Layak mandiri", "evaluator", At);
        e.Decide(EvaluationDecision.Graduate, "  Semua kriteria terpenuhi ", "officer", new DateOnly(2026, 12, 6));

        (e.Decision, e.DecisionReason, e.DecidedBy, e.DecidedOn).ShouldBe((EvaluationDecision.Graduate, "Semua kriteria terpenuhi", "officer", new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void A_decision_needs_a_known_decision_and_a_bounded_reason()
    {
        var e = WithCriteria(AllMet);
        Should.Throw<DomainValidationException>(() => e.Decide(null, " ", "o", new DateOnly(2026, 12, 6))).Errors.Select(x => (x.Code, x.Field))
            .ShouldBe([("field.required", "Decision"), ("field.required", "Reason")]);
        Should.Throw<DomainValidationException>(() => e.Decide((EvaluationDecision)42, new string('x', Evaluation.MaxReason + 1), "o", new DateOnly(2026, 12, 6)))
            .Errors.Select(x => (x.Code, x.Field)).ShouldBe([("field.required", "Decision"), ("text.toolong", "Reason")]);
        e.IsDecided.ShouldBeFalse();
    }

    [Fact]
    public void A_decided_evaluation_refuses_a_new_decision_judgement_or_evidence_as_a_conflict()
    {
        var e = WithCriteria(AllMet);
        e.Decide(EvaluationDecision.Continue, "Lanjut", "officer", new DateOnly(2026, 12, 6));
        var evidence = e.Evidence;

        foreach (var change in new Action[]
                 {
                     () => e.Decide(EvaluationDecision.Stop, "Berhenti", "officer", new DateOnly(2026, 12, 7)),
                     () => e.JudgeAsEvaluator("Baru", "evaluator", At),
                     () => e.JudgeAsOfficer("Baru", "officer", At),
                     () => e.Regather("{}", "officer", At),
                 })
        {
            var refused = Should.Throw<DomainException>(change);
            (refused.Code, refused.Kind).ShouldBe(("evaluation.decided", ErrorKind.Conflict));
        }

        (e.Decision, e.DecisionReason, e.Evidence).ShouldBe((EvaluationDecision.Continue, "Lanjut", evidence));
    }

    [Theory]
    [InlineData(90, 60, 0, 1, null)]
    [InlineData(0, 100, -100, 52, null)]
    [InlineData(101, 60, 0, 1, "MinOnTimePercent")]
    [InlineData(90, -1, 0, 1, "MinScorePercent")]
    [InlineData(90, 60, 1001, 1, "MinTurnoverGrowthPercent")]
    [InlineData(90, 60, 0, 53, "MinTrainings")]
    public void Criteria_are_set_within_their_bounds(int onTime, int score, int growth, int trainings, string? refused)
    {
        var c = new EvaluationCriteria(Guid.NewGuid());
        if (refused is null)
        {
            c.Set(onTime, score, growth, trainings, false);
            (c.MinOnTimePercent, c.MinScorePercent, c.MinTurnoverGrowthPercent, c.MinTrainings, c.RequireNib).ShouldBe((onTime, score, growth, trainings, false));
        }
        else
        {
            Should.Throw<DomainValidationException>(() => c.Set(onTime, score, growth, trainings, false)).Errors.Select(x => x.Field).ShouldBe([refused]);
            (c.MinOnTimePercent, c.RequireNib).ShouldBe((EvaluationCriteria.DefaultOnTimePercent, true));
        }
    }

    [Theory]
    [InlineData(2000, true)]
    [InlineData(2026, true)]
    [InlineData(1999, false)]
    [InlineData(2027, false)]
    public void A_year_is_evaluated_from_2000_to_this_year(int year, bool allowed) =>
        (Evaluation.CheckYear(year, new DateOnly(2026, 12, 6)) is null).ShouldBe(allowed);
}
