using System.Globalization;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Fostering;

/// <summary>A calendar quarter (docs/domain.md, Quarterly reports): written "2026-Q3", January to March is Q1.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public DateOnly First => new(Year, ((Number - 1) * 3) + 1, 1);
    public DateOnly Last => First.AddMonths(3).AddDays(-1);
    public Quarter Previous => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);
    public Quarter Next => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);
    public Quarter YearBefore => new(Year - 1, Number);

    /// <summary>A single number that orders quarters (year × 4 + quarter − 1), for storing and comparing.</summary>
    public int Index => (Year * 4) + Number - 1;

    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public static Quarter FromIndex(int index) => new(index / 4, (index % 4) + 1);

    /// <summary>The day the report of this quarter is due: <paramref name="dueDays"/> days after it ends.</summary>
    public DateOnly DueOn(int dueDays) => Last.AddDays(dueDays);

    /// <summary>"2026-Q3" (or "2026-3"); null when it is not a quarter within the program's calendar.</summary>
    public static Quarter? TryParse(string? text)
    {
        var t = (text ?? "").Trim().ToUpperInvariant();
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        if (dash != 4 || !int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var rest = t[(dash + 1)..].TrimStart('Q');
        if (!int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 4)
        {
            return null;
        }

        return year < BusinessCalendar.Earliest.Year || year > 9998 ? null : new Quarter(year, number);
    }

    public int CompareTo(Quarter other) => Index.CompareTo(other.Index);

    public static bool operator <(Quarter a, Quarter b) => a.Index < b.Index;

    public static bool operator >(Quarter a, Quarter b) => a.Index > b.Index;

    public static bool operator <=(Quarter a, Quarter b) => a.Index <= b.Index;

    public static bool operator >=(Quarter a, Quarter b) => a.Index >= b.Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}");
}
