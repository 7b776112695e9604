using System.Globalization;

namespace Berdaya.Web;

/// <summary>
/// How pages show money and dates: in the request's culture (set by the request localization
/// middleware), except rupiah, which keep Indonesian grouping in either language ("Rp 7.500.000").
/// Printed documents pass their own culture. Form inputs take dates as ISO text (<see cref="IsoDate"/>).
/// </summary>
public static class Show
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Whole rupiah, rounded half away from zero: "Rp 1.250.000", "-Rp 500".</summary>
    public static string Rupiah(decimal amount)
    {
        var rounded = decimal.Round(amount, 0, MidpointRounding.AwayFromZero);
        var sign = rounded < 0 ? "-" : "";
        return $"{sign}Rp {Math.Abs(rounded).ToString("#,0", Indonesian)}";
    }

    /// <summary>"5 Januari 2025" / "5 January 2025".</summary>
    public static string Date(DateOnly date, CultureInfo? culture = null) =>
        date.ToString("d MMMM yyyy", culture ?? CultureInfo.CurrentCulture);

    /// <summary>A moment in Western Indonesian Time: "5 Jan 2025 14:30 WIB".</summary>
    public static string Date(DateTimeOffset at, CultureInfo? culture = null) =>
        at.ToOffset(TimeSpan.FromHours(7)).ToString("d MMM yyyy HH:mm", culture ?? CultureInfo.CurrentCulture) + " WIB";

    /// <summary>"5 Jan 2025": a date in a narrow table column.</summary>
    public static string ShortDate(DateOnly date, CultureInfo? culture = null) =>
        date.ToString("d MMM yyyy", culture ?? CultureInfo.CurrentCulture);

    /// <summary>"Januari 2025".</summary>
    public static string Month(DateOnly date, CultureInfo? culture = null) =>
        date.ToString("MMMM yyyy", culture ?? CultureInfo.CurrentCulture);

    /// <summary>"Jan 2025".</summary>
    public static string ShortMonth(DateOnly date, CultureInfo? culture = null) =>
        date.ToString("MMM yyyy", culture ?? CultureInfo.CurrentCulture);

    /// <summary>A date as a date input and a query string carry it: "2025-01-05", or "" for none.</summary>
    public static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
