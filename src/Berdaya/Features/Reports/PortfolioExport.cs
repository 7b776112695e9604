using System.Globalization;
using Berdaya.Web;
using Berdaya.Web.Localization;
using MiniExcelLibs;

namespace Berdaya.Features.Reports;

/// <summary>The portfolio report as a workbook: one sheet per table, headers in the user's language.</summary>
[FeatureService]
public sealed class PortfolioExport(Texts texts)
{
    public async Task<byte[]> WorkbookAsync(PortfolioDto p, CultureInfo culture, CancellationToken ct)
    {
        string T(string key) => texts.Get(key, culture);
        var count = T("reports.count");
        var outstanding = T("reports.outstanding");

        List<Dictionary<string, object>> Rows(IEnumerable<PortfolioRow> rows, string keyHeader, string nameHeader) =>
            rows.Select(r => new Dictionary<string, object> { [keyHeader] = r.Key, [nameHeader] = r.Name, [count] = r.Count, [outstanding] = r.Outstanding }).ToList();

        var sheets = new Dictionary<string, object>
        {
            [T("reports.sheet.class")] = p.ByClass.Select(c => new Dictionary<string, object>
            {
                [T("reports.class")] = T($"enum.Collectibility.{c.Class}"),
                [count] = c.Count,
                [outstanding] = c.Outstanding,
            }).Append(new Dictionary<string, object> { [T("reports.class")] = T("reports.total"), [count] = p.ActiveCount, [outstanding] = p.ActiveOutstanding })
                .ToList(),
            [T("reports.sheet.group")] = Rows(p.ByGroup, "Id", T("reports.group")),
            [T("reports.sheet.village")] = Rows(p.ByVillage, T("reports.villagecode"), T("reports.village")),
            [T("reports.sheet.product")] = Rows(p.ByProduct, T("reports.product"), T("reports.productname")),
            [T("reports.sheet.aging")] = p.Aging.Select(a => new Dictionary<string, object>
            {
                [T("reports.dpd")] = a.Bucket,
                [count] = a.Count,
                [outstanding] = a.Outstanding,
            }).ToList(),
            [T("reports.sheet.writtenoff")] = p.WrittenOff.Select(w => new Dictionary<string, object>
            {
                [T("reports.writeoffkind")] = T($"enum.WriteOffKind.{w.Kind}"),
                [count] = w.Count,
                [T("reports.principal")] = w.Principal,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }
}
