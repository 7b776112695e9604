using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using Berdaya.Domain.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The demo's field questionnaires (docs/domain.md, Questionnaires): the yearly monitoring questionnaire in two versions, the
/// first asked of every Citra Sari member each November 2007–2009, the second (with legality and packaging) 2010–2012; a third
/// version is a draft adding digital payments. The facilitator takes the questionnaire on field visits, and has filled it
/// this year for two Mekar Sari members.
/// </summary>
internal sealed class DemoQuestionnaires(AppDbContext db, DateOnly today)
{
    public const string Title = "Monitoring lapangan tahunan";

    public async Task SeedAsync(Guid programId, string officerId, string facilitatorId, string facilitatorName, CancellationToken ct)
    {
        var q = new Questionnaire(programId, Title, "officer@demo.berdaya.id", At(new DateOnly(2007, 10, 1)));
        db.Questionnaires.Add(q);
        var v1 = Published(q, 1, First(), new DateOnly(2007, 10, 15));
        var v2 = Published(q, 2, Second(), new DateOnly(2010, 10, 1));
        var draft = QuestionnaireVersion.Draft(q, 3, Third(), null, "officer@demo.berdaya.id", At(today.AddDays(-3)));
        db.QuestionnaireVersions.Add(draft);
        db.QuestionnaireAssignments.Add(new QuestionnaireAssignment(programId, q.Id, facilitatorId, "officer@demo.berdaya.id", At(today.AddDays(-60))));
        _ = officerId;

        var groups = await db.Groups.Where(g => g.ProgramId == programId).Select(g => new { g.Id, g.Name }).ToDictionaryAsync(g => g.Name, g => g.Id, ct);
        var citra = await Members(groups["Citra Sari"], ct);
        for (var year = 2007; year <= 2012; year++)
        {
            var version = year < 2010 ? v1.Version : v2.Version;
            for (var i = 0; i < citra.Count; i++)
            {
                var visit = new DateOnly(year, 11, 5 + i);
                var growth = 1m + (0.25m * (year - 2007));
                var answers = Answers(year, i, growth, year >= 2010);
                Fill(version, citra[i].Id, groups["Citra Sari"], citra[i].Name, visit, answers, facilitatorId, facilitatorName, year < 2010 ? 1 : 2);
            }
        }

        // This year's visits to Mekar Sari so far: two members.
        var mekar = await Members(groups["Mekar Sari"], ct);
        for (var i = 0; i < Math.Min(2, mekar.Count); i++)
        {
            var visit = today.AddDays(-40 + (i * 2));
            var answers = new Dictionary<string, string>
            {
                ["produksi_kg"] = (60 + (i * 15)).ToString(CultureInfo.InvariantCulture),
                ["omzet_bulan"] = (2_900_000 + (i * 400_000)).ToString(CultureInfo.InvariantCulture),
                ["bahan_baku"] = "pasar",
                ["pembukuan"] = "yes",
                ["pembukuan_rutin"] = (3 + i).ToString(CultureInfo.InvariantCulture),
                ["pasar"] = i == 0 ? "warung pasar" : "warung",
                ["kendala"] = i == 0 ? "Harga singkong naik sesudah panen padi." : "Belum ada kemasan berlabel.",
                ["pirt"] = "no",
                ["kemasan"] = (2 + i).ToString(CultureInfo.InvariantCulture),
            };
            Fill(v2.Version, mekar[i].Id, groups["Mekar Sari"], mekar[i].Name, visit, answers, facilitatorId, facilitatorName, 2);
        }

        await db.SaveChangesAsync(ct);
    }

    private static Dictionary<string, string> Answers(int year, int i, decimal growth, bool second)
    {
        var kg = decimal.Round((70m + (8m * (i % 5))) * growth);
        var a = new Dictionary<string, string>
        {
            ["produksi_kg"] = kg.ToString(CultureInfo.InvariantCulture),
            ["omzet_bulan"] = (decimal.Round(kg * 30_000m / 1000m) * 1000m).ToString(CultureInfo.InvariantCulture),
            ["bahan_baku"] = year < 2009 ? "pasar" : "petani_lokal",
            ["pembukuan"] = year >= 2008 || i % 3 == 0 ? "yes" : "no",
            ["pasar"] = year switch
            {
                < 2009 => "warung pasar",
                < 2011 => "warung pasar toko_oleh",
                _ => "warung pasar toko_oleh kota",
            },
            ["kendala"] = year switch
            {
                2007 => "Melinjo habis sesudah panen; harga naik.",
                2008 => "Penjemuran lama saat musim hujan.",
                2009 => "Kemasan plastik polos kurang menarik.",
                2010 => "Permintaan toko oleh-oleh melebihi produksi.",
                2011 => "Perlu izin PIRT untuk masuk toko modern.",
                _ => "Modal untuk alat press kedua.",
            },
        };
        if (a["pembukuan"] == "yes")
        {
            a["pembukuan_rutin"] = Math.Min(5, 2 + (year - 2007) / 2 + (i % 2)).ToString(CultureInfo.InvariantCulture);
        }

        if (second)
        {
            a["pirt"] = year >= 2011 ? "yes" : "no";
            a["kemasan"] = Math.Min(5, year - 2007).ToString(CultureInfo.InvariantCulture);
            a["tanggal_panen"] = new DateOnly(year, 9, 20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return a;
    }

    private (QuestionnaireVersion Version, int Number) Published(Questionnaire q, int number, FormDefinition form, DateOnly on)
    {
        var v = QuestionnaireVersion.Draft(q, number, form, null, "officer@demo.berdaya.id", At(on.AddDays(-7)));
        v.Publish("officer@demo.berdaya.id", At(on));
        db.QuestionnaireVersions.Add(v);
        return (v, number);
    }

    private void Fill(QuestionnaireVersion version, Guid partnerId, Guid groupId, string name, DateOnly visit, Dictionary<string, string> answers,
        string facilitatorId, string facilitatorName, int number)
    {
        var kept = Domain.Questionnaires.Answers.Read(version.Form, answers.ToDictionary(a => a.Key, a => (string?)a.Value), visit, new HashSet<string>());
        var form = new FilledForm(Guid.CreateVersion7(), version, partnerId, visit, kept, "demo", facilitatorId, facilitatorName, At(visit));
        db.FilledForms.Add(form);
        db.Timeline.Add(new TimelineEvent(version.ProgramId, groupId, partnerId, visit, FivePApproach.Fostering, "questionnaire.filled",
            $"{name}: kuesioner {Title} (versi {number}) diisi oleh {facilitatorName}", nameof(FilledForm), form.Id, At(visit)));
    }

    private async Task<List<(Guid Id, string Name)>> Members(Guid groupId, CancellationToken ct)
    {
        var rows = await db.GroupMemberships.Where(m => m.GroupId == groupId && m.ActivePartnerId != null)
            .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName }).OrderBy(p => p.OwnerName).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.OwnerName)).ToList();
    }

    private static Question Q(string name, QuestionType type, string id, string en, bool required = false, string? relevant = null, int score = 0,
        decimal? min = null, decimal? max = null, Choice[]? choices = null, string? hintId = null, string? hintEn = null) => new()
        {
            Name = name,
            Type = type,
            LabelId = id,
            LabelEn = en,
            HintId = hintId,
            HintEn = hintEn,
            Required = required,
            Relevant = relevant,
            MaxScore = score,
            Min = min,
            Max = max,
            ListName = choices is null ? null : name,
            Choices = choices ?? [],
        };

    private static Section Business(bool withHarvest) => new()
    {
        Name = "usaha",
        LabelId = "Usaha dan produksi",
        LabelEn = "Business and production",
        Questions =
        [
            Q("produksi_kg", QuestionType.Number, "Produksi sebulan terakhir (kg)", "Production in the last month (kg)", true, min: 0, max: 100_000),
            Q("omzet_bulan", QuestionType.Rupiah, "Omset sebulan terakhir", "Turnover in the last month", true, score: 0),
            Q("bahan_baku", QuestionType.SingleChoice, "Dari mana bahan baku dibeli?", "Where are raw materials bought?", true,
                choices: [new("petani_lokal", "Petani desa", "Village farmers"), new("pasar", "Pasar Conggeang", "Conggeang market"), new("pengepul", "Pengepul", "Collectors")]),
            Q("pembukuan", QuestionType.YesNo, "Apakah usaha mencatat pembukuan?", "Does the business keep books?", true, score: 3),
            Q("pembukuan_rutin", QuestionType.Scale, "Seberapa rutin pencatatan? (1 jarang – 5 setiap hari)", "How regular is the bookkeeping? (1 rarely – 5 daily)",
                true, "${pembukuan} = 'yes'", 5),
            .. withHarvest ? [Q("tanggal_panen", QuestionType.Date, "Tanggal panen melinjo terakhir", "Date of the last melinjo harvest")] : Array.Empty<Question>(),
        ],
    };

    private static Section Markets(bool withPackaging) => new()
    {
        Name = "pemasaran",
        LabelId = "Pemasaran",
        LabelEn = "Marketing",
        Questions =
        [
            Q("pasar", QuestionType.MultipleChoice, "Ke mana produk dijual?", "Where is the product sold?", true, score: 4,
                choices:
                [
                    new("warung", "Warung desa", "Village shops"), new("pasar", "Pasar Conggeang", "Conggeang market"),
                    new("toko_oleh", "Toko oleh-oleh Sumedang", "Sumedang souvenir shops"), new("kota", "Pembeli di Bandung atau Jakarta", "Buyers in Bandung or Jakarta"),
                ]),
            .. withPackaging ? [Q("kemasan", QuestionType.Scale, "Mutu kemasan (1 polos – 5 berlabel dan rapi)", "Packaging quality (1 plain – 5 labelled and neat)", score: 5)] : Array.Empty<Question>(),
            Q("kendala", QuestionType.Text, "Kendala terbesar saat ini", "The biggest difficulty now"),
            Q("foto_produksi", QuestionType.Photo, "Foto tempat produksi", "Photo of the production place", hintId: "Ambil dari depan, dengan cahaya cukup.",
                hintEn: "From the front, in enough light."),
        ],
    };

    private static FormDefinition First() => new() { Sections = [Business(false), Markets(false)] };

    private static FormDefinition Second() => new()
    {
        Sections =
        [
            Business(true), Markets(true),
            new Section
            {
                Name = "legalitas",
                LabelId = "Legalitas",
                LabelEn = "Legality",
                Questions = [Q("pirt", QuestionType.YesNo, "Sudah punya izin PIRT?", "Does the business hold a PIRT licence?", true, score: 3)],
            },
        ],
    };

    private static FormDefinition Third()
    {
        var second = Second();
        var legal = second.Sections[2];
        return second with
        {
            Sections =
            [
                second.Sections[0], second.Sections[1],
                legal with
                {
                    Questions =
                    [
                        .. legal.Questions,
                        Q("qris", QuestionType.YesNo, "Menerima pembayaran QRIS?", "Accepts QRIS payments?", score: 2),
                    ],
                },
            ],
        };
    }

    private static DateTimeOffset At(DateOnly on) => new(on.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
}
