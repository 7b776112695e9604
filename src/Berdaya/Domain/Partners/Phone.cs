using Berdaya.Domain.Common;

namespace Berdaya.Domain.Partners;

/// <summary>Indonesian mobile or landline numbers, kept as digits with a leading 0 or 62.</summary>
public static class Phone
{
    public static string? Normalize(string? input, string field = "Phone")
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        return TryNormalize(input, out var digits) ? digits : throw new DomainException("phone.format", field);
    }

    /// <summary>The number as digits with a leading 0 or 62, when it is one (8–15 digits; spaces, dashes, dots and brackets dropped).</summary>
    public static bool TryNormalize(string input, out string digits)
    {
        digits = new string(input.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '(' and not ')' and not '.').ToArray());
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }

        return digits.All(char.IsAsciiDigit) && digits.Length is >= 8 and <= 15 && (digits.StartsWith('0') || digits.StartsWith("62", StringComparison.Ordinal));
    }

    /// <summary>Masked form: the first four and last three digits (PDP law; docs/domain.md, Personal data).</summary>
    public static string Mask(string? phone) =>
        string.IsNullOrEmpty(phone) || phone.Length < 8 ? "" : string.Concat(phone.AsSpan(0, 4), new string('•', phone.Length - 7), phone.AsSpan(phone.Length - 3));

    /// <summary>
    /// A wa.me link that opens WhatsApp on the phone with the message written, to the number in international
    /// form (62 instead of the leading 0); the app itself sends nothing (docs/domain.md, Reminders and the work list).
    /// </summary>
    public static string? WhatsAppLink(string? phone, string message)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return null;
        }

        var international = phone.StartsWith('0') ? string.Concat("62", phone.AsSpan(1)) : phone;
        return $"https://wa.me/{international}?text={Uri.EscapeDataString(message)}";
    }
}
