using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Repayments;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// The group's treasurer on a phone: opens the month's collection sheet from the
/// group page, changes what one member paid, posts the whole sheet and sees the receipts.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class TreasurerCollectionTests(BrowserApp app)
{
    [Fact]
    public async Task The_treasurer_posts_the_month_s_collection_on_a_phone_and_sees_the_receipts()
    {
        var page = await app.PhoneAsync();
        var g = await CollectionData.GroupAsync(app.Services, e => app.ApiAsync(e));
        var treasurer = await CollectionData.UserAsync(app.Services, g.Treasurer.PartnerId);

        await BrowserApp.LoginAsync(page, treasurer);
        await page.VisitAsync($"/groups/{g.GroupId}");
        await page.ClickAndLoadAsync($"#collection-links a[href='/groups/{g.GroupId}/collection']");
        await page.ShouldShowAsync("h1", g.Name);
        await Assertions.Expect(page.Locator("#sheet tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("input[name='Input.Rows[0].Amount']")).ToHaveValueAsync("1260000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("collection-01-sheet");

        // One member brought only this month's installment.
        await page.FillAsync("input[name='Input.Rows[1].Amount']", "315.000");
        await page.ClickAndLoadAsync("#post-all");

        await page.ShouldShowAsync(".flash", "5 pembayaran");
        await page.ShouldShowAsync(".flash", "KW-");
        await Assertions.Expect(page.Locator("#posted li[data-receipt]")).ToHaveCountAsync(5);
        await page.ShouldShowAsync("#posted", "315.000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("collection-02-posted");

        // The month's due list: only the member who paid part of her arrears is still late.
        await page.ClickAndLoadAsync($"a[href='/groups/{g.GroupId}/due?month={CollectionData.Month(CollectionData.Today)}']");
        await Assertions.Expect(page.Locator("#due tbody tr[data-late='true']")).ToHaveCountAsync(1);
        await page.ShouldFitThePhoneAsync();
    }
}
