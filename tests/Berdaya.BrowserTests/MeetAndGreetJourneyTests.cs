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
/// reads why each pair was proposed and keeps one; a Mekar Sari mentee rates her confidence after meeting her mentor.
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
        var first = page.Locator("#round-pairs article", new() { HasText = "Diusulkan" }).First;
        await Assertions.Expect(first).ToContainTextAsync("satu kecamatan");
        await Assertions.Expect(first).ToContainTextAsync("Diusulkan");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("meetandgreet-03-round");

        var id = await first.GetAttributeAsync("data-pair");
        await first.Locator("button[value='true']").ClickAndLoadAsync();
        await Assertions.Expect(page.Locator($"#round-pairs article[data-pair='{id}']")).ToContainTextAsync("Disetujui");
        await Assertions.Expect(page.Locator($"#round-pairs article[data-pair='{id}'] button[name='keep']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"#round-pairs article[data-pair='{id}']")).ToContainTextAsync("Mitra binaan setuju");
        await page.ShouldShowAsync("#round-outcome", "Hasil putaran");
    }

    [Fact]
    public async Task A_mentee_rates_her_confidence_after_meeting_her_mentor_on_a_phone()
    {
        Guid own;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            own = await db.Users.Where(u => u.Email == Demo.MekarSariTreasurer).Select(u => u.PartnerId!.Value).SingleAsync();
        }

        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.MekarSariTreasurer);
        await page.VisitAsync($"/partners/{own}/mentoring");
        await page.ShouldShowAsync("#mentoring-pairs", "Mentor Anda: Titin Suhartini");
        await page.ShouldShowAsync("#mentoring-meetings", "Rumah Titin Suhartini");
        var form = page.Locator(".confidence-form[data-moment='After']");
        await Assertions.Expect(form).ToContainTextAsync("Saya berani menghubungi mitra lain");
        await page.ShouldFitThePhoneAsync();

        // One statement left out: the message is beside it and nothing is saved.
        await form.Locator("input[name='Rate.Grow'][value='4']").CheckAsync();
        await form.Locator("input[name='Rate.Reach'][value='5']").CheckAsync();
        await form.Locator("input[name='Rate.Help'][value='4']").CheckAsync();
        await form.Locator("button[type='submit']").ClickAndLoadAsync();
        await page.ShouldShowAsync(".confidence-form[data-moment='After']", "Nilai antara 1 dan 5");
        await page.ScreenshotAsync("meetandgreet-04-confidence");

        form = page.Locator(".confidence-form[data-moment='After']");
        await form.Locator("input[name='Rate.Grow'][value='4']").CheckAsync();
        await form.Locator("input[name='Rate.Reach'][value='5']").CheckAsync();
        await form.Locator("input[name='Rate.Help'][value='4']").CheckAsync();
        await form.Locator("input[name='Rate.Repay'][value='5']").CheckAsync();
        await form.Locator("button[type='submit']").ClickAndLoadAsync();
        await page.ShouldShowAsync("#mentoring-ratings", "Sesudah pertemuan: rata-rata 4,5 dari 5");
        await Assertions.Expect(page.Locator(".confidence-form")).ToHaveCountAsync(0);
    }
}
