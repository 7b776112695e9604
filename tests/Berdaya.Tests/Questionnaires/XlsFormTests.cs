using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using Berdaya.Features.Questionnaires;

namespace Berdaya.Tests.Questionnaires;

/// <summary>
/// XLSForm as ODK and KoboToolbox write it (decision 0025): sheets and headers in any letter case, groups in either spelling, labels in
/// several languages, metadata rows and unknown columns passed over, ranges from constraints; a row the app cannot ask is refused by
/// its sheet, row and type; a version exported and read again asks the same questions.
/// </summary>
public sealed class XlsFormTests
{
    private static MemoryStream Workbook(params (string Sheet, string[][] Rows)[] sheets) => XlsFormBuilder.Workbook(sheets);

    [Fact]
    public void A_KoboToolbox_form_imports_as_is()
    {
        var read = XlsForm.Read(XlsFormBuilder.KoboMonitoring(), "monitoring.xlsx");

        read.Title.ShouldBe("Monitoring lapangan");
        var form = read.Form;
        form.Sections.Select(s => (s.Name, s.LabelId, s.LabelEn)).ShouldBe(
            [("usaha", "Usaha dan produksi", "Business and production"), ("pemasaran", "Pemasaran", "Marketing")]);
        form.Questions.Select(q => (q.Name, q.Type)).ShouldBe(
        [
            ("jumlah", QuestionType.Number), ("omzet", QuestionType.Rupiah), ("bahan", QuestionType.SingleChoice), ("buku", QuestionType.YesNo),
            ("rutin", QuestionType.Scale), ("pasar", QuestionType.MultipleChoice), ("panen", QuestionType.Date), ("kendala", QuestionType.Text),
            ("foto", QuestionType.Photo),
        ]);

        var jumlah = form.Find("jumlah")!;
        (jumlah.LabelId, jumlah.LabelEn, jumlah.HintId, jumlah.Required, jumlah.Min, jumlah.Max)
            .ShouldBe(("Produksi sebulan (kg)", "Production a month (kg)", "Timbang hasil kering", true, 0m, 500m));
        form.Find("omzet")!.Required.ShouldBeTrue();
        form.Find("bahan")!.Required.ShouldBeFalse();
        form.Find("bahan")!.Choices.ShouldBe([new Choice("petani", "Petani desa", "Village farmers"), new Choice("pasar", "Pasar Conggeang", "Conggeang market")]);
        form.Find("buku")!.MaxScore.ShouldBe(3);
        var rutin = form.Find("rutin")!;
        (rutin.Relevant, rutin.Required, rutin.MaxScore).ShouldBe(("${buku} = 'yes'", true, 5));
        form.Find("pasar")!.Choices.Select(c => c.Name).ShouldBe(["warung", "kota"]);
        form.Problems().ShouldBeEmpty();
    }

    [Fact]
    public void The_older_spelling_label_english_list_name_and_the_file_name_as_title_are_read()
    {
        var read = XlsForm.Read(Workbook(
            ("survey",
            [
                ["type", "name", "label", "label:english", "hint", "hint:English", "required"],
                ["begin_group", "dasar", "Data dasar", "Basics"],
                ["select_one ya_tidak", "izin", "Punya izin PIRT?", "Holds a PIRT licence?", "Lihat dinding dapur", "Look at the kitchen wall", "TRUE()"],
                ["decimal", "luas", "Luas tempat (m2)", "Floor area (m2)"],
                ["end_group"],
                ["text", "catatan", "Catatan", "Notes"],
            ]),
            ("choices",
            [
                ["list_name", "name", "label", "label:english"],
                ["ya_tidak", "yes", "Ya", "Yes"],
                ["ya_tidak", "no", "Tidak", "No"],
            ])), "kuesioner-lama.xlsx");

        read.Title.ShouldBe("kuesioner-lama");
        var izin = read.Form.Find("izin")!;
        (izin.Type, izin.LabelId, izin.LabelEn, izin.HintId, izin.HintEn, izin.Required)
            .ShouldBe((QuestionType.YesNo, "Punya izin PIRT?", "Holds a PIRT licence?", "Lihat dinding dapur", "Look at the kitchen wall", true));
        read.Form.Find("luas")!.LabelEn.ShouldBe("Floor area (m2)");

        // A question outside any group gets a section of its own.
        read.Form.Sections.Select(s => s.Name).ShouldBe(["dasar", "bagian_2"]);
        read.Form.Sections[1].Questions.Select(q => q.Name).ShouldBe(["catatan"]);
    }

    [Fact]
    public void A_choice_list_named_in_mixed_case_is_found()
    {
        var read = XlsForm.Read(Workbook(
            ("survey", [["type", "name", "label"], ["select_one Pasar_Desa", "pasar", "Pasar"], ["select_multiple Pasar_Desa", "pasar_lain", "Pasar lain"]]),
            ("choices", [["list_name", "name", "label"], ["Pasar_Desa", "warung", "Warung"], ["Pasar_Desa", "kota", "Kota"]])), "x.xlsx");

        read.Form.Find("pasar")!.Choices.Select(c => c.Name).ShouldBe(["warung", "kota"]);
        read.Form.Find("pasar_lain")!.Type.ShouldBe(QuestionType.MultipleChoice);
    }

    [Theory]
    [InlineData("integer", ". >= 10 and . <= 20", "10", "20")]
    [InlineData("integer", ". > 0 and . < 100", "1", "99")]
    [InlineData("integer", ".<=100", null, "100")]
    [InlineData("decimal", ". >= 0.5 and . <= 2.5", "0.5", "2.5")]
    public void A_constraint_that_is_a_range_becomes_the_questions_range(string type, string constraint, string? min, string? max)
    {
        var q = XlsForm.Read(Workbook(("survey", [["type", "name", "label", "constraint"], [type, "jumlah", "Jumlah", constraint]])), "x.xlsx").Form.Find("jumlah")!;

        q.Type.ShouldBe(QuestionType.Number);
        q.Min.ShouldBe(min is null ? null : decimal.Parse(min, System.Globalization.CultureInfo.InvariantCulture));
        q.Max.ShouldBe(max is null ? null : decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Rows_the_app_cannot_ask_are_refused_each_by_sheet_row_and_what_was_found()
    {
        var errors = Should.Throw<DomainValidationException>(() => XlsForm.Read(Workbook(
            ("Survey",
            [
                ["type", "name", "label", "relevant", "constraint"],
                ["text", "nama_usaha", "Nama usaha"],
                ["geopoint", "lokasi", "Lokasi"],
                ["text", "nama_usaha", "Nama usaha lagi"],
                ["integer", "umur", "Umur usaha", "${nama_usaha} ="],
                ["integer", "luas", "Luas", "", "regex(., '^[0-9]+$')"],
                ["select_one tidak_ada", "jenis", "Jenis"],
                ["integer", "anak", "Anak", "${nanti} > 2"],
                ["integer", "nanti", "Nanti"],
                ["note", "catatan", "Terima kasih"],
            ])), "x.xlsx")).Errors;

        errors.Select(e => (e.Code, e.Field, string.Join('|', e.Args))).ShouldBe(
        [
            ("xlsform.type.unknown", "file", "Survey|3|geopoint"),
            ("xlsform.name.duplicate", "file", "Survey|4|nama_usaha"),
            ("xlsform.condition", "file", "Survey|5|${nama_usaha} ="),
            ("xlsform.constraint", "file", "Survey|6|regex(., '^[0-9]+$')"),
            ("xlsform.list.missing", "file", "Survey|7|tidak_ada"),
            ("xlsform.condition", "file", "Survey|8|${nanti} > 2"),
            ("xlsform.type.unknown", "file", "Survey|10|note"),
        ]);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_or_has_no_survey_is_refused()
    {
        Should.Throw<DomainException>(() => XlsForm.Read(new MemoryStream("type,name,label\ntext,a,A"u8.ToArray()), "form.csv")).Code.ShouldBe("xlsform.unreadable");
        var missing = Should.Throw<DomainException>(() => XlsForm.Read(Workbook(("Sheet1", [["type", "name"], ["text", "a"]])), "x.xlsx"));
        (missing.Code, missing.Field).ShouldBe(("xlsform.sheet.missing", "file"));
        Should.Throw<DomainException>(() => XlsForm.Read(Workbook(("survey", [["type", "name", "label"], ["start", "start"]])), "x.xlsx"))
            .Code.ShouldBe("xlsform.empty");
    }

    /// <summary>A version with every question type, both languages, conditions, ranges and a rubric.</summary>
    private static FormDefinition EveryType() => new()
    {
        Sections =
        [
            new Section
            {
                Name = "usaha",
                LabelId = "Usaha",
                LabelEn = "Business",
                Questions =
                [
                    new Question { Name = "jumlah", Type = QuestionType.Number, LabelId = "Produksi (kg)", LabelEn = "Production (kg)", Required = true, Min = 0, Max = 100_000, HintId = "Hasil kering", HintEn = "Dry yield" },
                    new Question { Name = "berat", Type = QuestionType.Number, LabelId = "Berat rata-rata", Min = 0.5m, Max = 2.5m },
                    new Question { Name = "omzet", Type = QuestionType.Rupiah, LabelId = "Omset", LabelEn = "Turnover", Required = true, Max = 5_000_000_000m },
                    new Question
                    {
                        Name = "bahan", Type = QuestionType.SingleChoice, LabelId = "Bahan baku", LabelEn = "Raw materials", ListName = "sumber",
                        Choices = [new Choice("petani", "Petani", "Farmers"), new Choice("pasar", "Pasar", "Market")],
                    },
                    new Question { Name = "buku", Type = QuestionType.YesNo, LabelId = "Pembukuan?", LabelEn = "Books?", Required = true, MaxScore = 3 },
                    new Question { Name = "rutin", Type = QuestionType.Scale, LabelId = "Rutin?", Required = true, Relevant = "${buku} = 'yes'", MaxScore = 5 },
                ],
            },
            new Section
            {
                Name = "pemasaran",
                LabelId = "Pemasaran",
                LabelEn = "Marketing",
                Questions =
                [
                    new Question
                    {
                        Name = "pasar", Type = QuestionType.MultipleChoice, LabelId = "Dijual ke", LabelEn = "Sold to", ListName = "tempat", MaxScore = 4,
                        Choices = [new Choice("warung", "Warung", "Shops"), new Choice("kota", "Kota", "Town")],
                    },
                    new Question { Name = "pembeli_kota", Type = QuestionType.Number, LabelId = "Pembeli di kota", Relevant = "selected(${pasar}, 'kota') and ${rutin} >= 3" },
                    new Question { Name = "izin", Type = QuestionType.YesNo, LabelId = "Izin PIRT?", MaxScore = 2 },
                    new Question { Name = "panen", Type = QuestionType.Date, LabelId = "Panen terakhir" },
                    new Question { Name = "kendala", Type = QuestionType.Text, LabelId = "Kendala", HintId = "Satu kalimat" },
                    new Question { Name = "foto", Type = QuestionType.Photo, LabelId = "Foto", MaxScore = 1 },
                ],
            },
        ],
    };

    [Fact]
    public async Task A_version_exported_and_imported_again_asks_the_same_questions()
    {
        var form = EveryType();
        form.Problems().ShouldBeEmpty();
        using var file = new MemoryStream();
        await XlsForm.WriteAsync(file, "Monitoring tahunan", "berdaya_abc", 3, form, TestContext.Current.CancellationToken);
        file.Position = 0;

        var read = XlsForm.Read(file, "berdaya_abc-v3.xlsx");

        read.Title.ShouldBe("Monitoring tahunan");
        read.Form.ToJson().ShouldBe(form.ToJson());
    }
}
