using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;

namespace Berdaya.Tests.Questionnaires;

/// <summary>docs/domain.md, Questionnaires (decision 0025): a draft is edited, a published version never changes, a new draft starts from any version.</summary>
public sealed class VersionTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);
    private static readonly Questionnaire Questionnaire = new(Guid.NewGuid(), "Monitoring lapangan", "officer", At);

    private static Question Q(string name, QuestionType type = QuestionType.Text, string? relevant = null) =>
        new() { Name = name, Type = type, LabelId = "Label " + name, Relevant = relevant };

    private static FormDefinition Form(params Question[] questions) =>
        new() { Sections = [new Section { Name = "usaha", LabelId = "Usaha", Questions = questions }] };

    [Fact]
    public void Publishing_freezes_the_version_every_later_change_is_a_conflict_and_its_questions_stay()
    {
        var v = QuestionnaireVersion.Draft(Questionnaire, 1, Form(Q("kendala")), null, "officer", At);
        v.Edit(Form(Q("kendala"), Q("omzet", QuestionType.Rupiah)));
        v.Publish("officer", At);
        var asked = v.Definition;

        v.State.ShouldBe(VersionState.Published);
        v.PublishedBy.ShouldBe("officer");
        var edit = Should.Throw<DomainException>(() => v.Edit(Form(Q("lain"))));
        edit.Code.ShouldBe("questionnaire.published");
        edit.Kind.ShouldBe(ErrorKind.Conflict);
        Should.Throw<DomainException>(() => v.Publish("officer", At)).Kind.ShouldBe(ErrorKind.Conflict);
        v.Definition.ShouldBe(asked);
        v.Form.Questions.Select(q => q.Name).ShouldBe(["kendala", "omzet"]);
    }

    [Fact]
    public void A_new_draft_from_an_old_version_asks_the_same_questions_and_changing_it_leaves_the_old_one_alone()
    {
        var v1 = QuestionnaireVersion.Draft(Questionnaire, 1, Form(Q("kendala"), Q("omzet", QuestionType.Rupiah)), null, "officer", At);
        v1.Publish("officer", At);

        var v2 = v1.DraftFrom(Questionnaire, 2, "officer", At);

        v2.Id.ShouldNotBe(v1.Id);
        v2.Number.ShouldBe(2);
        v2.State.ShouldBe(VersionState.Draft);
        v2.BasedOn.ShouldBe(v1.Id);
        v2.QuestionnaireId.ShouldBe(v1.QuestionnaireId);
        v2.Form.ToJson().ShouldBe(v1.Form.ToJson());

        v2.Edit(Form(Q("kendala"), Q("omzet", QuestionType.Rupiah), Q("qris", QuestionType.YesNo)));
        v2.Form.Questions.Count().ShouldBe(3);
        v1.Form.Questions.Select(q => q.Name).ShouldBe(["kendala", "omzet"]);
    }

    [Fact]
    public void An_empty_draft_is_not_published()
    {
        var v = QuestionnaireVersion.Draft(Questionnaire, 1, new FormDefinition { Sections = [new Section { Name = "a", LabelId = "A" }] }, null, "o", At);
        Should.Throw<DomainValidationException>(() => v.Publish("o", At)).Errors.Select(e => e.Code).ShouldBe(["questionnaire.empty"]);
        v.State.ShouldBe(VersionState.Draft);
    }

    [Fact]
    public void A_definition_that_does_not_hold_together_is_refused_with_every_problem_naming_its_question()
    {
        var broken = new FormDefinition
        {
            Sections =
            [
                new Section
                {
                    Name = "usaha",
                    LabelId = "Usaha",
                    Questions =
                    [
                        Q("omzet", QuestionType.Rupiah) with { Min = 10, Max = 5 },
                        Q("omzet"),
                        Q("bahan", QuestionType.SingleChoice),
                        Q("kendala") with { Min = 1 },
                        Q("rutin", relevant: "${nanti} = 'yes'"),
                        Q("nanti", QuestionType.YesNo) with { MaxScore = 11 },
                        Q("2salah") with { LabelId = " " },
                    ],
                },
            ],
        };
        var v = QuestionnaireVersion.Draft(Questionnaire, 1, Form(Q("kendala")), null, "o", At);

        var errors = Should.Throw<DomainValidationException>(() => v.Edit(broken)).Errors;

        errors.Select(e => $"{e.Code} {(e.Args.Count > 0 ? e.Args[0] : "")}").ShouldBe(
        [
            "questionnaire.range.order omzet",
            "questionnaire.name.duplicate omzet",
            "questionnaire.choices.none bahan",
            "questionnaire.range.notallowed kendala",
            "questionnaire.condition.invalid rutin",
            "questionnaire.maxscore.range nanti",
            "questionnaire.name.invalid 2salah",
            "questionnaire.label.required 2salah",
        ]);
        v.Form.Questions.Select(q => q.Name).ShouldBe(["kendala"]);
        v.Revision.ShouldBe(0);
    }

    [Theory]
    [InlineData("${buku} = 'yes'", null)]
    [InlineData("${buku}='no' and ${jumlah} >= 10 or selected(${pasar}, 'kota')", null)]
    [InlineData("${jumlah} < 2.5", null)]
    [InlineData("(${buku} = 'yes' or ${jumlah} > 3) and selected(${pasar}, 'kota')", null)]
    [InlineData("${buku} = 'mungkin'", "${buku} = mungkin")]
    [InlineData("selected(${buku}, 'yes')", "selected(${buku}, 'yes')")]
    [InlineData("${pasar} > 3", "${pasar} > 3")]
    [InlineData("${pasar} = 'toko'", "${pasar} = toko")]
    [InlineData("${nanti} = 'yes'", "${nanti}")]
    [InlineData("${buku} == 'yes'", "${buku} == 'yes'")]
    [InlineData("${buku} = 'yes' and", "${buku} = 'yes' and")]
    [InlineData("(${buku} = 'yes' or ${jumlah} > 3", "(${buku} = 'yes' or ${jumlah} > 3")]
    [InlineData("${buku} = 'yes' ${jumlah} > 3", "${jumlah} > 3")]
    [InlineData("${buku = 'yes'", "${buku = 'yes'")]
    public void A_condition_is_read_or_its_fault_is_named(string condition, string? fault)
    {
        var before = new Dictionary<string, Question>
        {
            ["buku"] = Q("buku", QuestionType.YesNo),
            ["jumlah"] = Q("jumlah", QuestionType.Number),
            ["pasar"] = Q("pasar", QuestionType.MultipleChoice) with { Choices = [new Choice("warung", "Warung"), new Choice("kota", "Kota")] },
        };

        Condition.Check(condition, before).ShouldBe(fault);
    }

    [Fact]
    public void Parentheses_are_multiplied_out_and_and_binds_before_or()
    {
        string Read(string condition) => string.Join(" | ", Condition.Parse(condition, out _)!.Select(all => string.Join(" & ", all.Select(t => $"{t.Question}{t.Op}{t.Value}"))));

        Read("(${a} = 'x' or ${b} > 3) and selected(${c}, 'k')").ShouldBe("a=x & cselectedk | b>3 & cselectedk");
        Read("${a} = 'x' or ${b} > 3 and ${c} = 'k'").ShouldBe("a=x | b>3 & c=k");
        Read("((${a} = 'x'))").ShouldBe("a=x");

        // Too many alternatives once multiplied out: refused rather than kept.
        var many = string.Join(" and ", Enumerable.Range(0, 7).Select(i => $"(${{a}} = '{i}' or ${{b}} = '{i}')"));
        Condition.Parse(many, out var problem).ShouldBeNull();
        problem.ShouldNotBeNull();
    }
}
