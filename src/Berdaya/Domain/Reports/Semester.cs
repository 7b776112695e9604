using System.Globalization;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Reports;

/// <summary>
/// A half year of a program's report to the ministry (docs/domain.md, Semester report): January–June is semester 1,
/// July–December semester 2.
/// </summary>
public readonly record struct Semester(int Year, int Half)
{
    /// <summary>The earliest year a semester may be asked for; the same bound as other dates of the app.</summary>
    public const int MinYear = 2000;

    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);

    public DateOnly End => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    /// <summary>"2012-S2", as file names and the API write it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-S{Half}");

    public static Semester Of(DateOnly day) => new(day.Year, day.Month <= 6 ? 1 : 2);

    /// <summary>The latest semester that has ended by <paramref name="today"/> (its last day may be today).</summary>
    public static Semester LatestEnded(DateOnly today)
    {
        var current = Of(today);
        return current.End <= today ? current : current.Previous;
    }

    public Semester Previous => Half == 2 ? new(Year, 1) : new(Year - 1, 2);

    /// <summary>
    /// The semester asked for, from the text of the form or query, every problem named by its field (<c>Year</c>,
    /// <c>Semester</c>) at once: a year of digits from <see cref="MinYear"/>, a semester of 1 or 2, a semester that
    /// has ended (its last day may be today) and that does not end before the program's first ledger entry
    /// (<paramref name="firstEntry"/>; a program without any entry has no semester to report).
    /// </summary>
    public static Semester Parse(string? year, string? half, DateOnly today, DateOnly? firstEntry)
    {
        var errors = new List<DomainException>();
        int? y = null;
        if (string.IsNullOrWhiteSpace(year))
        {
            errors.Add(new DomainException("field.required", "Year"));
        }
        else if (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsedYear) || parsedYear < MinYear || parsedYear > today.Year)
        {
            errors.Add(new DomainException("semester.year.range", "Year", ErrorKind.Validation, MinYear, today.Year));
        }
        else
        {
            y = parsedYear;
        }

        int? h = null;
        if (string.IsNullOrWhiteSpace(half))
        {
            errors.Add(new DomainException("field.required", "Semester"));
        }
        else if (half.Trim() is "1" or "2")
        {
            h = half.Trim() == "1" ? 1 : 2;
        }
        else
        {
            errors.Add(new DomainException("semester.half", "Semester"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var semester = new Semester(y!.Value, h!.Value);
        if (semester.End > today)
        {
            throw new DomainException("semester.notended", "Semester", ErrorKind.Validation, semester.ToString(), semester.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (firstEntry is not { } first)
        {
            throw new DomainException("semester.noledger", "Semester");
        }

        if (semester.End < first)
        {
            throw new DomainException("semester.beforefirst", "Year", ErrorKind.Validation, Of(first).ToString());
        }

        return semester;
    }
}
