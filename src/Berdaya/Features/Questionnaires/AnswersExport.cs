using System.Globalization;
using Berdaya.Domain.Questionnaires;
using Berdaya.Web;
using Berdaya.Web.Localization;
using MiniExcelLibs;

namespace Berdaya.Features.Questionnaires;

/// <summary>
/// A version's answers as a workbook (docs/domain.md, Questionnaires): a row per filled form with the visit, the partner and who
/// filled it, then a column per question headed by its label, choices shown by their labels.
/// </summary>
[FeatureService]
public sealed class AnswersExport(Texts texts)
{
    public async Task<byte[]> WorkbookAsync(VersionView v, IReadOnlyList<FilledLine> lines, CultureInfo culture, CancellationToken ct)
    {
        string T(string key) => texts.Get(key, culture);
        var english = culture.TwoLetterISOLanguageName == "en";
        var questions = v.Form.Questions.ToList();
        var headers = questions.Select(q => $"{(english ? q.LabelEn ?? q.LabelId : q.LabelId)} ({q.Name})").ToList();
        var rows = lines.Select(l =>
        {
            var row = new Dictionary<string, object?>
            {
                [T("questionnaire.export.visit")] = l.VisitDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                [T("questionnaire.export.partner")] = l.PartnerName,
                [T("questionnaire.export.business")] = l.BusinessName,
                [T("questionnaire.export.by")] = l.FilledBy,
            };
            for (var i = 0; i < questions.Count; i++)
            {
                row[headers[i]] = l.Answers.TryGetValue(questions[i].Name, out var a) ? Shown(questions[i], a, english) : null;
            }

            return row;
        }).ToList();
        if (rows.Count == 0)
        {
            var empty = new Dictionary<string, object?>
            {
                [T("questionnaire.export.visit")] = null,
                [T("questionnaire.export.partner")] = null,
                [T("questionnaire.export.business")] = null,
                [T("questionnaire.export.by")] = null,
            };
            foreach (var h in headers)
            {
                empty[h] = null;
            }

            rows.Add(empty);
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { [$"v{v.Number}"] = rows }, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>An answer as a reader wants it: choices by their labels, yes or no in words, numbers as numbers.</summary>
    public static object Shown(Question q, string answer, bool english)
    {
        string Label(string name) => q.Choices.FirstOrDefault(c => c.Name == name) is { } c ? (english ? c.LabelEn ?? c.LabelId : c.LabelId) : name;
        return q.Type switch
        {
            QuestionType.SingleChoice => Label(answer),
            QuestionType.MultipleChoice => string.Join(", ", answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Label)),
            QuestionType.YesNo => answer == "yes" ? (english ? "Yes" : "Ya") : (english ? "No" : "Tidak"),
            QuestionType.Number or QuestionType.Rupiah or QuestionType.Scale when decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n,
            _ => answer,
        };
    }
}
