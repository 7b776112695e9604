using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// Meet and Greet on a phone (docs/domain.md, Meet and Greet): the facilitator records Entin Supartini's consent, given at last,
/// and she appears in the directory; she withdraws it by phone and disappears; the officer opens the Conggeang matching round,
/// reads why each pair was proposed and keeps one.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class MeetAndGreetJourneyTests(BrowserApp app)
{
    private async Task<Guid> PartnerAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Partners.Where(p => p.OwnerName == name).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task A_partner_gives_consent_through_the_facilitator_appears_then_withdraws_and_disappears_on_a_phone()
    {
        var entin = await PartnerAsync("Entin Supartini");
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);

        await page.VisitAsync($"/partners/{entin}/directory");
        await page.ShouldShowAsync("#consent-state", "Tidak tampil di direktori");
        await page.ShouldShowAsync("#consent-history", "Tidak bersedia");

        // Asked again, she agrees, in person, to be shown to fellow partners with her business, products and village.
        await page.Locator("#Consent_Decision").SelectOptionAsync("Given");
        await page.Locator("#Consent_Way").SelectOptionAsync("InPerson");
        await page.ShouldFitThePhoneAsync();
        await page.ClickAndLoadAsync("#consent-save");
        await page.ShouldShowAsync("#consent-state", "Tampil di direktori");
        await page.ScreenshotAsync("meetandgreet-01-consent");

        await page.VisitAsync("/directory?q=Entin");
        await Assertions.Expect(page.Locator($"#directory-list article[data-partner='{entin}']")).ToHaveCountAsync(1);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("meetandgreet-02-directory");

        // She calls the facilitator to withdraw: gone from the directory and its print at once.
        await page.VisitAsync($"/partners/{entin}/directory");
        await page.Locator("#Consent_Decision").SelectOptionAsync("Withdrawn");
        await page.Locator("#Consent_Way").SelectOptionAsync("Phone");
        await page.ClickAndLoadAsync("#consent-save");
        await page.ShouldShowAsync("#consent-state", "Tidak tampil di direktori");
        await page.VisitAsync("/directory?q=Entin");
        await Assertions.Expect(page.Locator($"#directory-list article[data-partner='{entin}']")).ToHaveCountAsync(0);
        await page.VisitAsync("/directory/print?district=32.11.07");
        await Assertions.Expect(page.Locator("#directory-print")).Not.ToContainTextAsync("Entin Supartini");
        await Assertions.Expect(page.Locator("#directory-print")).ToContainTextAsync("Eti Rohaeti");
    }

    [Fact]
    public async Task An_officer_reads_the_reasons_of_the_Conggeang_round_and_keeps_a_pair_on_a_phone()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);
        await page.VisitAsync("/matching");
        await page.ShouldShowAsync("#rounds", "Temu mitra Conggeang 2026");
        await page.ClickAndLoadAsync("#rounds a");
        await page.ShouldShowAsync("#round-summary", "mitra binaan");
        var first = page.Locator("#round-pairs article").First;
        await Assertions.Expect(first).ToContainTextAsync("satu kecamatan");
        await Assertions.Expect(first).ToContainTextAsync("Diusulkan");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("meetandgreet-03-round");

        var id = await first.GetAttributeAsync("data-pair");
        await first.Locator("button[value='true']").ClickAndLoadAsync();
        await Assertions.Expect(page.Locator($"#round-pairs article[data-pair='{id}']")).ToContainTextAsync("Disetujui");
        await Assertions.Expect(page.Locator($"#round-pairs article[data-pair='{id}'] form")).ToHaveCountAsync(0);
    }
}
