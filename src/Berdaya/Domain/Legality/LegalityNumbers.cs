using Berdaya.Domain.Common;

namespace Berdaya.Domain.Legality;

/// <summary>
/// The form of each licence's number (docs/domain.md, Legality milestones a partner collects): NIB 13 digits;
/// PIRT 15 to 20 digits; NPWP of an individual is their NIK (16 digits, the partner's own), or the 15-digit
/// number of the old format (decision 0015); Halal, trademark and certificate numbers are free text of at most
/// <see cref="MaxFreeText"/> characters. Spaces, dots and dashes in a number of digits are the way it is
/// printed and are dropped.
/// </summary>
public static class LegalityNumbers
{
    public const int NibDigits = 13;
    public const int PirtMinDigits = 15;
    public const int PirtMaxDigits = 20;
    public const int NpwpDigits = 16;
    public const int OldNpwpDigits = 15;
    public const int MaxFreeText = 60;

    /// <summary>
    /// What is kept for an NPWP that is the partner's NIK: the NIK is not stored a second time, so it is read
    /// only where the partner's NIK is (masked, or revealed with an audit entry). Entering it again means the NIK.
    /// </summary>
    public const string NikMarker = "NIK";

    /// <summary>The number as stored: an NPWP equal to the NIK is kept as <see cref="NikMarker"/>.</summary>
    public static string Stored(LegalityKind kind, string number, string partnerNik)
    {
        var n = Normalize(kind, number);
        return kind == LegalityKind.Npwp && (n == partnerNik || IsNikMarker(n)) ? NikMarker : n;
    }

    public static bool IsNikMarker(string number) => string.Equals(number.Trim(), NikMarker, StringComparison.OrdinalIgnoreCase);

    /// <summary>The number as kept: digits only for the kinds made of digits, trimmed text otherwise.</summary>
    public static string Normalize(LegalityKind kind, string number)
    {
        var text = number.Trim();
        return IsDigitsKind(kind)
            ? new string(text.Where(c => c is not (' ' or '.' or '-')).ToArray())
            : text;
    }

    /// <summary>The rule the number breaks, or null when it has the kind's form.</summary>
    public static DomainException? Problem(LegalityKind kind, string number, string partnerNik, string field = "Number")
    {
        var n = Normalize(kind, number);
        if (n.Length == 0)
        {
            return new DomainException("legality.number.required", field);
        }

        if (kind == LegalityKind.Npwp && IsNikMarker(n))
        {
            return null;
        }

        if (!IsDigitsKind(kind))
        {
            return n.Length > MaxFreeText ? new DomainException("legality.number.toolong", field, ErrorKind.Validation, MaxFreeText) : null;
        }

        if (!n.All(char.IsAsciiDigit))
        {
            return new DomainException("legality.number.digits", field);
        }

        return kind switch
        {
            LegalityKind.Nib when n.Length != NibDigits => new DomainException("legality.number.nib", field, ErrorKind.Validation, NibDigits),
            LegalityKind.Pirt when n.Length is < PirtMinDigits or > PirtMaxDigits =>
                new DomainException("legality.number.pirt", field, ErrorKind.Validation, PirtMinDigits, PirtMaxDigits),
            LegalityKind.Npwp when n.Length == NpwpDigits && n != partnerNik => new DomainException("legality.number.npwp.nik", field),
            LegalityKind.Npwp when n.Length is not (NpwpDigits or OldNpwpDigits) => new DomainException("legality.number.npwp", field),
            _ => null,
        };
    }

    public static bool IsDigitsKind(LegalityKind kind) => kind is LegalityKind.Nib or LegalityKind.Pirt or LegalityKind.Npwp;
}
