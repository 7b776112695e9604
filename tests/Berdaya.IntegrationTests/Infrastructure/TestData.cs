using System.Globalization;

namespace Berdaya.IntegrationTests.Infrastructure;

/// <summary>Unique, valid test data, so tests sharing one database never collide.</summary>
public static class TestData
{
    public const string Narimbang = "32.11.07.2011";
    public const string ConggeangWetan = "32.11.07.2002";

    /// <summary>A village outside the demo facilitator's district (Kecamatan Jatinangor, Sumedang).</summary>
    public const string OutsideFacilitator = "32.11.01.2001";

    private static int _serial = Random.Shared.Next(1000, 8000);

    /// <summary>A valid NIK of district 32.11.07 with a serial no other test uses.</summary>
    public static string Nik(DateOnly birth, bool female)
    {
        var serial = Interlocked.Increment(ref _serial) % 9999 + 1;
        return string.Create(CultureInfo.InvariantCulture, $"321107{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{serial:0000}");
    }

    /// <summary>A random valid NIK, with the sex and birth date it encodes.</summary>
    public static (string Nik, string Sex, DateOnly BirthDate) Person()
    {
        var birth = new DateOnly(1960 + Random.Shared.Next(0, 40), Random.Shared.Next(1, 13), Random.Shared.Next(1, 29));
        var female = Random.Shared.Next(2) == 0;
        return (Nik(birth, female), female ? "Female" : "Male", birth);
    }

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";
}
