using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// Consignment on a phone (docs/domain.md, Placements and consignment): Eti Rohaeti, chair of Citra Sari, keeps her own
/// placement at Supermarket Yogya: she records a delivery and a payment and sees the outlet's balance change; a payment
/// above what the outlet owes is refused beside the amount, with nothing saved.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ConsignmentTests(BrowserApp app)
{
    private async Task<(Guid Eti, Guid Placement)> DemoAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var eti = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
        var placement = await db.Placements.Where(p => p.PartnerId == eti && p.OutletName == "Yogya Sumedang").Select(p => p.Id).SingleAsync();
        return (eti, placement);
    }

    private async Task<int> PaymentsAsync(Guid placement)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.PlacementPayments.CountAsync(p => p.PlacementId == placement);
    }

    [Fact]
    public async Task A_partner_records_a_delivery_and_a_payment_at_the_supermarket_on_a_phone()
    {
        var page = await app.PhoneAsync();
        var (eti, placement) = await DemoAsync();
        await BrowserApp.LoginAsync(page, Demo.Chair);
        await page.VisitAsync($"/partners/{eti}");
        await page.ClickAndLoadAsync("#placements-link a");
        var outlet = page.Locator("#placements tr[data-outlet='Yogya Sumedang']");
        await Assertions.Expect(outlet).ToContainTextAsync("1.375.000");
        await page.ShouldFitThePhoneAsync();
        await outlet.Locator($"a[href='/placements/{placement}']").ClickAndLoadAsync();

        // The demo: 240 delivered in March and April 2010, 210 sold and 12 back; April's 110 sold not yet paid.
        await page.ShouldShowAsync("#balance-delivered", "240");
        await page.ShouldShowAsync("#balance-onhand", "18");
        await page.ShouldShowAsync("#balance-owed", "1.375.000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("consignment-01-balance");

        await Assertions.Expect(page.Locator("input[name='Deliver.Lines[0].Product']")).ToHaveValueAsync("Emping original 1/4 kg");
        await page.FillAsync("input[name='Deliver.Lines[0].Quantity']", "60");
        await page.ClickAndLoadAsync("#delivery-save");
        await page.ShouldShowAsync(".flash", "Pengiriman dicatat");
        await page.ShouldShowAsync("#balance-delivered", "300");
        await page.ShouldShowAsync("#balance-onhand", "78");
        await page.ShouldShowAsync("#balance-owed", "1.375.000");

        // More than owed: refused beside the amount, what she typed kept, nothing saved.
        var before = await PaymentsAsync(placement);
        await page.FillAsync("input[name='Pay.Amount']", "2000000");
        await page.ClickAndLoadAsync("#payment-save");
        (await page.FieldErrorAsync("Pay.Amount")).ShouldBe("Pembayaran melebihi utang toko (Rp 1.375.000).");
        await Assertions.Expect(page.Locator("input[name='Pay.Amount']")).ToHaveValueAsync("2000000");
        await page.ShouldShowAsync("#balance-owed", "1.375.000");
        (await PaymentsAsync(placement)).ShouldBe(before);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("consignment-02-refused");

        await page.FillAsync("input[name='Pay.Amount']", "1.000.000");
        await page.ClickAndLoadAsync("#payment-save");
        await page.ShouldShowAsync(".flash", "Pembayaran dicatat");
        await page.ShouldShowAsync("#balance-owed", "375.000");
        await page.ShouldShowAsync("#payments", "1.000.000");
        (await PaymentsAsync(placement)).ShouldBe(before + 1);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("consignment-03-paid");
    }
}
