using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// docs/domain.md, Monitoring visits, help requests and follow-ups: Mekar Sari's treasurer asks for help on her phone from
/// her menu, and the request appears in the village facilitator's work list.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class MonitoringHelpTests(BrowserApp app)
{
    [Fact]
    public async Task A_partner_asks_for_help_on_a_phone_and_it_appears_in_the_facilitators_work_list()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.MekarSariTreasurer);
        await page.VisitAsync("/help/new");

        // Sent empty first: the refusal stands beside each field.
        await page.ClickAndLoadAsync("#help-form button[type=submit]");
        var errors = await page.FieldErrorsAsync();
        errors.Select(e => e.Field).ShouldContain("Input.Kind");
        errors.Select(e => e.Field).ShouldContain("Input.Description");

        var description = TestData.Unique("Pasokan singkong berhenti minggu ini");
        await page.SelectOptionAsync("#Input_Kind", "RawMaterial");
        await page.FillAsync("#Input_Description", description);
        await page.ShouldFitThePhoneAsync();
        await page.ClickAndLoadAsync("#help-form button[type=submit]");
        await page.ShouldShowAsync("#support-help", description);
        await page.ShouldFitThePhoneAsync();

        var facilitator = await app.PhoneAsync();
        await BrowserApp.LoginAsync(facilitator, Demo.Facilitator);
        await facilitator.VisitAsync("/");
        await Assertions.Expect(facilitator.Locator("#monitoring-help")).ToBeVisibleAsync();
        await facilitator.ClickAndLoadAsync("#monitoring-help a");
        await facilitator.ShouldShowAsync("#help-list", description);
        await facilitator.ShouldFitThePhoneAsync();
    }
}
