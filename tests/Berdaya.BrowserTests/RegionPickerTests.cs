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

    [Fact]
    public async Task Each_level_is_labelled_the_code_has_a_hint_and_without_script_a_page_finds_the_code_by_name()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.VisitAsync("/partners/new");
        var picker = page.Locator("#partner-form [data-region-picker]");
        string[] levels = ["Provinsi", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan"];
        for (var level = 0; level < levels.Length; level++)
        {
            var select = picker.Locator($"select[data-level='{level}']");
            await Assertions.Expect(select).ToBeVisibleAsync();
            await Assertions.Expect(select).ToHaveAccessibleNameAsync(levels[level]);
            await Assertions.Expect(picker.Locator($"label[for='{await select.GetAttributeAsync("id")}']")).ToBeVisibleAsync();
        }

        await Assertions.Expect(picker.Locator("input[data-region-search]")).ToHaveAccessibleNameAsync("Cari desa menurut nama");
        var code = page.Locator("#Input_VillageCode");
        (await code.GetAttributeAsync("placeholder")).ShouldBeNull("an example that looks like a chosen value is a hint, not a placeholder");
        await Assertions.Expect(code).ToHaveAccessibleNameAsync("Kode desa");
        await Assertions.Expect(code).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("contoh: 32\\.11\\.07\\.2011"));
        await Assertions.Expect(picker.Locator("a.region-fallback")).ToBeHiddenAsync();

        // The same form on a phone without script: no empty lists, a link to the search page instead.
        var plain = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new ViewportSize { Width = PhonePage.Width, Height = 740 },
            JavaScriptEnabled = false,
            StorageState = await page.Context.StorageStateAsync(),
        });
        var noScript = await plain.NewPageAsync();
        await noScript.GotoAsync("/partners/new");
        var form = noScript.Locator("#partner-form [data-region-picker]");
        await Assertions.Expect(form.Locator("select[data-level='0']")).ToBeHiddenAsync();
        await Assertions.Expect(form.Locator("input[data-region-search]")).ToBeHiddenAsync();
        var link = form.Locator("a.region-fallback");
        await Assertions.Expect(link).ToBeVisibleAsync();
        var finder = await noScript.RunAndWaitForPopupAsync(() => link.ClickAsync());
        await finder.WaitForLoadStateAsync();
        await finder.FillAsync("#region-find input[name='q']", "narimb");
        await finder.ClickAsync("#region-find button[type=submit]");
        await finder.WaitForURLAsync(new System.Text.RegularExpressions.Regex("q=narimb"));
        await Assertions.Expect(finder.Locator("#villages tbody tr", new PageLocatorOptions { HasText = "Conggeang" })).ToContainTextAsync("32.11.07.2011");
        await finder.ShouldFitThePhoneAsync();
        await noScript.ShouldFitThePhoneAsync();
        await plain.CloseAsync();
    }
}
