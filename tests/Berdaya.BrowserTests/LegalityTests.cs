using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// Legality on a phone: the chair of Citra Sari finds her licences from her page and sees her PIRT expiring;
/// the facilitator's mistyped NIB is refused beside the field, with what was typed kept.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class LegalityTests(BrowserApp app)
{
    private async Task<Guid> PartnerAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Partners.Where(p => p.OwnerName == name).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task The_chair_sees_her_expiring_PIRT_and_a_wrong_NIB_is_refused_beside_the_field()
    {
        var eti = await PartnerAsync("Eti Rohaeti");
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, "ketua.citrasari@demo.berdaya.id");
        await page.VisitAsync($"/partners/{eti}");
        await page.ClickAndLoadAsync("#legality-link");
        await Assertions.Expect(page.Locator("#legality tbody tr")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#legality tr[data-kind='pirt'] .badge.warn")).ToBeVisibleAsync();
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("legality-01-chair");
        await page.ClickAndLoadAsync("#legality tr[data-kind='pirt'] a.button");
        await Assertions.Expect(page.Locator("#record-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#upload-form")).ToBeVisibleAsync();
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("legality-02-chair-pirt");

        var euis = await PartnerAsync("Euis Komariah");
        var facilitator = await app.PhoneAsync();
        await BrowserApp.LoginAsync(facilitator, "facilitator@demo.berdaya.id");
        await facilitator.VisitAsync($"/partners/{euis}/legality/nib");
        await facilitator.SelectOptionAsync("select[name='Record.State']", "Granted");
        await facilitator.FillAsync("input[name='Record.Number']", "912000011234");
        await facilitator.FillAsync("input[name='Record.GrantedOn']", "2024-02-01");
        await facilitator.ClickAndLoadAsync("#record-form button[type='submit']");
        (await facilitator.FieldErrorAsync("Record.Number")).ShouldContain("13");
        await Assertions.Expect(facilitator.Locator("input[name='Record.Number']")).ToHaveValueAsync("912000011234");
        await facilitator.ShouldFitThePhoneAsync();
        await facilitator.ScreenshotAsync("legality-03-refused");
    }
}
