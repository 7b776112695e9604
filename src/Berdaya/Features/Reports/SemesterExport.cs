using System.Globalization;
using Berdaya.Web;
using Berdaya.Web.Localization;
using MiniExcelLibs;

namespace Berdaya.Features.Reports;

/// <summary>
/// The semester report as the workbook the office uploads (docs/domain.md, Semester report): a cover sheet, then one sheet
/// per attachment (distribution by sector, by province, partners, collectibility, fund position), always with Bahasa
/// Indonesia headers, whatever the reader's language. Program figures only, no person. The rows are the report's sums,
/// never the loans; the caller gives the stream (decision 0026: a file buffer, then the response).
/// </summary>
[FeatureService]
public sealed class SemesterExport(Texts texts)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string FileName(SemesterReportDto r) => $"laporan-semester-{r.Semester}.xlsx";

    public async Task WriteAsync(SemesterReportDto r, Stream output, DateTimeOffset producedAt, CancellationToken ct)
    {
        string T(string key) => texts.Get(key, Indonesian);
        var item = T("semester.sheet.item");
        var value = T("semester.sheet.value");
        Dictionary<string, object> Row(string name, object? v) => new() { [item] = name, [value] = v ?? "" };

        var sheets = new Dictionary<string, object>
        {
            [T("semester.sheet.cover")] = new List<Dictionary<string, object>>
            {
                Row(T("semester.program"), r.ProgramName),
                Row(T("semester.semester"), texts.Format("semester.name", Indonesian, r.Half == 1 ? "I" : "II", r.Year)),
                Row(T("semester.period"), $"{r.From:yyyy-MM-dd} s.d. {r.To:yyyy-MM-dd}"),
                Row(T("semester.produced"), Show.Date(producedAt, Indonesian)),
                Row(T("semester.checked"), T("semester.checked.yes")),
            },
            [T("semester.sheet.sector")] = Distribution(r.BySector, r.SectorTotal, null, T("semester.sector"), T),
            [T("semester.sheet.province")] = Distribution(r.ByProvince, r.ProvinceTotal, T("semester.provincecode"), T("semester.province"), T),
            [T("semester.sheet.partners")] = PartnerRows(r.Partners, T),
            [T("semester.sheet.class")] = ClassRows(r, T),
            [T("semester.sheet.fund")] = FundRows(r, T, item),
        };
        await output.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
    }

    private static List<Dictionary<string, object>> Distribution(IReadOnlyList<DistributionRow> rows, DistributionRow total, string? codeHeader, string nameHeader,
        Func<string, string> t)
    {
        Dictionary<string, object> Line(object number, DistributionRow d, string name)
        {
            var line = new Dictionary<string, object> { [t("semester.no")] = number };
            if (codeHeader is not null)
            {
                line[codeHeader] = d.Key;
            }

            line[nameHeader] = name;
            line[t("semester.col.partners")] = d.SemesterPartners;
            line[t("semester.col.loans")] = d.SemesterLoans;
            line[t("semester.col.amount")] = d.SemesterAmount;
            line[t("semester.col.partners.cum")] = d.Partners;
            line[t("semester.col.loans.cum")] = d.Loans;
            line[t("semester.col.amount.cum")] = d.Amount;
            return line;
        }

        return rows.Select((d, i) => Line(i + 1, d, d.Name)).Append(Line("", total, t("semester.total"))).ToList();
    }

    private static List<Dictionary<string, object>> PartnerRows(SemesterPartners p, Func<string, string> t)
    {
        var (item, semester, cumulative) = (t("semester.sheet.item"), t("semester.col.semester"), t("semester.col.cumulative"));
        Dictionary<string, object> Line(string name, int inSemester, object toEnd) => new() { [item] = name, [semester] = inSemester, [cumulative] = toEnd };
        return
        [
            Line(t("semester.partners.new"), p.New, p.Financed),
            Line(t("semester.partners.active"), p.ActiveAtEnd, p.ActiveAtEnd),
            Line(t("semester.partners.repaid"), p.RepaidInSemester, p.Repaid),
            Line(t("semester.partners.writtenoff"), p.WrittenOffInSemester, p.WrittenOff),
        ];
    }

    private List<Dictionary<string, object>> ClassRows(SemesterReportDto r, Func<string, string> t)
    {
        var (name, weight, count, outstanding, weighted) =
            (t("semester.class"), t("reports.weight"), t("semester.col.loans.count"), t("semester.col.outstanding"), t("semester.col.weighted"));
        var rows = r.ByClass.Select(c => new Dictionary<string, object>
        {
            [name] = texts.Get($"enum.Collectibility.{c.Class}", Indonesian),
            [weight] = c.Weight,
            [count] = c.Count,
            [outstanding] = c.Outstanding,
            [weighted] = c.Outstanding * c.Weight,
        }).ToList();
        rows.Add(new() { [name] = t("semester.total"), [weight] = "", [count] = r.LoansOutstanding, [outstanding] = r.Outstanding, [weighted] = r.ByClass.Sum(c => c.Outstanding * c.Weight) });
        rows.Add(new() { [name] = t("reports.kpi.collectibility") + " (%)", [weight] = "", [count] = "", [outstanding] = "", [weighted] = (object?)r.CollectibilityRate ?? "" });
        rows.Add(new() { [name] = t("reports.kpi.score"), [weight] = "", [count] = "", [outstanding] = "", [weighted] = (object?)r.CollectibilityScore ?? "" });
        return rows;
    }

    private static List<Dictionary<string, object>> FundRows(SemesterReportDto r, Func<string, string> t, string item)
    {
        var f = r.Fund;
        var amount = t("semester.col.rupiah");
        Dictionary<string, object> Line(string name, object v) => new() { [item] = name, [amount] = v };
        return
        [
            Line(t("semester.fund.opening"), f.OpeningCash),
            Line(t("semester.fund.in"), ""),
            Line("  " + t("semester.fund.principal"), f.PrincipalRepaid),
            Line("  " + t("semester.fund.fees"), f.Fees),
            Line("  " + t("semester.fund.interest"), f.BankInterest),
            Line("  " + t("semester.fund.other"), f.OtherIncome),
            Line("  " + t("semester.fund.capital"), f.Capital),
            Line(t("semester.fund.intotal"), f.PrincipalRepaid + f.Fees + f.BankInterest + f.OtherIncome + f.Capital),
            Line(t("semester.fund.out"), ""),
            Line("  " + t("semester.fund.loans"), f.Disbursements),
            Line("  " + t("semester.fund.grants"), f.CoachingGrants),
            Line("  " + t("semester.fund.withdrawn"), f.Withdrawals),
            Line(t("semester.fund.outtotal"), f.Disbursements + f.CoachingGrants + f.Withdrawals),
            Line(t("semester.fund.closing"), f.ClosingCash),
            Line(t("semester.fund.ledger"), f.CashBalanceAtTo),
        ];
    }
}
