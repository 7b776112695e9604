using System.Globalization;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Repayments;

/// <summary>A calendar month of collection (yyyy-MM): installments fall due monthly (docs/domain.md, Schedules and rounding).</summary>
public readonly record struct CollectionMonth(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public CollectionMonth Previous => Of(First.AddMonths(-1));

    public CollectionMonth Next => Of(First.AddMonths(1));

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public static CollectionMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static bool TryParse(string? text, out CollectionMonth month)
    {
        month = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year < 1900)
        {
            return false;
        }

        month = Of(first);
        return true;
    }

    /// <summary>The month named, or the current month when none is; a malformed month is the caller's mistake.</summary>
    public static CollectionMonth ParseOrCurrent(string? text, DateOnly today, string field = "Month")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Of(today);
        }

        return TryParse(text, out var month) ? month : throw new DomainValidationException([new DomainException("collection.month", field)]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
