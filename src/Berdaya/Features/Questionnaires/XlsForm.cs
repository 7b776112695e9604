using System.Globalization;
using Berdaya.Domain.Common;
using Berdaya.Domain.Questionnaires;
using MiniExcelLibs;

namespace Berdaya.Features.Questionnaires;

/// <summary>A questionnaire read from an XLSForm: its title and what it asks.</summary>
public sealed record ImportedForm(string Title, FormDefinition Form);

/// <summary>
/// XLSForm, the spreadsheet form format of ODK and KoboToolbox (decision 0025), for the question types the app asks: the
/// <c>survey</c>, <c>choices</c> and <c>settings</c> sheets in any letter case, groups as sections, labels and hints in
/// Bahasa Indonesia and English, <c>required</c>, <c>relevant</c>, and <c>constraint</c> where it is a range. Metadata rows
/// (start, end, today, deviceid…) and columns the app does not use are passed over; anything else it cannot ask is refused,
/// naming the sheet, the row and what was found.
/// </summary>
public static class XlsForm
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const string File = "file";

    private static readonly HashSet<string> Metadata = new(StringComparer.OrdinalIgnoreCase)
    {
        "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email", "audit", "start-geopoint",
    };

    private const string YesNoList = "yes_no";
    private const string Indonesian = "Indonesian (id)";
    private const string English = "English (en)";

    // ---- import ----

    public static ImportedForm Read(Stream stream, string? fileName)
    {
        var errors = new List<DomainException>();
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(stream);
        }
#pragma warning disable CA1031 // a file that is not a spreadsheet, whatever the reader throws, is the user's mistake (400)
        catch (Exception)
#pragma warning restore CA1031
        {
            throw new DomainException("xlsform.unreadable", File);
        }

        var surveySheet = sheets.FirstOrDefault(s => s.Trim().Equals("survey", StringComparison.OrdinalIgnoreCase))
                          ?? throw new DomainException("xlsform.sheet.missing", File, ErrorKind.Validation, "survey");
        var choicesSheet = sheets.FirstOrDefault(s => s.Trim().Equals("choices", StringComparison.OrdinalIgnoreCase));
        var settingsSheet = sheets.FirstOrDefault(s => s.Trim().Equals("settings", StringComparison.OrdinalIgnoreCase));

        var settings = settingsSheet is null ? null : Rows(stream, settingsSheet).FirstOrDefault();
        var defaultLanguage = settings?.Cell("default_language") is { Length: > 0 } dl ? Language(dl) ?? "id" : "id";
        var title = settings?.Cell("form_title") is { Length: > 0 } t ? t : Path.GetFileNameWithoutExtension(fileName ?? "").Trim();
        if (title.Length == 0)
        {
            title = "Kuesioner";
        }

        var lists = new Dictionary<string, List<Choice>>(StringComparer.Ordinal);
        if (choicesSheet is not null)
        {
            foreach (var row in Rows(stream, choicesSheet))
            {
                var list = row.Cell("list_name");
                var name = row.Cell("name");
                if (list.Length == 0 && name.Length == 0)
                {
                    continue;
                }

                if (list.Length == 0 || name.Length == 0 || name.Any(char.IsWhiteSpace) || name.Length > FormDefinition.MaxName)
                {
                    errors.Add(RowError("xlsform.choice.invalid", choicesSheet, row.Number, name.Length == 0 ? list : name));
                    continue;
                }

                var (labelId, labelEn) = row.Texts("label", defaultLanguage);
                if (!lists.TryGetValue(list, out var choices))
                {
                    lists[list] = choices = [];
                }

                if (choices.Any(c => c.Name == name))
                {
                    errors.Add(RowError("xlsform.name.duplicate", choicesSheet, row.Number, name));
                    continue;
                }

                choices.Add(new Choice(name, labelId ?? name, labelEn));
            }
        }

        var sections = new List<Section>();
        List<Question>? open = null;
        Section? openSection = null;
        var loose = new List<Question>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var before = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var row in Rows(stream, surveySheet))
        {
            var type = string.Join(' ', row.Cell("type").Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            var name = row.Cell("name");
            if (type.Length == 0)
            {
                continue;
            }

            if (Metadata.Contains(type))
            {
                continue;
            }

            if (type is "begin_group" or "begin group")
            {
                if (open is not null)
                {
                    errors.Add(RowError("xlsform.group.nested", surveySheet, row.Number, name));
                    continue;
                }

                if (!FormDefinition.IsName(name) || !names.Add(name))
                {
                    errors.Add(RowError(FormDefinition.IsName(name) ? "xlsform.name.duplicate" : "xlsform.name.invalid", surveySheet, row.Number, name));
                }

                var (l, e) = row.Texts("label", defaultLanguage);
                FlushLoose(sections, loose);
                openSection = new Section { Name = name, LabelId = l ?? name, LabelEn = e };
                open = [];
                continue;
            }

            if (type is "end_group" or "end group")
            {
                if (open is null)
                {
                    errors.Add(RowError("xlsform.group.unopened", surveySheet, row.Number, type));
                    continue;
                }

                sections.Add(openSection! with { Questions = open });
                open = null;
                openSection = null;
                continue;
            }

            var question = ReadQuestion(row, type, name, defaultLanguage, lists, surveySheet, errors);
            if (question is null)
            {
                continue;
            }

            if (!FormDefinition.IsName(name))
            {
                errors.Add(RowError("xlsform.name.invalid", surveySheet, row.Number, name));
                continue;
            }

            if (!names.Add(name))
            {
                errors.Add(RowError("xlsform.name.duplicate", surveySheet, row.Number, name));
                continue;
            }

            foreach (var p in FormDefinition.QuestionProblems(question, before, new HashSet<string>()))
            {
                errors.Add(p.Code switch
                {
                    "questionnaire.condition.invalid" => RowError("xlsform.condition", surveySheet, row.Number, question.Relevant ?? ""),
                    "questionnaire.label.required" => RowError("xlsform.label.missing", surveySheet, row.Number, name),
                    _ => RowError("xlsform.question.invalid", surveySheet, row.Number, name),
                });
            }

            before[name] = question;
            (open ?? loose).Add(question);
        }

        if (open is not null)
        {
            errors.Add(new DomainException("xlsform.group.unclosed", File, ErrorKind.Validation, surveySheet, openSection!.Name));
        }

        FlushLoose(sections, loose);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var form = new FormDefinition { Sections = sections };
        if (!form.Questions.Any())
        {
            throw new DomainException("xlsform.empty", File, ErrorKind.Validation, surveySheet);
        }

        var rest = form.Problems();
        if (rest.Count > 0)
        {
            throw new DomainValidationException(rest);
        }

        return new ImportedForm(title.Length > Questionnaire.MaxTitle ? title[..Questionnaire.MaxTitle] : title, form);
    }

    private static void FlushLoose(List<Section> sections, List<Question> loose)
    {
        if (loose.Count == 0)
        {
            return;
        }

        var n = sections.Count + 1;
        sections.Add(new Section { Name = $"bagian_{n}", LabelId = $"Bagian {n}", LabelEn = $"Part {n}", Questions = loose.ToList() });
        loose.Clear();
    }

    private static Question? ReadQuestion(Row row, string type, string name, string defaultLanguage, Dictionary<string, List<Choice>> lists,
        string sheet, List<DomainException> errors)
    {
        var parts = type.Split(' ', 2);
        QuestionType kind;
        string? listName = null;
        decimal? min = null, max = null;
        switch (parts[0])
        {
            case "integer" or "int":
                kind = row.Cell("berdaya_type").Equals("rupiah", StringComparison.OrdinalIgnoreCase) ? QuestionType.Rupiah : QuestionType.Number;
                break;
            case "decimal":
                kind = QuestionType.Number;
                break;
            case "text" or "string":
                kind = QuestionType.Text;
                break;
            case "date":
                kind = QuestionType.Date;
                break;
            case "image" or "photo":
                kind = QuestionType.Photo;
                break;
            case "range":
                var p = Parameters(row.Cell("parameters"));
                if (p is null)
                {
                    errors.Add(RowError("xlsform.range.parameters", sheet, row.Number, row.Cell("parameters")));
                    return null;
                }

                (kind, min, max) = p.Value is (1m, 5m, 1m) ? (QuestionType.Scale, (decimal?)null, (decimal?)null) : (QuestionType.Number, p.Value.Start, p.Value.End);
                break;
            case "select_one" or "select_multiple" or "select_one_external":
                if (parts[0] == "select_one_external" || parts.Length < 2)
                {
                    errors.Add(RowError("xlsform.type.unknown", sheet, row.Number, type));
                    return null;
                }

                // The list's name as written: list names keep their letter case (only the type's keyword is read in any case).
                listName = row.Cell("type").Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1];
                if (!lists.TryGetValue(listName, out var found) || found.Count == 0)
                {
                    errors.Add(RowError("xlsform.list.missing", sheet, row.Number, listName));
                    return null;
                }

                var yesNo = parts[0] == "select_one" && found.Count == 2
                            && found.Select(c => c.Name.ToLowerInvariant()).Order(StringComparer.Ordinal).SequenceEqual(["no", "yes"]);
                kind = yesNo ? QuestionType.YesNo : parts[0] == "select_one" ? QuestionType.SingleChoice : QuestionType.MultipleChoice;
                if (yesNo)
                {
                    listName = null;
                }

                break;
            default:
                errors.Add(RowError("xlsform.type.unknown", sheet, row.Number, type));
                return null;
        }

        var required = row.Cell("required").Trim().ToLowerInvariant() switch
        {
            "" or "no" or "false" or "false()" or "0" => (bool?)false,
            "yes" or "true" or "true()" or "1" => true,
            _ => null,
        };
        if (required is null)
        {
            errors.Add(RowError("xlsform.required.value", sheet, row.Number, row.Cell("required")));
            return null;
        }

        var constraint = row.Cell("constraint");
        if (constraint.Length > 0)
        {
            var range = ConstraintRange(constraint, kind != QuestionType.Number || parts[0] == "integer");
            if (range is null || kind is not (QuestionType.Number or QuestionType.Rupiah))
            {
                errors.Add(RowError("xlsform.constraint", sheet, row.Number, constraint));
                return null;
            }

            min = range.Value.Min ?? min;
            max = range.Value.Max ?? max;
        }

        if (kind == QuestionType.Rupiah && min is 0m)
        {
            min = null;
        }

        var (labelId, labelEn) = row.Texts("label", defaultLanguage);
        var (hintId, hintEn) = row.Texts("hint", defaultLanguage);
        var score = row.Cell("berdaya_max_score");
        return new Question
        {
            Name = name,
            Type = kind,
            LabelId = labelId ?? "",
            LabelEn = labelEn,
            HintId = hintId,
            HintEn = hintEn,
            Required = required.Value,
            Relevant = row.Cell("relevant") is { Length: > 0 } r ? r : null,
            Min = min,
            Max = max,
            ListName = listName,
            Choices = listName is null ? [] : lists[listName],
            MaxScore = int.TryParse(score, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0,
        };
    }

    /// <summary>"start=1 end=5 step=1" (any order; step defaults to 1).</summary>
    private static (decimal Start, decimal End, decimal Step)? Parameters(string text)
    {
        decimal? start = null, end = null, step = 1m;
        foreach (var part in text.Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2 || !decimal.TryParse(kv[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
            {
                return null;
            }

            switch (kv[0].Trim().ToLowerInvariant())
            {
                case "start": start = v; break;
                case "end": end = v; break;
                case "step": step = v; break;
                default: return null;
            }
        }

        return start is null || end is null || step is null or <= 0 ? null : (start.Value, end.Value, step.Value);
    }

    /// <summary>". &gt;= 0 and . &lt;= 100" and its parts; a strict bound on whole numbers moves by one. Anything else is not a range.</summary>
    private static (decimal? Min, decimal? Max)? ConstraintRange(string text, bool whole)
    {
        decimal? min = null, max = null;
        foreach (var part in text.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = part.Replace(" ", "", StringComparison.Ordinal);
            if (!p.StartsWith('.') || p.Length < 3)
            {
                return null;
            }

            var op = p[1..].StartsWith(">=", StringComparison.Ordinal) || p[1..].StartsWith("<=", StringComparison.Ordinal) ? p[1..3] : p[1..2];
            if (!decimal.TryParse(p[(1 + op.Length)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
            {
                return null;
            }

            switch (op)
            {
                case ">=": min = v; break;
                case "<=": max = v; break;
                case ">" when whole: min = decimal.Floor(v) + 1; break;
                case "<" when whole: max = decimal.Ceiling(v) - 1; break;
                default: return null;
            }
        }

        return min is null && max is null ? null : (min, max);
    }

    private static DomainException RowError(string code, string sheet, int row, string what) =>
        new(code, File, ErrorKind.Validation, sheet, row, what.Length > 80 ? what[..80] : what);

    /// <summary>"Indonesian (id)", "english", "id", "Bahasa": the app's language, or null for another.</summary>
    private static string? Language(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Contains("(id)", StringComparison.Ordinal) || t is "id" or "ind" || t.StartsWith("indonesia", StringComparison.Ordinal)
            || t.StartsWith("bahasa", StringComparison.Ordinal))
        {
            return "id";
        }

        if (t.Contains("(en)", StringComparison.Ordinal) || t is "en" or "eng" || t.StartsWith("english", StringComparison.Ordinal))
        {
            return "en";
        }

        return null;
    }

    /// <summary>A sheet's rows below its header row, each with its row number in the sheet and its cells by header.</summary>
    private static IEnumerable<Row> Rows(Stream stream, string sheet)
    {
        stream.Position = 0;
        Dictionary<string, string>? headers = null;
        var number = 0;
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet))
        {
            number++;
            if (headers is null)
            {
                if (cells.Values.All(v => string.IsNullOrWhiteSpace(Text(v))))
                {
                    continue;
                }

                headers = cells.Where(c => !string.IsNullOrWhiteSpace(Text(c.Value)))
                    .ToDictionary(c => c.Key, c => Header(Text(c.Value)));
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, header) in headers)
            {
                if (cells.TryGetValue(column, out var v) && Text(v) is { Length: > 0 } text)
                {
                    row.TryAdd(header, text);
                }
            }

            yield return new Row(number, row);
        }

        stream.Position = 0;
    }

    /// <summary>A header as the reader keys it: lower case, "list name" as "list_name", "label:english" as "label::english".</summary>
    private static string Header(string text)
    {
        var t = text.Trim();
        var sep = t.IndexOf(':', StringComparison.Ordinal);
        if (sep < 0)
        {
            return t.ToLowerInvariant().Replace(' ', '_');
        }

        var head = t[..sep].Trim().ToLowerInvariant().Replace(' ', '_');
        var lang = t[sep..].TrimStart(':').Trim();
        return head + "::" + lang.ToLowerInvariant();
    }

    private static string Text(object? v) => v switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    private sealed record Row(int Number, Dictionary<string, string> Cells)
    {
        public string Cell(string header) => Cells.TryGetValue(header, out var v) ? v : "";

        /// <summary>A label or hint in Bahasa Indonesia and English, from "label", "label::Indonesian (id)", "label:english"….</summary>
        public (string? Id, string? En) Texts(string column, string defaultLanguage)
        {
            string? id = null, en = null, other = null;
            foreach (var (header, value) in Cells)
            {
                if (header == column)
                {
                    if (defaultLanguage == "en")
                    {
                        en ??= value;
                    }
                    else
                    {
                        id ??= value;
                    }
                }
                else if (header.StartsWith(column + "::", StringComparison.Ordinal))
                {
                    switch (Language(header[(column.Length + 2)..]))
                    {
                        case "id": id = value; break;
                        case "en": en = value; break;
                        default: other ??= value; break;
                    }
                }
            }

            return (id ?? other ?? en, en);
        }
    }

    // ---- export ----

    private static readonly string[] SurveyColumns =
    [
        "type", "name", $"label::{Indonesian}", $"label::{English}", $"hint::{Indonesian}", $"hint::{English}", "required", "relevant",
        "constraint", "parameters", "berdaya_type", "berdaya_max_score",
    ];

    private static readonly string[] ChoiceColumns = ["list_name", "name", $"label::{Indonesian}", $"label::{English}"];

    /// <summary>The version as an XLSForm that ODK, KoboToolbox and this app read back to the same questions.</summary>
    public static async Task WriteAsync(Stream output, string title, string formId, int version, FormDefinition form, CancellationToken ct)
    {
        var survey = new List<Dictionary<string, object?>>();
        var choices = new List<Dictionary<string, object?>>();
        var listsWritten = new Dictionary<string, IReadOnlyList<Choice>>(StringComparer.Ordinal);
        var yesNoWritten = false;
        var yesNoList = YesNoList;
        while (form.Questions.Any(q => q.ListName == yesNoList))
        {
            yesNoList += "_";
        }

        foreach (var s in form.Sections)
        {
            survey.Add(SurveyRow("begin_group", s.Name, s.LabelId, s.LabelEn));
            foreach (var q in s.Questions)
            {
                var row = SurveyRow("", q.Name, q.LabelId, q.LabelEn);
                row[$"hint::{Indonesian}"] = q.HintId;
                row[$"hint::{English}"] = q.HintEn;
                row["required"] = q.Required ? "yes" : null;
                row["relevant"] = q.Relevant;
                row["berdaya_max_score"] = q.MaxScore > 0 ? q.MaxScore.ToString(CultureInfo.InvariantCulture) : null;
                switch (q.Type)
                {
                    case QuestionType.Number:
                        row["type"] = "decimal";
                        row["constraint"] = Constraint(q.Min, q.Max);
                        break;
                    case QuestionType.Rupiah:
                        row["type"] = "integer";
                        row["berdaya_type"] = "rupiah";
                        row["constraint"] = Constraint(q.Min ?? 0m, q.Max);
                        break;
                    case QuestionType.Scale:
                        row["type"] = "range";
                        row["parameters"] = "start=1 end=5 step=1";
                        break;
                    case QuestionType.YesNo:
                        row["type"] = "select_one " + yesNoList;
                        if (!yesNoWritten)
                        {
                            choices.Add(ChoiceRow(yesNoList, "yes", "Ya", "Yes"));
                            choices.Add(ChoiceRow(yesNoList, "no", "Tidak", "No"));
                            yesNoWritten = true;
                        }

                        break;
                    case QuestionType.SingleChoice:
                    case QuestionType.MultipleChoice:
                        var list = q.ListName ?? q.Name;
                        while (listsWritten.TryGetValue(list, out var written) && !written.SequenceEqual(q.Choices))
                        {
                            list += "_";
                        }

                        if (listsWritten.TryAdd(list, q.Choices))
                        {
                            choices.AddRange(q.Choices.Select(c => ChoiceRow(list, c.Name, c.LabelId, c.LabelEn)));
                        }

                        row["type"] = (q.Type == QuestionType.SingleChoice ? "select_one " : "select_multiple ") + list;
                        break;
                    case QuestionType.Date:
                        row["type"] = "date";
                        break;
                    case QuestionType.Text:
                        row["type"] = "text";
                        break;
                    default:
                        row["type"] = "image";
                        break;
                }

                survey.Add(row);
            }

            survey.Add(SurveyRow("end_group", s.Name, null, null));
        }

        if (choices.Count == 0)
        {
            choices.Add(ChoiceColumns.ToDictionary(c => c, _ => (object?)null));
        }

        var sheets = new Dictionary<string, object>
        {
            ["survey"] = survey,
            ["choices"] = choices,
            ["settings"] = new List<Dictionary<string, object?>>
            {
                new()
                {
                    ["form_title"] = title,
                    ["form_id"] = formId,
                    ["version"] = version.ToString(CultureInfo.InvariantCulture),
                    ["default_language"] = Indonesian,
                },
            },
        };
        await output.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
    }

    private static Dictionary<string, object?> SurveyRow(string type, string name, string? labelId, string? labelEn)
    {
        var row = SurveyColumns.ToDictionary(c => c, _ => (object?)null);
        row["type"] = type;
        row["name"] = name;
        row[$"label::{Indonesian}"] = labelId;
        row[$"label::{English}"] = labelEn;
        return row;
    }

    private static Dictionary<string, object?> ChoiceRow(string list, string name, string labelId, string? labelEn) => new()
    {
        ["list_name"] = list,
        ["name"] = name,
        [$"label::{Indonesian}"] = labelId,
        [$"label::{English}"] = labelEn,
    };

    private static string? Constraint(decimal? min, decimal? max) => (min, max) switch
    {
        (null, null) => null,
        ({ } a, null) => $". >= {a.ToString(CultureInfo.InvariantCulture)}",
        (null, { } b) => $". <= {b.ToString(CultureInfo.InvariantCulture)}",
        ({ } a, { } b) => $". >= {a.ToString(CultureInfo.InvariantCulture)} and . <= {b.ToString(CultureInfo.InvariantCulture)}",
    };
}
