using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;

namespace Berdaya.Tests.Legality;

public sealed class LegalityNumberTests
{
    private const string Nik = "3211075204680001";

    [Theory]
    [InlineData(LegalityKind.Nib, "9120000112345", null)]
    [InlineData(LegalityKind.Nib, "9120-0001-12345", null)]
    [InlineData(LegalityKind.Nib, "912000011234", "legality.number.nib")]
    [InlineData(LegalityKind.Nib, "91200001123456", "legality.number.nib")]
    [InlineData(LegalityKind.Nib, "91200A0112345", "legality.number.digits")]
    [InlineData(LegalityKind.Pirt, "206321101234526", null)]
    [InlineData(LegalityKind.Pirt, "2063211012345260000", null)]
    [InlineData(LegalityKind.Pirt, "20632110123452600001", null)]
    [InlineData(LegalityKind.Pirt, "20632110123452", "legality.number.pirt")]
    [InlineData(LegalityKind.Pirt, "206321101234526000012", "legality.number.pirt")]
    [InlineData(LegalityKind.Npwp, Nik, null)]
    [InlineData(LegalityKind.Npwp, "nik", null)]
    [InlineData(LegalityKind.Npwp, "09.254.294.3-407.000", null)]
    [InlineData(LegalityKind.Npwp, "3211075204680002", "legality.number.npwp.nik")]
    [InlineData(LegalityKind.Npwp, "09254294340700", "legality.number.npwp")]
    [InlineData(LegalityKind.Halal, "ID32110000123450823", null)]
    [InlineData(LegalityKind.Trademark, "IDM000123456", null)]
    [InlineData(LegalityKind.Halal, " ", "legality.number.required")]
    public void Numbers_have_the_form_of_their_kind(LegalityKind kind, string number, string? code)
    {
        var problem = LegalityNumbers.Problem(kind, number, Nik);
        problem?.Code.ShouldBe(code);
        if (code is null)
        {
            problem.ShouldBeNull();
        }
        else
        {
            problem.ShouldNotBeNull().Field.ShouldBe("Number");
        }
    }

    [Fact]
    public void Free_text_numbers_are_bounded()
    {
        LegalityNumbers.Problem(LegalityKind.Trademark, new string('A', LegalityNumbers.MaxFreeText), Nik).ShouldBeNull();
        LegalityNumbers.Problem(LegalityKind.Trademark, new string('A', LegalityNumbers.MaxFreeText + 1), Nik)!.Code.ShouldBe("legality.number.toolong");
    }

    [Fact]
    public void Digits_are_kept_without_the_printed_separators()
    {
        LegalityNumbers.Normalize(LegalityKind.Npwp, "09.254.294.3-407.000").ShouldBe("092542943407000");
        LegalityNumbers.Normalize(LegalityKind.Halal, "  ID 3211  ").ShouldBe("ID 3211");
    }

    [Fact]
    public void An_NPWP_that_is_the_NIK_is_not_kept_a_second_time()
    {
        LegalityNumbers.Stored(LegalityKind.Npwp, Nik, Nik).ShouldBe(LegalityNumbers.NikMarker);
        LegalityNumbers.Stored(LegalityKind.Npwp, "nik", Nik).ShouldBe(LegalityNumbers.NikMarker);
        LegalityNumbers.Stored(LegalityKind.Npwp, "09.254.294.3-407.000", Nik).ShouldBe("092542943407000");
    }
}

public sealed class LegalityExpiryTests
{
    private static readonly DateOnly Granted = new(2021, 3, 1);

    [Fact]
    public void A_PIRT_lasts_5_years_from_the_grant_and_a_trademark_10_from_filing()
    {
        LegalityExpiry.RuleExpiry(LegalityKind.Pirt, new DateOnly(2020, 12, 1), Granted).ShouldBe(new DateOnly(2026, 3, 1));
        LegalityExpiry.RuleExpiry(LegalityKind.Trademark, new DateOnly(2019, 6, 10), Granted).ShouldBe(new DateOnly(2029, 6, 10));
        LegalityExpiry.RuleExpiry(LegalityKind.Halal, null, Granted).ShouldBeNull();
        LegalityExpiry.RuleExpiry(LegalityKind.Nib, null, Granted).ShouldBeNull();
        LegalityExpiry.RuleExpiry(LegalityKind.Npwp, null, Granted).ShouldBeNull();
    }

    [Fact]
    public void A_grant_reads_as_expired_from_the_day_after_its_expiry()
    {
        var expires = new DateOnly(2026, 3, 1);
        LegalityExpiry.StateOn(LegalityState.Granted, expires, expires).ShouldBe(LegalityState.Granted);
        LegalityExpiry.StateOn(LegalityState.Granted, expires, expires.AddDays(1)).ShouldBe(LegalityState.Expired);
        LegalityExpiry.StateOn(LegalityState.Granted, null, new DateOnly(2090, 1, 1)).ShouldBe(LegalityState.Granted);
        LegalityExpiry.StateOn(LegalityState.Applied, expires, expires.AddDays(1)).ShouldBe(LegalityState.Applied);
    }

    [Theory]
    [InlineData(91, null)]
    [InlineData(90, 90)]
    [InlineData(31, 90)]
    [InlineData(30, 30)]
    [InlineData(0, 30)]
    [InlineData(-1, null)]
    public void Reminders_come_90_days_and_again_30_days_before(int daysLeft, int? reminder)
    {
        var today = new DateOnly(2026, 12, 5);
        LegalityExpiry.ReminderOn(today.AddDays(daysLeft), today).ShouldBe(reminder);
    }

    [Fact]
    public void Food_producers_are_known_by_their_sector_or_products()
    {
        FoodProducer.Is("Makanan ringan (emping/opak)").ShouldBeTrue();
        FoodProducer.Is("Kerajinan", "Keripik singkong").ShouldBeTrue();
        FoodProducer.Is("Kerajinan bambu", "Anyaman").ShouldBeFalse();
    }
}

public sealed class LegalityItemTests
{
    private const string Nik = "3211075204680001";
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly DateTimeOffset At = new(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);

    private static LegalityItem Item(LegalityKind kind) => new(Guid.NewGuid(), Guid.NewGuid(), kind, At);

    private static List<string> Codes(Action act) =>
        Should.Throw<DomainException>(act) is DomainValidationException many ? many.Errors.Select(e => e.Code).ToList() : [];

    private static LegalityEntry GrantedPirt(DateOnly granted, DateOnly? expires = null) =>
        new(LegalityState.Granted, "206321101234526", granted.AddMonths(-1), granted, expires, "Dinas Kesehatan Kabupaten Sumedang");

    [Fact]
    public void A_PIRT_is_not_granted_without_the_food_safety_certificate()
    {
        var item = Item(LegalityKind.Pirt);
        Codes(() => item.Record(GrantedPirt(Today.AddDays(-10)), Nik, false, Today, "u", At)).ShouldBe(["legality.pirt.foodsafety"]);
        item.State.ShouldBe(LegalityState.NotStarted);

        var change = item.Record(GrantedPirt(Today.AddDays(-10)), Nik, true, Today, "u", At);
        item.ExpiresOn.ShouldBe(Today.AddDays(-10).AddYears(5));
        change.ToState.ShouldBe(LegalityState.Granted);
        change.FromState.ShouldBe(LegalityState.NotStarted);
    }

    [Fact]
    public void An_expiry_before_the_grant_or_past_the_rule_is_refused()
    {
        var item = Item(LegalityKind.Pirt);
        var granted = Today.AddDays(-10);
        Codes(() => item.Record(GrantedPirt(granted, granted.AddDays(-1)), Nik, true, Today, "u", At)).ShouldBe(["legality.expiry.beforegrant"]);
        Codes(() => item.Record(GrantedPirt(granted, granted), Nik, true, Today, "u", At)).ShouldBe(["legality.expiry.beforegrant"]);
        Codes(() => item.Record(GrantedPirt(granted, granted.AddYears(5).AddDays(1)), Nik, true, Today, "u", At)).ShouldBe(["legality.expiry.toolate"]);
        item.Record(GrantedPirt(granted, granted.AddYears(3)), Nik, true, Today, "u", At);
        item.ExpiresOn.ShouldBe(granted.AddYears(3));
    }

    [Fact]
    public void Licences_without_an_expiry_refuse_one()
    {
        var item = Item(LegalityKind.Nib);
        Codes(() => item.Record(new LegalityEntry(LegalityState.Granted, "9120000112345", null, Today, Today.AddYears(1)), Nik, true, Today, "u", At))
            .ShouldBe(["legality.expiry.none"]);
    }

    [Fact]
    public void Every_broken_rule_is_named_at_once()
    {
        var item = Item(LegalityKind.Nib);
        var codes = Codes(() => item.Record(new LegalityEntry(LegalityState.Granted, "123", Today.AddDays(3), null), Nik, true, Today, "u", At));
        codes.ShouldBe(["legality.number.nib", "date.future", "legality.granted.required"], ignoreOrder: true);
    }

    [Fact]
    public void Expired_is_never_chosen_and_a_grant_does_not_go_back()
    {
        var item = Item(LegalityKind.Nib);
        Codes(() => item.Record(new LegalityEntry(LegalityState.Expired), Nik, true, Today, "u", At)).ShouldBe(["legality.state.expired"]);
        item.Record(new LegalityEntry(LegalityState.Granted, "9120000112345", null, Today), Nik, true, Today, "u", At);
        Codes(() => item.Record(new LegalityEntry(LegalityState.Preparing), Nik, true, Today, "u", At)).ShouldBe(["legality.state.move"]);
        LegalityItem.MayMove(LegalityState.Expired, LegalityState.Applied).ShouldBeTrue();
        LegalityItem.MayMove(LegalityState.NotStarted, LegalityState.Rejected).ShouldBeFalse();
    }

    [Fact]
    public void A_trademark_is_renewed_only_in_the_last_6_months_before_expiry()
    {
        var item = Item(LegalityKind.Trademark);
        var filed = Today.AddYears(-10).AddMonths(7);
        item.Record(new LegalityEntry(LegalityState.Granted, "IDM000123456", filed, filed.AddYears(1)), Nik, true, Today, "u", At);
        var expires = filed.AddYears(10);
        item.ExpiresOn.ShouldBe(expires);

        Should.Throw<DomainException>(() => item.Renew(Today, null, "u", At)).Code.ShouldBe("legality.renew.early");
        var inWindow = expires.AddMonths(-6);
        item.Renew(inWindow, "Perpanjangan", "u", At).Action.ShouldBe("renewed");
        item.ExpiresOn.ShouldBe(expires.AddYears(10));

        // Correcting the renewed mark's details keeps the renewal's expiry.
        item.Record(new LegalityEntry(LegalityState.Granted, "IDM000123456", filed, filed.AddYears(1), IssuingOffice: "DJKI"), Nik, true, inWindow, "u", At);
        item.ExpiresOn.ShouldBe(expires.AddYears(10));
        item.Record(new LegalityEntry(LegalityState.Granted, "IDM000123456", filed, filed.AddYears(1), expires.AddYears(10)), Nik, true, inWindow, "u", At);

        var lapsed = Item(LegalityKind.Trademark);
        lapsed.Record(new LegalityEntry(LegalityState.Granted, "IDM000123457", filed, filed.AddYears(1)), Nik, true, Today, "u", At);
        Should.Throw<DomainException>(() => lapsed.Renew(expires.AddDays(1), null, "u", At)).Code.ShouldBe("legality.renew.notheld");
    }

    [Fact]
    public void A_recipe_change_ends_a_Halal_certificate()
    {
        var item = Item(LegalityKind.Halal);
        item.Record(new LegalityEntry(LegalityState.Granted, "ID32110000123450823", Today.AddYears(-2), Today.AddYears(-1)), Nik, true, Today, "u", At);
        item.ExpiresOn.ShouldBeNull();
        item.StateOn(Today.AddYears(30)).ShouldBe(LegalityState.Granted);

        Codes(() => item.EndByChange(Today.AddYears(-3), "", Today, "u", At)).ShouldBe(["legality.change.beforegrant", "legality.change.note.required"], ignoreOrder: true);
        item.EndByChange(Today.AddDays(-1), "Ganti pemasok melinjo", Today, "u", At).ToState.ShouldBe(LegalityState.Expired);
        item.StateOn(Today).ShouldBe(LegalityState.Expired);
        Codes(() => item.EndByChange(Today, "Lagi", Today, "u", At)).ShouldBe(["legality.change.notheld"]);
    }
}
