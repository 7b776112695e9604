namespace Berdaya.Domain.Common;

/// <summary>
/// The program's calendar day. Program offices keep Western Indonesian Time (WIB, UTC+7), so a
/// payment or survey entered at 06:00 WIB belongs to that day, not to the previous UTC day.
/// </summary>
public static class BusinessCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The earliest date any record may carry (docs/domain.md, Bounds on input).</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>10:00 in the office's time on the day: when the demo's records of a past day were made.</summary>
    public static DateTimeOffset MorningOf(DateOnly on) => new(on.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
}
