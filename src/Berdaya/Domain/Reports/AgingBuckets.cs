namespace Berdaya.Domain.Reports;

/// <summary>
/// The portfolio's aging table (docs/domain.md, Arrears and collectibility): days past due in the buckets
/// 0, 1–30, 31–90, 91–180, 181–270 and over 270. The close's SQL and the live report repeat
/// <see cref="IndexOf"/> from <see cref="UpTo"/>; a test holds them to the same answers.
/// </summary>
public static class AgingBuckets
{
    /// <summary>The buckets' labels, in the table's order.</summary>
    public static readonly IReadOnlyList<string> Labels = ["0", "1-30", "31-90", "91-180", "181-270", ">270"];

    /// <summary>The last day past due of each bucket but the last.</summary>
    public static readonly IReadOnlyList<int> UpTo = [0, 30, 90, 180, 270];

    /// <summary>The position in <see cref="Labels"/> of the bucket a loan with these days past due falls in.</summary>
    public static int IndexOf(int daysPastDue)
    {
        for (var i = 0; i < UpTo.Count; i++)
        {
            if (daysPastDue <= UpTo[i])
            {
                return i;
            }
        }

        return UpTo.Count;
    }
}
