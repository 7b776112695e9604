using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;

namespace Berdaya.Tests.Rules;

public sealed class NikTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void A_woman_s_NIK_adds_40_to_the_day_of_birth()
    {
        var nik = Nik.Parse("3211075204680001", Today);
        nik.Sex.ShouldBe(Sex.Female);
        nik.BirthDate.ShouldBe(new DateOnly(1968, 4, 12));
        nik.DistrictCode.ShouldBe("32.11.07");
        nik.Serial.ShouldBe("0001");
    }

    [Fact]
    public void A_man_s_NIK_keeps_the_day_of_birth()
    {
        var nik = Nik.Parse("3211070903710010", Today);
        nik.Sex.ShouldBe(Sex.Male);
        nik.BirthDate.ShouldBe(new DateOnly(1971, 3, 9));
    }

    [Fact]
    public void The_century_is_the_latest_that_does_not_put_the_birth_in_the_future()
    {
        Nik.Parse("3211071505100001", Today).BirthDate.ShouldBe(new DateOnly(2010, 5, 15));
        Nik.Parse("3211071512260001", Today).BirthDate.ShouldBe(new DateOnly(1926, 12, 15));
        Nik.Parse("3211071511260001", Today).BirthDate.ShouldBe(new DateOnly(2026, 11, 15));
    }

    [Theory]
    [InlineData("321107520468000", "nik.length")]
    [InlineData("32110752046800011", "nik.length")]
    [InlineData("32110752O4680001", "nik.digits")]
    [InlineData("3211-07520468001", "nik.digits")]
    [InlineData("", "nik.required")]
    [InlineData("3211073002800001", "nik.birthdate")]
    [InlineData("3211077202800001", "nik.birthdate")]
    [InlineData("3211070013800001", "nik.birthdate")]
    [InlineData("3211073213800001", "nik.birthdate")]
    [InlineData("3211070000800001", "nik.birthdate")]
    [InlineData("3211075204680000", "nik.serial")]
    [InlineData("0011075204680001", "nik.province")]
    public void A_bad_NIK_is_refused_with_its_own_reason(string input, string code)
    {
        var ex = Should.Throw<DomainException>(() => Nik.Parse(input, Today));
        ex.Code.ShouldBe(code);
        ex.Field.ShouldBe("Nik");
    }

    [Fact]
    public void February_29_is_valid_only_in_a_leap_year()
    {
        Nik.Parse("3211072902840001", Today).BirthDate.ShouldBe(new DateOnly(1984, 2, 29));
        Should.Throw<DomainException>(() => Nik.Parse("3211072902850001", Today)).Code.ShouldBe("nik.birthdate");
    }

    [Fact]
    public void Surrounding_spaces_are_ignored()
    {
        Nik.Parse("  3211075204680001 ", Today).Value.ShouldBe("3211075204680001");
    }

    [Fact]
    public void Mask_keeps_only_the_last_four_digits()
    {
        Nik.Mask("3211075204680001").ShouldBe("••••••••••••0001");
        Nik.Mask(null).ShouldBe("••••");
    }

    [Fact]
    public void Age_counts_whole_years_and_turns_on_the_birthday()
    {
        Nik.AgeOn(new DateOnly(1968, 4, 12), new DateOnly(2026, 4, 11)).ShouldBe(57);
        Nik.AgeOn(new DateOnly(1968, 4, 12), new DateOnly(2026, 4, 12)).ShouldBe(58);
        Nik.AgeOn(new DateOnly(1984, 2, 29), new DateOnly(2026, 2, 28)).ShouldBe(41);
        Nik.AgeOn(new DateOnly(1984, 2, 29), new DateOnly(2026, 3, 1)).ShouldBe(42);
    }

    [Fact]
    public void TryParse_reports_failure_without_throwing()
    {
        Nik.TryParse("abc", Today, out _).ShouldBeFalse();
        Nik.TryParse("3211075204680001", Today, out var nik).ShouldBeTrue();
        nik.Sex.ShouldBe(Sex.Female);
    }
}

public sealed class PhoneTests
{
    [Theory]
    [InlineData("0813-2100-7919", "081321007919")]
    [InlineData("+62 813 2100 7919", "6281321007919")]
    [InlineData("(022) 7654321", "0227654321")]
    public void Phone_numbers_are_kept_as_digits(string input, string expected) =>
        Phone.Normalize(input).ShouldBe(expected);

    [Theory]
    [InlineData("12345")]
    [InlineData("813210079")]
    [InlineData("0813abc")]
    [InlineData("0813210079191234567")]
    public void A_bad_phone_is_refused(string input) =>
        Should.Throw<DomainException>(() => Phone.Normalize(input)).Code.ShouldBe("phone.format");

    [Fact]
    public void Empty_phone_is_allowed_and_masking_hides_the_middle()
    {
        Phone.Normalize("  ").ShouldBeNull();
        Phone.Mask("081321007919").ShouldBe("0813•••••919");
    }
}
