using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// A partner on a phone (the Mekar Sari treasurer) keeps her own cash book: opens it from the menu, enters a day's
/// lines in one short form, is told beside the row what is wrong (nothing saved), corrects it and sees the month's summary.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PartnerCashBookTests(BrowserApp app)
{
    [Fact]
    public async Task A_partner_enters_a_day_of_the_cash_book_and_sees_the_month_s_summary_on_a_phone()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.MekarSariTreasurer);
        await page.ClickAsync("details.menu summary");
        await page.ClickAndLoadAsync("details.menu nav a[href='/cashbook']");
        await page.ShouldShowAsync("h1", "Buku kas sederhana");
        await page.ShouldShowAsync("#cashbook-lines", "Keripik singkong");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("cashbook-01-month");

        await page.ClickAndLoadAsync("#cashbook-add");
        await Assertions.Expect(page.Locator("fieldset.cashbook-row")).ToHaveCountAsync(6);
        await page.ShouldFitThePhoneAsync();
        await page.FillAsync("input[name='Input.Date']", "2025-01-15");
        await page.FillAsync("input[name='Input.Rows[0].Amount']", "0");
        await page.FillAsync("input[name='Input.Rows[1].Amount']", "150.000");
        await page.FillAsync("input[name='Input.Rows[1].Note']", "Singkong 60 kg");
        await page.FillAsync("input[name='Input.Rows[5].Amount']", "50000");
        await page.ClickAndLoadAsync("#cashbook-save");

        (await page.FieldErrorsAsync()).Select(e => e.Field).ShouldBe(["Input.Rows[0].Amount"]);
        await Assertions.Expect(page.Locator("input[name='Input.Rows[1].Amount']")).ToHaveValueAsync("150.000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("cashbook-02-refused");

        await page.FillAsync("input[name='Input.Rows[0].Amount']", "520.000");
        await page.ClickAndLoadAsync("#cashbook-save");
        await page.ShouldShowAsync(".flash", "3 baris");
        await page.ShouldShowAsync("#cashbook-month", "Januari 2025");
        await page.ShouldShowAsync("#sum-sales", "Rp 520.000");
        await page.ShouldShowAsync("#sum-costs", "Rp 150.000");
        await page.ShouldShowAsync("#sum-profit", "Rp 370.000");
        await page.ShouldShowAsync("#sum-household", "Rp 50.000");
        await Assertions.Expect(page.Locator("#cashbook-lines tbody tr")).ToHaveCountAsync(3);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("cashbook-03-summary");

        // Printed, the month keeps its summary and lines and drops the navigation and forms.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("#cashbook-add")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#cashbook-summary")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    }
}
