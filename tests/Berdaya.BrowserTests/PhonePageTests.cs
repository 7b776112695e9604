using System.Diagnostics;
using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Infrastructure;

namespace Berdaya.BrowserTests;

/// <summary>The steps the journeys are written in do what they say.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PhonePageTests(BrowserApp app)
{
    [Fact]
    public async Task On_a_slow_link_a_sent_form_stays_on_screen_until_its_answer_and_the_refusal_lists_each_missing_field()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.VisitAsync("/partners/new");
        var latency = TimeSpan.FromMilliseconds(800);
        await page.OnASlowLinkAsync(latency);

        var formWhileSending = false;
        var sending = Stopwatch.StartNew();
        await page.Locator("#partner-form button[type=submit]").ClickAndLoadAsync(async () =>
            formWhileSending = await page.EvaluateAsync<bool>("() => window.berdayaPreviousPage === true && !!document.querySelector('#partner-form')"));
        sending.Elapsed.ShouldBeGreaterThanOrEqualTo(latency);
        formWhileSending.ShouldBeTrue();

        // Nothing was typed: the answer is the same form, refused, with a message beside each required field.
        new Uri(page.Url).AbsolutePath.ShouldBe("/partners/new");
        var errors = await page.FieldErrorsAsync();
        errors.Select(e => e.Field).ShouldContain("Input.Nik");
        errors.Select(e => e.Field).ShouldContain("Input.VillageCode");
        errors.ShouldAllBe(e => e.Message.Length > 0);
        (await page.Row("#nothing", "x").CountAsync()).ShouldBe(0);

        await page.BackAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/partners/new");
    }
}
