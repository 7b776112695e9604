using System.Globalization;
using Berdaya.Domain.Loans;
using Berdaya.IntegrationTests.Close;
using Berdaya.IntegrationTests.Fund;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.IntegrationTests.Reports;

public static class ReportScenario
{
    /// <summary>
    /// Every test that runs a daily close or asserts which close covered a program: one collection, so no
    /// close runs between another test's steps (closes are deployment-wide, the database is shared).
    /// </summary>
    public const string Closes = "Daily closes";

    public static Task<DailyClose> CloseTodayAsync(TestApp app) => CloseAsync(app, FundScenario.Today);

    public static Task<DailyClose> CloseAsync(TestApp app, DateOnly date) => CloseScenario.CloseAsync(app, date, 1000);

    /// <summary>A date as the pages show it in Indonesian.</summary>
    public static string Shown(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
}
