using System.Globalization;
using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>The program officer on a phone, in Bahasa Indonesia: surveys every member of a submitted proposal, then decides.</summary>
[Collection(BrowserSuite.Name)]
public sealed class OfficerJourneyTests(BrowserApp app)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private static string Rupiah(decimal amount) => "Rp " + amount.ToString("#,0", Indonesian);

    [Fact]
    public async Task An_officer_surveys_every_member_then_approves_within_the_recommendation_and_rejects_one_with_a_reason()
    {
        var (proposalId, groupName, partners) = await app.SubmittedProposalAsync("32.11.07.2005", size: 5, amount: 3_000_000m);
        decimal[] recommended = [2_500_000m, 2_000_000m, 3_000_000m, 1_500_000m, 2_000_000m];
        decimal?[] approved = [1_250_000m, 2_000_000m, 3_000_000m, null, 1_750_000m];
        const string reason = "Usaha belum berjalan enam bulan";
        int[] scores = [4, 3, 5, 2, 4];

        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);

        // The submitted proposal, found in the list of proposals.
        await page.OpenMenuAsync("/proposals");
        await page.ShouldFitThePhoneAsync();
        await page.Locator($"a[href='/proposals/{proposalId}']").ClickAndLoadAsync();
        await page.ShouldShowAsync("h1", $"Proposal kelompok {groupName}");
        await page.ShouldShowAsync("#status", "Diajukan");
        await page.ShouldShowAsync("#requested-total", "Rp 15.000.000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("11-proposal-submitted");

        // Survey and interview of each member: a score for every aspect and a recommended amount.
        for (var i = 0; i < partners.Count; i++)
        {
            var (id, name) = partners[i];
            await page.Locator($"#items a[href='/proposals/{proposalId}/surveys/{id}']").ClickAndLoadAsync();
            await page.ShouldShowAsync("h1", $"Survei dan wawancara: {name}");
            await page.ShouldShowAsync("main", "Diajukan: Rp 3.000.000 untuk Bahan baku");
            await page.ShouldShowAsync("#survey-form", "Petugas: Hendra Gunawan (CDC)");
            var aspects = page.Locator("#survey-form select[id^='score-']");
            (await aspects.CountAsync()).ShouldBe(5);
            foreach (var aspect in await aspects.AllAsync())
            {
                await aspect.SelectOptionAsync(new SelectOptionValue { Label = scores[i].ToString(CultureInfo.InvariantCulture) });
            }

            await page.FillAsync("#Input_Notes", "Tempat produksi bersih; pembukuan sederhana ada");
            await page.FillAsync("#Input_RecommendedAmount", recommended[i].ToString("0", CultureInfo.InvariantCulture));
            await page.ShouldFitThePhoneAsync();
            if (i == 0)
            {
                await page.ScreenshotAsync("12-survey");
            }

            await page.ClickAndLoadAsync("#survey-form button[type=submit]");
            await page.ShouldShowAsync(".flash", "Tersimpan.");
            await page.ShouldShowAsync("#status", "Sedang disurvei");
            var row = page.Locator("#items tr", new PageLocatorOptions { HasText = name });
            await Assertions.Expect(row).ToContainTextAsync($"Rekomendasi: {Rupiah(recommended[i])}");
            await Assertions.Expect(row).ToContainTextAsync("Rata-rata " + scores[i].ToString("0.0", Indonesian));
        }

        (await page.Locator("form.decide-form").CountAsync()).ShouldBe(partners.Count);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("13-proposal-surveyed");

        // The decision, member by member; the amount starts at the survey's recommendation.
        for (var i = 0; i < partners.Count; i++)
        {
            var form = page.Locator($"form.decide-form[data-partner='{partners[i].Id}']");
            await Assertions.Expect(form.Locator("input[name='Decide.Amount']")).ToHaveValueAsync(recommended[i].ToString("0", CultureInfo.InvariantCulture));
            if (approved[i] is { } amount)
            {
                await form.Locator("input[name='Decide.Amount']").FillAsync(amount.ToString("0", CultureInfo.InvariantCulture));
                await form.Locator("button", new LocatorLocatorOptions { HasText = "Setujui" }).ClickAndLoadAsync();
            }
            else
            {
                await form.Locator("input[name='Decide.Reason']").FillAsync(reason);
                await form.Locator("button", new LocatorLocatorOptions { HasText = "Tolak" }).ClickAndLoadAsync();
            }

            await page.ShouldShowAsync(".flash", "Tersimpan.");
            var row = page.Locator("#items tr", new PageLocatorOptions { HasText = partners[i].Name });
            await Assertions.Expect(row).ToContainTextAsync(approved[i] is null ? "Ditolak" : "Disetujui");
            await Assertions.Expect(row.Locator("form.decide-form")).ToHaveCountAsync(0);
        }

        await page.ShouldShowAsync("#status", "Diputuskan");
        await page.ShouldShowAsync("#approved-total", "Rp 8.000.000");
        var rejected = page.Locator("#items tr", new PageLocatorOptions { HasText = partners[3].Name });
        await Assertions.Expect(rejected).ToContainTextAsync(reason);
        var list = page.Locator("#approved tr");
        (await list.CountAsync()).ShouldBe(4);
        for (var i = 0; i < partners.Count; i++)
        {
            var entry = list.Filter(new LocatorFilterOptions { HasText = partners[i].Name });
            if (approved[i] is { } amount)
            {
                await Assertions.Expect(entry).ToContainTextAsync(Rupiah(amount));
            }
            else
            {
                await Assertions.Expect(entry).ToHaveCountAsync(0);
            }
        }

        await page.ShouldShowAsync("#approved", "Rp 1.250.000");
        await page.ShouldShowAsync("#history", "Sedang disurvei → Diputuskan");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("14-proposal-decided");

        // The group's timeline gains the surveys and the decision, in the Enabling approach.
        await page.Locator("dl.facts a", new PageLocatorOptions { HasText = groupName }).ClickAndLoadAsync();
        await page.ShouldShowAsync("#proposal .badge", "Diputuskan");
        var surveys = page.Locator("#timeline li", new PageLocatorOptions { HasText = "Survei dan wawancara" });
        (await surveys.CountAsync()).ShouldBe(partners.Count);
        var decision = page.Locator("#timeline li", new PageLocatorOptions { HasText = "Proposal diputuskan" });
        await Assertions.Expect(decision).ToContainTextAsync("4 dari 5 anggota disetujui, total Rp 8.000.000");
        foreach (var badge in await page.Locator("#timeline li .badge").AllInnerTextsAsync())
        {
            badge.ShouldBe("Pemungkinan");
        }

        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("15-group-decided");
    }
}
