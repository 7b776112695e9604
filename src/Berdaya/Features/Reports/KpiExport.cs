using System.Globalization;
using Berdaya.Web;
using Berdaya.Web.Localization;
using MiniExcelLibs;

namespace Berdaya.Features.Reports;

/// <summary>
/// The KPIs as a workbook, headers in the user's language: the two rates with their scores and the period, the
/// collectibility classes, and the inputs of disbursement effectiveness. Program figures only, no person.
/// </summary>
[FeatureService]
public sealed class KpiExport(Texts texts)
{
    public async Task<byte[]> WorkbookAsync(KpiDto k, string asOf, CultureInfo culture, CancellationToken ct)
    {
        string T(string key) => texts.Get(key, culture);
        var item = T("reports.sheet.item");
        var value = T("reports.sheet.value");
        var outstanding = T("reports.outstanding");
        Dictionary<string, object> Row(string name, object? v) => new() { [item] = name, [value] = v ?? "" };

        var sheets = new Dictionary<string, object>
        {
            [T("reports.sheet.kpis")] = new List<Dictionary<string, object>>
            {
                Row(T("fund.from"), k.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Row(T("fund.to"), k.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Row(T("reports.kpi.collectibility") + " (%)", k.CollectibilityRate),
                Row(T("reports.kpi.collectibility") + " · " + T("reports.kpi.score"), k.CollectibilityScore),
                Row(T("reports.sheet.asof"), asOf),
                Row(T("reports.kpi.effectiveness") + " (%)", k.DisbursementEffectiveness),
                Row(T("reports.kpi.effectiveness") + " · " + T("reports.kpi.score"), k.EffectivenessScore),
            },
            [T("reports.sheet.class")] = k.ByClass.Select(c => new Dictionary<string, object>
            {
                [T("reports.class")] = T($"enum.Collectibility.{c.Class}"),
                [T("reports.weight")] = c.Weight,
                [T("reports.count")] = c.Count,
                [outstanding] = c.Outstanding,
            }).ToList(),
            [T("reports.sheet.effectiveness")] = new List<Dictionary<string, object>>
            {
                Row(T("enum.EntryKind.Disbursement"), k.EffectivenessInputs.LoansDisbursed),
                Row(T("enum.EntryKind.CoachingGrant"), k.EffectivenessInputs.CoachingGrants),
                Row(T("reports.kpi.disbursed"), k.FundsDisbursed),
                Row(T("fund.statement.opening"), k.EffectivenessInputs.OpeningCash),
                Row(T("enum.LedgerAccount.FeeIncome"), k.EffectivenessInputs.FeeIncome),
                Row(T("enum.LedgerAccount.BankInterest"), k.EffectivenessInputs.BankInterest),
                Row(T("enum.LedgerAccount.OtherIncome"), k.EffectivenessInputs.OtherIncome),
                Row(T("fund.statement.principal"), k.EffectivenessInputs.PrincipalRepaid),
                Row(T("reports.kpi.available"), k.FundsAvailable),
            },
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }
}
