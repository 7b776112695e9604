using System.Globalization;

namespace Berdaya.Domain.Loans;

/// <summary>
/// A receipt's number, short enough to read out over the phone (docs/domain.md, Allocation): the kind
/// ("KW" a payment, "RV" a reversal), the day (yyMMdd) and that day's running number of the kind, six
/// digits: KW-260304-000042. The running number is counted over every program, so a number is unique
/// without naming the program; six digits hold a million receipts of one kind on one day, every partner
/// of a national portfolio paying on the same day. Numbers written before this form (KW-yyyyMMdd-…)
/// keep theirs and never fall in a day's range.
/// </summary>
public static class ReceiptNumbering
{
    public const int MaxSequence = 999_999;

    public static string Format(RepaymentKind kind, DateOnly day, int sequence)
    {
        if (sequence is < 1 or > MaxSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "A day holds receipts 1 to 999999 of each kind.");
        }

        return Prefix(kind, day) + sequence.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The day's range: every number of the kind and day sorts after <see cref="Floor"/> and up to
    /// <see cref="Ceiling"/>, in any collation (the digits decide, the dashes do not), so the highest is
    /// one index seek.
    /// </summary>
    public static string Floor(RepaymentKind kind, DateOnly day) => Prefix(kind, day) + "000000";

    public static string Ceiling(RepaymentKind kind, DateOnly day) => Prefix(kind, day) + MaxSequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>The running number of a number of this kind and day; 0 for any other number.</summary>
    public static int SequenceOf(string? number, RepaymentKind kind, DateOnly day)
    {
        var prefix = Prefix(kind, day);
        return number is not null && number.Length == prefix.Length + 6 && number.StartsWith(prefix, StringComparison.Ordinal)
                                  && int.TryParse(number.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : 0;
    }

    private static string Prefix(RepaymentKind kind, DateOnly day) =>
        (kind == RepaymentKind.Reversal ? "RV-" : "KW-") + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + "-";
}
