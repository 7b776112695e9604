using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class RegionPickerTests(BrowserApp app)
{
    [Fact]
    public async Task Typing_part_of_a_village_name_offers_it_and_choosing_it_fills_the_code_and_the_lists()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.VisitAsync("/partners/new");
        var picker = page.Locator("#partner-form [data-region-picker]");
        await Assertions.Expect(picker.Locator("select[data-level='0'] option", new LocatorLocatorOptions { HasText = "Jawa Barat" })).ToBeAttachedAsync();

        var search = picker.Locator("input[data-region-search]");
        await Assertions.Expect(search).ToHaveAttributeAsync("placeholder", "Ketik nama desa…");
        await search.PressSequentiallyAsync("Karanglay");
        var suggestion = picker.Locator("datalist option[value*='Conggeang']");
        await Assertions.Expect(suggestion).ToHaveCountAsync(1);
        var offered = await suggestion.GetAttributeAsync("value");
        offered.ShouldNotBeNull().ShouldStartWith("Karanglayung");

        // Choosing the suggestion puts its full text in the box, as the phone's keyboard does.
        await search.FillAsync(offered);
        await Assertions.Expect(page.Locator("#Input_VillageCode")).ToHaveValueAsync("32.11.07.2009");
        await Assertions.Expect(picker.Locator("select[data-level='2']")).ToHaveValueAsync("32.11.07");
        await Assertions.Expect(picker.Locator("select[data-level='3']")).ToHaveValueAsync("32.11.07.2009");
        await page.ShouldFitThePhoneAsync();
    }
}
