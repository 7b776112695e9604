using System.Globalization;
using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>Mistakes a person makes on a phone: the message appears beside the field, in Indonesian, and nothing is saved.</summary>
[Collection(BrowserSuite.Name)]
public sealed class MistakesTests(BrowserApp app)
{
    private static readonly DateOnly Birth = new(1981, 8, 17);

    public static TheoryData<string, string, string, string> WrongNiks => new()
    {
        { "short", "Input.Nik", "Perempuan", "NIK harus 16 digit (tertulis 14)." },
        { "letters", "Input.Nik", "Perempuan", "NIK hanya boleh berisi angka." },
        { "serial0000", "Input.Nik", "Perempuan", "Nomor urut NIK (4 digit terakhir) tidak boleh 0000." },
        { "impossible", "Input.Nik", "Perempuan", "Tanggal lahir dalam NIK (digit 7–12) tidak mungkin." },
        { "man", "Input.Sex", "Laki-laki", "Jenis kelamin tidak sesuai dengan NIK (tanggal lahir +40 untuk perempuan)." },
    };

    [Theory]
    [MemberData(nameof(WrongNiks))]
    public async Task A_wrong_NIK_on_the_partner_form_shows_the_message_beside_the_field_and_saves_nothing(string mistake, string field, string sex, string message)
    {
        // A woman born 17 August 1981 in Kecamatan Conggeang: day 17 + 40 = 57.
        var valid = TestData.Nik(Birth, female: true);
        var nik = mistake switch
        {
            "short" => valid[..14],
            "letters" => valid[..12] + "12AB",
            "serial0000" => valid[..12] + "0000",
            "impossible" => "321107" + "300281" + valid[12..],
            _ => valid,
        };
        var name = TestData.Unique("Ibu Salah NIK");
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.OpenMenuAsync("/partners");
        await page.ClickAndLoadAsync("a[href='/partners/new']");
        await page.ShouldShowAsync("h1", "Daftarkan mitra");

        await page.FillAsync("#Input_OwnerName", name);
        await page.FillAsync("#Input_Nik", nik);
        await page.SelectOptionAsync("#Input_Sex", new SelectOptionValue { Label = sex });
        await page.FillAsync("#Input_BirthDate", Birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#Input_Phone", "081322220001");
        await page.PickVillageAsync("#partner-form", "Jawa Barat", "Kabupaten Sumedang", "Conggeang", "Karanglayung");
        await page.FillAsync("#Input_BusinessName", "Tahu Sumedang " + name);
        await page.FillAsync("#Input_Sector", "Makanan");
        await page.FillAsync("#Input_NetAssets", "5000000");
        await page.FillAsync("#Input_YearlySales", "30000000");
        await page.ClickAndLoadAsync("#partner-form button[type=submit]");

        new Uri(page.Url).AbsolutePath.ShouldBe("/partners/new");
        (await page.FieldErrorAsync(field)).ShouldBe(message);
        await Assertions.Expect(page.Locator("#Input_OwnerName")).ToHaveValueAsync(name);
        await Assertions.Expect(page.Locator("#Input_VillageCode")).ToHaveValueAsync("32.11.07.2009");
        (await page.Locator(".flash").CountAsync()).ShouldBe(0);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("21-wrong-nik-" + mistake);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Partners.CountAsync(p => p.OwnerName == name)).ShouldBe(0);
    }

    [Fact]
    public async Task Deciding_above_the_recommendation_shows_the_message_beside_the_amount_and_decides_nothing()
    {
        var (proposalId, _, partners) = await app.SubmittedProposalAsync("32.11.07.2008", size: 5, amount: 3_000_000m);
        await app.SurveyAllAsync(proposalId, partners, 2_000_000m);
        var (partnerId, name) = partners[0];

        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);
        await page.VisitAsync($"/proposals/{proposalId}");
        await page.ShouldShowAsync("#status", "Sedang disurvei");
        var form = page.Locator($"form.decide-form[data-partner='{partnerId}']");
        await form.Locator("input[name='Decide.Amount']").FillAsync("2500000");
        await form.Locator("button", new LocatorLocatorOptions { HasText = "Setujui" }).ClickAndLoadAsync();

        form = page.Locator($"form.decide-form[data-partner='{partnerId}']");
        (await form.Locator("span.field-error[data-valmsg-for='Decide.Amount']").InnerTextAsync()).Trim()
            .ShouldBe("Jumlah melebihi rekomendasi survei (Rp 2.000.000).");
        await Assertions.Expect(form.Locator("input[name='Decide.Amount']")).ToHaveValueAsync("2500000");
        await page.ShouldShowAsync("#status", "Sedang disurvei");
        await Assertions.Expect(page.Locator("#items tr", new PageLocatorOptions { HasText = name })).Not.ToContainTextAsync("Disetujui");
        await page.ShouldShowAsync("#approved", "Belum ada yang disetujui.");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("22-decide-above-recommendation");

        var stored = await app.ProposalAsync(proposalId);
        stored.GetProperty("status").GetString().ShouldBe("UnderSurvey");
        stored.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("decision").ValueKind == System.Text.Json.JsonValueKind.Null);
    }
}
