using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;

namespace Berdaya.Tests.Questionnaires;

/// <summary>docs/domain.md, Questionnaires (decision 0025): each answer read against the question asked, every problem at once.</summary>
public sealed class AnswersTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static Question Q(string name, QuestionType type, bool required = false, string? relevant = null, decimal? min = null, decimal? max = null,
        params string[] choices) => new()
        {
            Name = name,
            Type = type,
            LabelId = "Label " + name,
            Required = required,
            Relevant = relevant,
            Min = min,
            Max = max,
            ListName = choices.Length > 0 ? name : null,
            Choices = choices.Select(c => new Choice(c, "Pilihan " + c)).ToList(),
        };

    /// <summary>One question of every type, none required, plus the kept photo's name.</summary>
    private static readonly FormDefinition Form = new()
    {
        Sections =
        [
            new Section
            {
                Name = "usaha",
                LabelId = "Usaha",
                Questions =
                [
                    Q("jumlah", QuestionType.Number, min: 0, max: 100),
                    Q("omzet", QuestionType.Rupiah),
                    Q("bahan", QuestionType.SingleChoice, choices: ["petani", "pasar"]),
                    Q("pasar", QuestionType.MultipleChoice, choices: ["warung", "pasar", "kota"]),
                    Q("rutin", QuestionType.Scale),
                    Q("buku", QuestionType.YesNo),
                    Q("panen", QuestionType.Date),
                    Q("kendala", QuestionType.Text),
                    Q("foto", QuestionType.Photo),
                ],
            },
        ],
    };

    private static IReadOnlyDictionary<string, string> Read(FormDefinition form, Dictionary<string, string?> raw, params string[] photos) =>
        Answers.Read(form, raw, Today, photos.ToHashSet(StringComparer.Ordinal));

    private static List<(string Code, string? Field)> Refused(FormDefinition form, Dictionary<string, string?> raw, params string[] photos) =>
        Should.Throw<DomainValidationException>(() => Read(form, raw, photos)).Errors.Select(e => (e.Code, e.Field)).ToList();

    [Fact]
    public void Answers_that_fit_are_kept_in_one_spelling_each()
    {
        var kept = Read(Form, new()
        {
            ["jumlah"] = " 12.50 ",
            ["omzet"] = "1500000",
            ["bahan"] = "pasar",
            ["pasar"] = "kota  warung",
            ["rutin"] = "4",
            ["buku"] = "Ya",
            ["panen"] = "2026-09-20",
            ["kendala"] = "Melinjo habis sesudah panen",
            ["foto"] = "foto.jpg",
        }, "foto.jpg");

        kept.ShouldBe(new Dictionary<string, string>
        {
            ["jumlah"] = "12.5",
            ["omzet"] = "1500000",
            ["bahan"] = "pasar",
            ["pasar"] = "warung kota",
            ["rutin"] = "4",
            ["buku"] = "yes",
            ["panen"] = "2026-09-20",
            ["kendala"] = "Melinjo habis sesudah panen",
            ["foto"] = "foto.jpg",
        }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("jumlah", "12,5", "answer.number")]
    [InlineData("jumlah", "dua belas", "answer.number")]
    [InlineData("jumlah", "100.01", "answer.range")]
    [InlineData("jumlah", "-1", "answer.range")]
    [InlineData("omzet", "1500000.5", "answer.rupiah")]
    [InlineData("omzet", "1.500.000", "answer.rupiah")]
    [InlineData("omzet", "Rp 1500000", "answer.rupiah")]
    [InlineData("omzet", "-1", "answer.range")]
    [InlineData("omzet", "1000000000001", "answer.range")]
    [InlineData("bahan", "pengepul", "answer.choice")]
    [InlineData("bahan", "Pasar", "answer.choice")]
    [InlineData("pasar", "warung toko", "answer.choice")]
    [InlineData("pasar", "warung warung", "answer.choice")]
    [InlineData("rutin", "0", "answer.range")]
    [InlineData("rutin", "6", "answer.range")]
    [InlineData("rutin", "2.5", "answer.scale")]
    [InlineData("buku", "mungkin", "answer.yesno")]
    [InlineData("panen", "20-09-2026", "answer.date")]
    [InlineData("panen", "2026-02-30", "answer.date")]
    [InlineData("panen", "2026-12-08", "answer.date")]
    [InlineData("panen", "1899-12-31", "answer.date")]
    [InlineData("foto", "lain.jpg", "answer.photo")]
    public void An_answer_that_does_not_fit_its_question_is_refused_naming_the_question(string question, string answer, string code)
    {
        Refused(Form, new() { [question] = answer }, "foto.jpg").ShouldBe([(code, "Answers." + question)]);
    }

    [Fact]
    public void The_edges_of_each_range_are_kept()
    {
        Read(Form, new() { ["jumlah"] = "100", ["omzet"] = "0", ["rutin"] = "1", ["panen"] = "2026-12-07" }).Count.ShouldBe(4);
        Read(Form, new() { ["jumlah"] = "0", ["omzet"] = "1000000000000", ["rutin"] = "5", ["panen"] = "1900-01-01" }).Count.ShouldBe(4);
    }

    [Fact]
    public void A_text_answer_is_kept_up_to_its_limit_and_refused_beyond()
    {
        Read(Form, new() { ["kendala"] = new string('a', Answers.MaxText) })["kendala"].Length.ShouldBe(Answers.MaxText);
        Refused(Form, new() { ["kendala"] = new string('a', Answers.MaxText + 1) }).ShouldBe([("answer.text.long", "Answers.kendala")]);
    }

    [Fact]
    public void Every_problem_is_named_at_once_with_an_answer_to_a_question_not_asked()
    {
        var errors = Refused(Form, new()
        {
            ["jumlah"] = "banyak",
            ["bahan"] = "lain",
            ["buku"] = "?",
            ["tidak_ada"] = "x",
        });

        errors.ShouldBe(
        [
            ("answer.unknown", "Answers.tidak_ada"),
            ("answer.number", "Answers.jumlah"),
            ("answer.choice", "Answers.bahan"),
            ("answer.yesno", "Answers.buku"),
        ]);
    }

    private static readonly FormDefinition Conditional = new()
    {
        Sections =
        [
            new Section
            {
                Name = "buku",
                LabelId = "Pembukuan",
                Questions =
                [
                    Q("pembukuan", QuestionType.YesNo, required: true),
                    Q("rutin", QuestionType.Scale, required: true, relevant: "${pembukuan} = 'yes'"),
                    Q("pasar", QuestionType.MultipleChoice, required: true, choices: ["warung", "kota"]),
                    Q("pembeli_kota", QuestionType.Number, required: true, relevant: "selected(${pasar}, 'kota') and ${pembukuan} = 'yes'"),
                    Q("alasan", QuestionType.Text, required: true, relevant: "${pembukuan} = 'no' or ${rutin} < 3"),
                ],
            },
        ],
    };

    [Fact]
    public void A_required_answer_missing_is_refused_by_its_question()
    {
        Refused(Conditional, new() { ["pembukuan"] = "yes", ["rutin"] = "4", ["pasar"] = " " })
            .ShouldBe([("answer.required", "Answers.pasar")]);
    }

    [Fact]
    public void A_question_hidden_by_its_condition_is_not_required_and_keeps_no_answer()
    {
        // No books: the regularity and the buyers in town are not asked, the reason is.
        var kept = Read(Conditional, new() { ["pembukuan"] = "tidak", ["rutin"] = "9", ["pasar"] = "kota", ["pembeli_kota"] = "x", ["alasan"] = "Belum sempat" });

        kept.Keys.ShouldBe(["pembukuan", "pasar", "alasan"]);
        kept["pembukuan"].ShouldBe("no");
    }

    [Fact]
    public void A_question_shown_by_its_condition_is_required_there()
    {
        Refused(Conditional, new() { ["pembukuan"] = "yes", ["pasar"] = "warung kota" }).ShouldBe(
        [
            ("answer.required", "Answers.rutin"),
            ("answer.required", "Answers.pembeli_kota"),
        ]);

        // Regular books and buyers only in the village: neither the town's buyers nor a reason is asked.
        Read(Conditional, new() { ["pembukuan"] = "yes", ["rutin"] = "4", ["pasar"] = "warung" }).Keys.ShouldBe(["pembukuan", "rutin", "pasar"]);

        // Irregular books: the reason is asked ("and" and "or" as XLSForm reads them).
        Refused(Conditional, new() { ["pembukuan"] = "yes", ["rutin"] = "2", ["pasar"] = "warung" }).ShouldBe([("answer.required", "Answers.alasan")]);
    }

    [Fact]
    public void A_condition_with_parentheses_shows_the_question_as_XLSForm_reads_it()
    {
        var form = Conditional with
        {
            Sections =
            [
                Conditional.Sections[0] with
                {
                    Questions =
                    [
                        .. Conditional.Sections[0].Questions.Take(4),
                        Q("alasan", QuestionType.Text, required: true, relevant: "(${pembukuan} = 'no' or ${rutin} < 3) and selected(${pasar}, 'kota')"),
                    ],
                },
            ],
        };

        Refused(form, new() { ["pembukuan"] = "no", ["pasar"] = "kota" }).ShouldBe([("answer.required", "Answers.alasan")]);
        Read(form, new() { ["pembukuan"] = "no", ["pasar"] = "warung", ["alasan"] = "x" }).Keys.ShouldBe(["pembukuan", "pasar"]);
        Read(form, new() { ["pembukuan"] = "yes", ["rutin"] = "4", ["pasar"] = "kota", ["pembeli_kota"] = "12" }).Keys
            .ShouldBe(["pembukuan", "rutin", "pasar", "pembeli_kota"]);
    }
}
