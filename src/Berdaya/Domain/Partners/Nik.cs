using System.Globalization;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Partners;

/// <summary>
/// Indonesian national identity number (docs/domain.md, Partners and groups): 16 digits = province (2), regency (2),
/// district (2), birth date DDMMYY with 40 added to the day for women, serial (4, from 0001).
/// </summary>
public readonly record struct Nik
{
    private Nik(string value, Sex sex, DateOnly birthDate)
    {
        Value = value;
        Sex = sex;
        BirthDate = birthDate;
    }

    public string Value { get; }
    public Sex Sex { get; }
    public DateOnly BirthDate { get; }

    /// <summary>"32.11.07": where the person first registered, in region-code form.</summary>
    public string DistrictCode => $"{Value[..2]}.{Value[2..4]}.{Value[4..6]}";

    public string Serial => Value[12..];

    /// <summary>
    /// Parses a NIK. <paramref name="today"/> decides the century of the two-digit year: the latest
    /// century that does not put the birth date in the future.
    /// </summary>
    public static Nik Parse(string? input, DateOnly today, string field = "Nik")
    {
        var value = (input ?? "").Trim();
        if (value.Length == 0)
        {
            throw new DomainException("nik.required", field);
        }

        if (!value.All(char.IsAsciiDigit))
        {
            throw new DomainException("nik.digits", field);
        }

        if (value.Length != 16)
        {
            throw new DomainException("nik.length", field, ErrorKind.Validation, value.Length);
        }

        var day = int.Parse(value.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(value.AsSpan(8, 2), CultureInfo.InvariantCulture);
        var yy = int.Parse(value.AsSpan(10, 2), CultureInfo.InvariantCulture);
        var sex = Sex.Male;
        if (day > 40)
        {
            sex = Sex.Female;
            day -= 40;
        }

        var year = 2000 + yy;
        if (year > today.Year)
        {
            year -= 100;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new DomainException("nik.birthdate", field);
        }

        var birth = new DateOnly(year, month, day);
        if (birth > today)
        {
            year -= 100;
            birth = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            if (birth.Day != day)
            {
                throw new DomainException("nik.birthdate", field);
            }
        }

        if (value.EndsWith("0000", StringComparison.Ordinal))
        {
            throw new DomainException("nik.serial", field);
        }

        if (value.StartsWith("00", StringComparison.Ordinal))
        {
            throw new DomainException("nik.province", field);
        }

        return new Nik(value, sex, birth);
    }

    public static bool TryParse(string? input, DateOnly today, out Nik nik)
    {
        try
        {
            nik = Parse(input, today);
            return true;
        }
        catch (DomainException)
        {
            nik = default;
            return false;
        }
    }

    /// <summary>
    /// Masked form for pages, lists and exports: the last four digits only. The first six are the
    /// district, which the village tells, and the next six the birth date and sex, so showing more
    /// would let the number be rebuilt (decision 0006).
    /// </summary>
    public static string Mask(string? nik) =>
        string.IsNullOrEmpty(nik) || nik.Length < 8 ? "••••" : string.Concat(new string('•', nik.Length - 4), nik.AsSpan(nik.Length - 4));

    /// <summary>Whole years of age on <paramref name="today"/>: what a role that does not verify identity sees instead of the birth date.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        // Compared by month and day, so someone born on 29 February turns a year older on 1 March.
        var age = today.Year - birthDate.Year;
        return (today.Month, today.Day).CompareTo((birthDate.Month, birthDate.Day)) < 0 ? age - 1 : age;
    }

    public override string ToString() => Value;
}

public enum Sex
{
    Male = 1,
    Female = 2,
}
