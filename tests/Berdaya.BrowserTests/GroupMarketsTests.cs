using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// A group's own market rules on a phone: the treasurer of Citra Sari records a new price agreement (a missing member
/// list refused beside the field first) and every member sees it as the price in force; the chair orders from the
/// treasurer, who finds the order in the group's list and records the delivery.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class GroupMarketsTests(BrowserApp app)
{
    private async Task<Guid> GroupAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
    }

    private async Task<Guid> PartnerAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Partners.Where(p => p.OwnerName == name).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task A_treasurer_records_a_new_price_agreement()
    {
        var page = await app.PhoneAsync();
        var group = await GroupAsync();
        await BrowserApp.LoginAsync(page, "bendahara.citrasari@demo.berdaya.id");
        await page.VisitAsync($"/groups/{group}");
        await page.ClickAndLoadAsync("#market-links a[href$='/prices']");
        await Assertions.Expect(page.Locator("#prices-chart svg polyline").First).ToBeVisibleAsync();
        await page.ClickAndLoadAsync("#prices-new");

        // Nobody ticked as present: refused beside the list, the prices kept.
        foreach (var box in await page.Locator("#present input[type='checkbox']").AllAsync())
        {
            await box.UncheckAsync();
        }

        await page.FillAsync("input[name='Input.Lines[0].Price']", "47000");
        await page.ClickAndLoadAsync("#price-form button[type='submit']");
        (await page.FieldErrorAsync("Input.Present")).ShouldNotBeNullOrWhiteSpace();
        await Assertions.Expect(page.Locator("input[name='Input.Lines[0].Price']")).ToHaveValueAsync("47000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("prices-01-refused");

        await page.Locator("#present input[type='checkbox']").First.CheckAsync();
        await page.Locator("#present input[type='checkbox']").Nth(1).CheckAsync();
        await page.ClickAndLoadAsync("#price-form button[type='submit']");
        await Assertions.Expect(page.Locator("#prices-current")).ToContainTextAsync("47.000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("prices-02-in-force");
    }

    [Fact]
    public async Task A_member_orders_from_another_and_the_other_sees_it()
    {
        var chair = await app.PhoneAsync();
        var group = await GroupAsync();
        var iis = await PartnerAsync("Iis Suryani");
        await BrowserApp.LoginAsync(chair, "ketua.citrasari@demo.berdaya.id");
        await chair.VisitAsync($"/groups/{group}/supply");
        await chair.ClickAndLoadAsync("#supply-new");
        await chair.SelectOptionAsync("select[name='Input.SellerId']", iis.ToString());
        await chair.SelectOptionAsync("select[name='Input.VariantId']", new SelectOptionValue { Index = 3 });
        await chair.FillAsync("input[name='Input.Quantity']", "7");
        await chair.ShouldFitThePhoneAsync();
        await chair.ClickAndLoadAsync("#supply-form button[type='submit']");
        await Assertions.Expect(chair.Locator("#supply-order")).ToHaveAttributeAsync("data-status", "Ordered");
        var orderUrl = new Uri(chair.Url).AbsolutePath;
        await chair.ScreenshotAsync("supply-01-ordered");

        var treasurer = await app.PhoneAsync();
        await BrowserApp.LoginAsync(treasurer, "bendahara.citrasari@demo.berdaya.id");
        await treasurer.VisitAsync($"/groups/{group}/supply");
        var id = orderUrl.Split('/').Last();
        await treasurer.ClickAndLoadAsync($"#supply-orders tr[data-order='{id}'] a");
        await treasurer.FillAsync("input[name='Deliver.Quantity']", "9");
        await treasurer.ClickAndLoadAsync("#deliver-form button[type='submit']");
        (await treasurer.FieldErrorAsync("Deliver.Quantity")).ShouldNotBeNullOrWhiteSpace();
        await treasurer.FillAsync("input[name='Deliver.Quantity']", "7");
        await treasurer.ClickAndLoadAsync("#deliver-form button[type='submit']");
        await Assertions.Expect(treasurer.Locator("#supply-order")).ToHaveAttributeAsync("data-status", "Delivered");
        await treasurer.ShouldFitThePhoneAsync();
        await treasurer.ScreenshotAsync("supply-02-delivered");
    }
}
