namespace Berdaya.Domain.Common;

/// <summary>
/// An amount in Indonesian words ("terbilang"), as written on receipts and contracts beside the
/// figures so a changed digit is caught. Whole numbers only: money is whole rupiah (docs/domain.md, Bounds on input).
/// </summary>
public static class Terbilang
{
    private static readonly string[] Units =
        ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

    private static readonly (long Size, string Name)[] Scales =
        [(1_000_000_000_000L, "triliun"), (1_000_000_000L, "miliar"), (1_000_000L, "juta"), (1_000L, "ribu")];

    /// <summary>The largest amount spelled: just under one thousand trillion.</summary>
    public const long Max = 999_999_999_999_999L;

    /// <summary>"satu juta dua ratus lima puluh ribu rupiah".</summary>
    public static string Rupiah(decimal amount)
    {
        if (amount != decimal.Truncate(amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "Whole rupiah only.");
        }

        return Words(decimal.ToInt64(amount)) + " rupiah";
    }

    public static string Words(long n)
    {
        if (n is < -Max or > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(n));
        }

        if (n < 0)
        {
            return "minus " + Words(-n);
        }

        if (n == 0)
        {
            return Units[0];
        }

        var parts = new List<string>();
        var left = n;
        foreach (var (size, name) in Scales)
        {
            var count = left / size;
            left %= size;
            if (count == 0)
            {
                continue;
            }

            // One thousand is "seribu", but one million is "satu juta".
            parts.Add(count == 1 && size == 1_000 ? "seribu" : Below1000(count) + " " + name);
        }

        if (left > 0)
        {
            parts.Add(Below1000(left));
        }

        return string.Join(' ', parts);
    }

    private static string Below1000(long n)
    {
        var parts = new List<string>();
        var hundreds = n / 100;
        var rest = n % 100;
        if (hundreds == 1)
        {
            parts.Add("seratus");
        }
        else if (hundreds > 1)
        {
            parts.Add(Units[hundreds] + " ratus");
        }

        if (rest > 0)
        {
            parts.Add(Below100(rest));
        }

        return string.Join(' ', parts);
    }

    private static string Below100(long n) => n switch
    {
        < 12 => Units[n],
        < 20 => Units[n - 10] + " belas",
        _ => Units[n / 10] + " puluh" + (n % 10 > 0 ? " " + Units[n % 10] : ""),
    };
}
