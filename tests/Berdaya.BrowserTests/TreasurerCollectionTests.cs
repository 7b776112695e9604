using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Repayments;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// The group's treasurer on a phone: opens the month's collection sheet from the group page, enters what
/// each member paid (ticking "paid in full" or typing the amount), reviews the total, confirms, and sees
/// the receipts.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class TreasurerCollectionTests(BrowserApp app)
{
    [Fact]
    public async Task The_treasurer_enters_reviews_and_posts_the_month_s_collection_on_a_phone_and_sees_the_receipts()
    {
        var page = await app.PhoneAsync();
        var g = await CollectionData.GroupAsync(app.Services, e => app.ApiAsync(e));
        var treasurer = await CollectionData.UserAsync(app.Services, g.Treasurer.PartnerId);

        await BrowserApp.LoginAsync(page, treasurer);
        await page.VisitAsync($"/groups/{g.GroupId}");
        await page.ClickAndLoadAsync($"#collection-links a[href='/groups/{g.GroupId}/collection']");
        await page.ShouldShowAsync("h1", g.Name);
        await Assertions.Expect(page.Locator("#sheet tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("input[name='Input.Rows[0].Amount']")).ToHaveValueAsync("");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("collection-01-sheet");

        // Four members paid in full (the tick writes the amount due), one brought only this month's installment.
        foreach (var row in new[] { 0, 2, 3, 4 })
        {
            await page.CheckAsync($"input[name='Input.Rows[{row}].Full']");
        }

        await Assertions.Expect(page.Locator("input[name='Input.Rows[0].Amount']")).ToHaveValueAsync("1260000");
        await page.FillAsync("input[name='Input.Rows[1].Amount']", "315.000");
        await page.ClickAndLoadAsync("#review-sheet");

        await Assertions.Expect(page.Locator("#review-table tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#review-table tbody tr[data-short='true']")).ToHaveCountAsync(1);
        await page.ShouldShowAsync("#review-total", "5.355.000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("collection-02-review");
        await page.ClickAndLoadAsync("#confirm-post");

        await page.ShouldShowAsync(".flash", "5 pembayaran");
        await page.ShouldShowAsync(".flash", "KW-");
        await Assertions.Expect(page.Locator("#posted li[data-receipt]")).ToHaveCountAsync(5);
        await page.ShouldShowAsync("#posted", "315.000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("collection-03-posted");

        // A receipt names the treasurer, not her login, and the login in the footer is not printed.
        await page.Locator("#posted li[data-receipt] a").First.ClickAndLoadAsync();
        await page.ShouldShowAsync("#receipt-receiver", "Bendahara Kelompok " + g.Name);
        await page.ShouldFitThePhoneAsync();
        await Assertions.Expect(page.Locator("footer.foot")).ToContainTextAsync("@");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("footer.foot")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#receipt")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The month's due list: only the member who paid part of her arrears is still late.
        await page.VisitAsync($"/groups/{g.GroupId}/due?month={CollectionData.Month(CollectionData.Today)}");
        await Assertions.Expect(page.Locator("#due tbody tr[data-late='true']")).ToHaveCountAsync(1);
        await page.ShouldFitThePhoneAsync();

        // The blank sheet for paper fits the phone too.
        await page.VisitAsync($"/groups/{g.GroupId}/collection/print?month={CollectionData.Month(CollectionData.Today)}");
        await Assertions.Expect(page.Locator("#print-table tbody tr")).ToHaveCountAsync(5);
        await page.ShouldFitThePhoneAsync();
    }
}
