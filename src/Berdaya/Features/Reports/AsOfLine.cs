using Berdaya.Web;
using Berdaya.Web.Layout;
using Berdaya.Web.Localization;

namespace Berdaya.Features.Reports;

/// <summary>
/// Where a report's figures come from, in words (docs/domain.md, Daily close: reports say which close they read):
/// "as of the daily close of 5 May 2026, finished 6 May 2026 00:10 WIB", a month-end snapshot, or counted live
/// before a program's first close. The pages and the workbooks say the same.
/// </summary>
public static class AsOfLine
{
    public static async Task<string> PortfolioAsync(TextsLocalizer t, CloseStamps closes, PortfolioDto report, CancellationToken ct) =>
        report.Source == ReportQueries.FromClose
            ? await CloseAsync(t, closes, report.AsOf, ct)
            : t["reports.asof.live", Show.Date(report.AsOf)];

    public static async Task<string> CollectibilityAsync(TextsLocalizer t, CloseStamps closes, KpiDto kpis, CancellationToken ct) =>
        kpis.CollectibilitySource switch
        {
            ReportQueries.FromClose => await CloseAsync(t, closes, kpis.CollectibilityAsOf, ct),
            ReportQueries.FromMonthEnd => t["reports.kpi.source.monthend", Show.Date(kpis.CollectibilityAsOf)],
            _ => t["reports.kpi.source.live", Show.Date(kpis.CollectibilityAsOf)],
        };

    private static async Task<string> CloseAsync(TextsLocalizer t, CloseStamps closes, DateOnly date, CancellationToken ct) =>
        await closes.FinishedAtAsync(date, ct) is { } at
            ? t["reports.asof.closeat", Show.Date(date), Show.Date(at)]
            : t["reports.asof.close", Show.Date(date)];
}
