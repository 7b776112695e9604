using System.Globalization;
using System.Text.RegularExpressions;

namespace Berdaya.Domain.Repayments;

/// <summary>
/// Reads an amount typed on a form the way Indonesians write it ("150.000" is a hundred and fifty
/// thousand) as well as plain digits; a decimal part ("1000,5" or "1000.5") is read as written, so the
/// whole-rupiah rule can name it instead of silently changing the amount.
/// </summary>
public static partial class AmountText
{
    public static bool TryParse(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        if (Grouped().IsMatch(s))
        {
            s = s.Replace(".", "", StringComparison.Ordinal);
        }

        if (!Plain().IsMatch(s))
        {
            return false;
        }

        amount = decimal.Parse(s.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^-?\d{1,15}([.,]\d{1,6})?$")]
    private static partial Regex Plain();
}
