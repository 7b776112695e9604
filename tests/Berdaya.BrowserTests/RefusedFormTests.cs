using System.Globalization;
using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// A refused form on a 360-px phone over a slow link: the button says the form is being sent, then every
/// mistake is shown at once (a value that cannot be read, a value missing, a broken rule), each beside its
/// field by its label and in a summary at the top that takes the focus, with what was typed kept.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class RefusedFormTests(BrowserApp app)
{
    [Fact]
    public async Task Three_kinds_of_mistake_are_shown_at_once_with_a_summary_that_leads_to_each_field()
    {
        var birth = new DateOnly(1979, 4, 2);
        var name = TestData.Unique("Ibu Tiga Salah");
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.VisitAsync("/partners/new");

        await page.FillAsync("#Input_OwnerName", name);
        await page.FillAsync("#Input_Nik", TestData.Nik(birth, female: true)[..12] + "0000");
        await page.SelectOptionAsync("#Input_Sex", new SelectOptionValue { Label = "Perempuan" });
        await page.FillAsync("#Input_BirthDate", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#Input_Phone", "081322220002");
        await page.PickVillageAsync("#partner-form", "Jawa Barat", "Kabupaten Sumedang", "Conggeang", "Karanglayung");
        await page.FillAsync("#Input_BusinessName", "Emping " + name);
        await page.FillAsync("#Input_Sector", "Makanan");
        await page.FillAsync("#Input_NetAssets", "tujuh juta");
        await page.FillAsync("#Input_YearlySales", "30.000.000");

        // What the button shows once the form is sent, and whether a second send is stopped: recorded as the
        // form goes (after the app's own listener), read back on the next page.
        await page.EvaluateAsync("""
            () => document.addEventListener('submit', e => {
                if (sessionStorage.getItem('sent')) { return; }
                const again = new Event('submit', { cancelable: true, bubbles: true });
                e.target.dispatchEvent(again);
                sessionStorage.setItem('sent', JSON.stringify([e.submitter.textContent, e.submitter.getAttribute('aria-disabled'), again.defaultPrevented]));
            })
            """);
        await page.ClickAndLoadAsync("#partner-form button[type=submit]");
        (await page.EvaluateAsync<string>("() => sessionStorage.getItem('sent')")).ShouldBe("[\"Mengirim…\",\"true\",true]");

        var errors = await page.FieldErrorsAsync();
        errors.Select(e => e.Field).ShouldBe(["Input.Nik", "Input.NetAssets", "Input.Employees"], ignoreOrder: true, string.Join(" | ", errors));
        errors.Single(e => e.Field == "Input.NetAssets").Message.ShouldContain("\"tujuh juta\" tidak dapat dibaca");
        errors.Single(e => e.Field == "Input.NetAssets").Message.ShouldStartWith("Kekayaan bersih");
        errors.Single(e => e.Field == "Input.Employees").Message.ShouldContain("Tenaga kerja");
        errors.ShouldAllBe(e => !e.Message.Contains("NetAssets") && !e.Message.Contains("Employees"));
        await Assertions.Expect(page.Locator("#Input_NetAssets")).ToHaveValueAsync("tujuh juta");
        await Assertions.Expect(page.Locator("#Input_YearlySales")).ToHaveValueAsync("30.000.000");
        await Assertions.Expect(page.Locator("#Input_OwnerName")).ToHaveValueAsync(name);

        // The summary is where the page opens, and its links lead to the fields.
        var summary = page.Locator("#form-errors");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.Locator("a")).ToHaveCountAsync(3);
        (await summary.BoundingBoxAsync())!.Y.ShouldBeLessThan(740);
        await summary.Locator("a[href='#Input_Employees']").ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Employees")).ToBeFocusedAsync();
        await page.ScreenshotAsync("23-three-mistakes");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Partners.CountAsync(p => p.OwnerName == name)).ShouldBe(0);
    }
}
