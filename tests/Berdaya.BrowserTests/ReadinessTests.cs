using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// Market readiness on a phone (docs/domain.md, Market channels and Readiness): the officer opens the matrix from the menu,
/// narrows it to those missing something for Supermarket Yogya, and opens one Citra Sari member to read exactly what she lacks.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ReadinessTests(BrowserApp app)
{
    private async Task<(Guid Yogya, Guid Euis)> DemoAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        var yogya = await db.MarketChannels.Where(c => c.ProgramId == program && c.Name == "Supermarket Yogya").Select(c => c.Id).SingleAsync();
        var euis = await db.Partners.Where(p => p.OwnerName == "Euis Komariah").Select(p => p.Id).SingleAsync();
        return (yogya, euis);
    }

    [Fact]
    public async Task An_officer_finds_who_misses_what_for_the_supermarket_on_a_phone()
    {
        var page = await app.PhoneAsync();
        var (yogya, euis) = await DemoAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);
        await page.OpenMenuAsync("/markets/readiness");
        await page.ShouldShowAsync($"#readiness-counts tr[data-channel='{yogya}']", "Supermarket Yogya");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("readiness-01-matrix");

        await page.SelectOptionAsync("#filter-channel", yogya.ToString());
        await page.SelectOptionAsync("#filter-state", "Missing");
        await page.ClickAndLoadAsync("#readiness-filter button[type='submit']");
        var row = page.Locator($"#readiness-matrix tr[data-partner='{euis}']");
        await Assertions.Expect(row).ToContainTextAsync("Euis Komariah");
        await Assertions.Expect(row.Locator($"td[data-channel='{yogya}']")).ToHaveAttributeAsync("data-state", "Missing");
        await Assertions.Expect(page.Locator($"#readiness-matrix td[data-channel='{yogya}'][data-state='Met']")).ToHaveCountAsync(0);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("readiness-02-missing");

        await row.Locator($"a[href='/partners/{euis}/readiness']").ClickAndLoadAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe($"/partners/{euis}/readiness");
        var channel = page.Locator($"section.readiness-channel[data-channel='{yogya}']");
        await Assertions.Expect(channel).ToHaveAttributeAsync("data-state", "Missing");
        var missing = channel.Locator("li[data-state='Missing']");
        await Assertions.Expect(missing.Filter(new LocatorFilterOptions { HasText = "belum ada Halal" })).ToHaveCountAsync(1);
        await Assertions.Expect(missing.Filter(new LocatorFilterOptions { HasText = "tidak ada barcode" })).ToHaveCountAsync(1);
        await Assertions.Expect(channel.Locator(".next-step")).ToContainTextAsync("PIRT");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("readiness-03-partner");
    }
}
