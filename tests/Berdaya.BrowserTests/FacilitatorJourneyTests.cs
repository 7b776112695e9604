using System.Globalization;
using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// The Enabling stage as the village facilitator lives it on a phone, in Bahasa Indonesia: the
/// socialization meeting, its attendees becoming partners, the group, its proposal, submitted.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class FacilitatorJourneyTests(BrowserApp app)
{
    private const string Village = "Cipamekar";

    private sealed record Person(string Name, bool Female, DateOnly Birth, string Phone, string Business, string Role, decimal Amount, string Purpose)
    {
        public string Nik { get; } = TestData.Nik(Birth, Female);
    }

    [Fact]
    public async Task A_facilitator_records_a_socialization_registers_partners_forms_a_group_and_submits_its_proposal()
    {
        var page = await app.PhoneAsync();
        var tag = Guid.NewGuid().ToString("N")[..5];
        Person[] people =
        [
            new($"Ibu Ai Sumarni {tag}", true, new DateOnly(1979, 3, 14), "081221110001", $"Opak Ai {tag}", "Ketua", 2_500_000m, "Beras ketan dan kayu bakar"),
            new($"Ibu Lilis Karlina {tag}", true, new DateOnly(1983, 11, 2), "081221110002", $"Opak Lilis {tag}", "Sekretaris", 2_000_000m, "Kemasan plastik dan label"),
            new($"Ibu Enok Sariah {tag}", true, new DateOnly(1975, 7, 29), "081221110003", $"Opak Enok {tag}", "Bendahara", 1_500_000m, "Alat penjemur"),
            new($"Bapak Dadang Suhendar {tag}", false, new DateOnly(1972, 1, 9), "081221110004", $"Ranginang Dadang {tag}", "Anggota", 3_000_000m, "Tungku dan wajan"),
            new($"Ibu Imas Rohimah {tag}", true, new DateOnly(1988, 5, 21), "081221110005", $"Opak Imas {tag}", "Anggota", 1_250_000m, "Bahan baku"),
        ];

        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.ShouldFitThePhoneAsync();

        // 1. The socialization meeting.
        await page.OpenMenuAsync("/socializations");
        await page.ShouldShowAsync("h1", "Sosialisasi");
        await page.ShouldFitThePhoneAsync();
        await page.ClickAndLoadAsync("a[href='/socializations/new']");
        await page.ShouldShowAsync("h1", "Catat sosialisasi");
        // Held today, the day the group forms and drafts its proposal: the timeline still starts with the meeting.
        var heldOn = DateOnly.ParseExact(await page.InputValueAsync("#Input_HeldOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        (Berdaya.Domain.Common.BusinessCalendar.Today(TimeProvider.System).DayNumber - heldOn.DayNumber).ShouldBeInRange(0, 1, "the date starts at today");
        await page.PickVillageAsync("#socialization-form", "Jawa Barat", "Kabupaten Sumedang", "Conggeang", Village);
        await Assertions.Expect(page.Locator("#Input_VillageCode")).ToHaveValueAsync("32.11.07.2003");
        await page.FillAsync("#Input_Place", $"Balai Desa {Village}");
        await page.FillAsync("#Input_OfficersPresent", "Hendra Gunawan (CDC)");
        await page.FillAsync("#Input_Topics", "Program kemitraan: pinjaman kelompok, pelatihan, pameran");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("01-socialization-new");
        await page.ClickAndLoadAsync("#socialization-form button[type=submit]");
        await page.ShouldShowAsync(".flash", "Sosialisasi tercatat.");
        await page.ShouldShowAsync("dl.facts", $"Balai Desa {Village}");
        await page.ShouldShowAsync("dl.facts", Village);
        await page.ShouldShowAsync("h1", heldOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")));
        await page.ShouldShowAsync("#attendees h2", "Peserta (0)");
        var meetingUrl = page.Url;

        // 2. Attendees: new people, their village taken from the meeting.
        foreach (var person in people)
        {
            await page.FillAsync("#Person_Name", person.Name);
            await page.FillAsync("#Person_Phone", person.Phone);
            await Assertions.Expect(page.Locator("#Person_VillageCode")).ToHaveValueAsync("32.11.07.2003");
            await page.CheckAsync("#Person_Interested");
            await page.ClickAndLoadAsync("#add-person button[type=submit]");
            await page.ShouldShowAsync(".flash", "Peserta ditambahkan.");
        }

        await page.ShouldShowAsync("#attendees h2", $"Peserta ({people.Length})");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("02-socialization-attendees");

        // 3. Each attendee registered as a partner in one step: name, phone and village come filled in.
        foreach (var person in people)
        {
            await page.VisitAsync(meetingUrl);
            await page.Locator("#attendees tr", new PageLocatorOptions { HasText = person.Name }).Locator("a[href$='/partner']").ClickAndLoadAsync();
            await page.ShouldShowAsync("h1", "Daftarkan sebagai mitra");
            await Assertions.Expect(page.Locator("#Input_OwnerName")).ToHaveValueAsync(person.Name);
            await Assertions.Expect(page.Locator("#Input_Phone")).ToHaveValueAsync(person.Phone);
            await page.FillAsync("#Input_Nik", person.Nik);
            await page.SelectOptionAsync("#Input_Sex", new SelectOptionValue { Label = person.Female ? "Perempuan" : "Laki-laki" });
            await page.FillAsync("#Input_BirthDate", person.Birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.FillAsync("#Input_Address", $"Dusun Babakan, Desa {Village}");
            await page.FillAsync("#Input_BusinessName", person.Business);
            await page.FillAsync("#Input_Sector", "Makanan ringan");
            await page.FillAsync("#Input_Products", "Opak ketan bakar");
            await page.FillAsync("#Input_BusinessStartedOn", "2015-06-01");
            await page.FillAsync("#Input_NetAssets", "8000000");
            await page.FillAsync("#Input_YearlySales", "45000000");
            await page.FillAsync("#Input_Employees", "1");
            await page.ShouldFitThePhoneAsync();
            if (person == people[0])
            {
                await page.ScreenshotAsync("03-register-attendee");
            }

            await page.ClickAndLoadAsync("#partner-form button[type=submit]");
            await page.ShouldShowAsync(".flash", "Data mitra tersimpan.");
            await page.ShouldShowAsync("h1", person.Name);
            page.IdFromUrl("/partners");
            await page.ShouldFitThePhoneAsync();
            if (person == people[0])
            {
                await page.ScreenshotAsync("04-partner");
            }
        }

        await page.VisitAsync(meetingUrl);
        (await page.Locator("#attendees a", new PageLocatorOptions { HasText = "Buka data mitra" }).CountAsync()).ShouldBe(people.Length);
        (await page.Locator("#attendees a[href$='/partner']").CountAsync()).ShouldBe(0);

        // 4. The group: village first, then tick the members and give the officers their roles.
        await page.OpenMenuAsync("/groups");
        await page.ClickAndLoadAsync("a[href='/groups/new']");
        await page.ShouldShowAsync("h1", "Bentuk kelompok");
        var groupName = $"Opak Rancage {tag}";
        await page.FillAsync("#Input_Name", groupName);
        await page.PickVillageAsync("#group-form", "Jawa Barat", "Kabupaten Sumedang", "Conggeang", Village);
        await page.ClickAndLoadAsync("#group-form button", new() { HasText = "Tampilkan mitra desa ini" });
        await Assertions.Expect(page.Locator("#Input_Name")).ToHaveValueAsync(groupName);
        (await page.Locator("#group-form .field-error").AllInnerTextsAsync()).ShouldAllBe(t => t.Trim().Length == 0, "showing the village's partners saves nothing, so it finds no mistakes");
        foreach (var person in people)
        {
            var row = page.Locator("#group-form tr", new PageLocatorOptions { HasText = person.Name });
            await row.Locator("input[type=checkbox]").CheckAsync();
            await row.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = person.Role });
        }

        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("05-group-new");
        await page.ClickAndLoadAsync("#group-form button", new() { HasText = "Simpan" });
        await page.ShouldShowAsync(".flash", "Kelompok disimpan.");
        await page.ShouldShowAsync("h1", groupName);
        var groupUrl = page.Url;
        (await page.Locator("#members tbody tr").CountAsync()).ShouldBe(people.Length);
        foreach (var person in people)
        {
            await Assertions.Expect(page.Locator("#members tr", new PageLocatorOptions { HasText = person.Name })).ToContainTextAsync(person.Role);
        }

        await page.ShouldShowAsync("#proposal", "Belum ada");
        await page.ShouldFitThePhoneAsync();

        // 5. The proposal: an amount and a purpose per member, saved as a draft, then submitted.
        await page.ClickAndLoadAsync("#proposal a[href$='/proposals/new']");
        await page.ShouldShowAsync("h1", $"Proposal baru untuk kelompok {groupName}");
        await page.FillAsync("#Input_BusinessPlan", "Menambah produksi opak untuk pasar Sumedang dan oleh-oleh Tol Cisumdawu");
        foreach (var person in people)
        {
            var row = page.Locator("#draft-form tr", new PageLocatorOptions { HasText = person.Name });
            await row.Locator("input[name$='.Amount']").FillAsync(person.Amount.ToString("0", CultureInfo.InvariantCulture));
            await row.Locator("input[name$='.Purpose']").FillAsync(person.Purpose);
        }

        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("06-proposal-new");
        await page.ClickAndLoadAsync("#draft-form button[type=submit]");
        await page.ShouldShowAsync(".flash", "Tersimpan.");
        await page.ShouldShowAsync("#status", "Draf");
        await page.ShouldShowAsync("#requested-total", "Rp 10.250.000");
        foreach (var person in people)
        {
            var row = page.Locator("#items tr", new PageLocatorOptions { HasText = person.Name });
            await Assertions.Expect(row).ToContainTextAsync("Rp " + person.Amount.ToString("#,0", CultureInfo.GetCultureInfo("id-ID")));
            await Assertions.Expect(row).ToContainTextAsync(person.Purpose);
        }

        await page.ShouldFitThePhoneAsync();
        await page.ClickAndLoadAsync("#submit-form button");
        await page.ShouldShowAsync(".flash", "Tersimpan.");
        await page.ShouldShowAsync("#status", "Diajukan");
        await page.ShouldShowAsync("#history", "Draf → Diajukan");
        (await page.Locator("#submit-form").CountAsync()).ShouldBe(0);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("07-proposal-submitted");

        // 6. The group page tells the story so far, every step in the Enabling approach.
        await page.VisitAsync(groupUrl);
        await page.ShouldShowAsync("#proposal .badge", "Diajukan");
        await page.ShouldShowAsync("#proposal", "Rp 10.250.000");
        var steps = page.Locator("#timeline li");
        var texts = await steps.AllInnerTextsAsync();
        string[] expected = ["Sosialisasi", "Kelompok dibentuk", "Proposal disusun", "Proposal diajukan"];
        var positions = expected.Select(step => Array.FindIndex(texts.ToArray(), t => t.Contains(step, StringComparison.Ordinal))).ToList();
        positions.ShouldAllBe(i => i >= 0, string.Join(" | ", texts));
        positions.ShouldBeInOrder(SortDirection.Ascending);
        texts[positions[0]].ShouldContain($"Balai Desa {Village}");
        foreach (var person in people)
        {
            texts[positions[0]].ShouldContain(person.Name);
        }

        texts[positions[1]].ShouldContain($"{people.Length} anggota");
        texts[positions[3]].ShouldContain("Rp 10.250.000");
        foreach (var i in positions)
        {
            (await steps.Nth(i).Locator(".badge").InnerTextAsync()).ShouldBe("Pemungkinan");
        }

        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("08-group");
    }
}
