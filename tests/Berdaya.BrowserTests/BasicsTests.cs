using Berdaya.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class BasicsTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_logs_in_on_a_phone_and_sees_the_home_page_in_Indonesian()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, "officer@demo.berdaya.id");
        (await page.TextContentAsync("h1"))!.ShouldContain("Selamat datang");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        await page.ClickAsync("summary");
        (await page.IsVisibleAsync("nav a[href='/partners']")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("bendahara.mekarsari@demo.berdaya.id", "ul.work li[id^=late-] .work-count")]
    [InlineData("ketua.citrasari@demo.berdaya.id", "#loans-next a")]
    [InlineData("officer@demo.berdaya.id", "#loans-arrears .work-count")]
    [InlineData("evaluator@demo.berdaya.id", "#report-kpis")]
    public async Task Each_role_lands_on_its_work_list_which_fits_a_phone(string email, string work)
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, email);
        (await page.IsVisibleAsync(work)).ShouldBeTrue(email);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360, email);
        var link = await page.QuerySelectorAsync("ul.work .work-link, #reports a");
        var box = await link!.BoundingBoxAsync();
        box!.Height.ShouldBeGreaterThanOrEqualTo(44, email);
    }

    [Fact]
    public async Task The_language_switch_turns_the_page_English_and_back()
    {
        var page = await app.PhoneAsync();
        await page.VisitAsync("/login");
        (await page.TextContentAsync("h1"))!.Trim().ShouldBe("Masuk");
        await page.ClickAndLoadAsync("form[action='/account/language'] button");
        (await page.TextContentAsync("h1"))!.Trim().ShouldBe("Log in");
        await page.ClickAndLoadAsync("form[action='/account/language'] button");
        (await page.TextContentAsync("h1"))!.Trim().ShouldBe("Masuk");
    }

    [Fact]
    public async Task A_wrong_password_shows_a_message_and_stays_on_the_login_page()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, "officer@demo.berdaya.id", "not-the-password");
        page.Url.ShouldContain("/login");
        (await page.TextContentAsync(".validation-summary-errors"))!.ShouldContain("Email atau kata sandi salah");
    }

    [Theory]
    [InlineData("/login", null)]
    [InlineData("/", "officer@demo.berdaya.id")]
    [InlineData("/partners", "officer@demo.berdaya.id")]
    [InlineData("/groups", "facilitator@demo.berdaya.id")]
    public async Task A_first_load_transfers_under_200_KB_compressed(string path, string? user)
    {
        var login = await app.PhoneAsync();
        if (user is not null)
        {
            await BrowserApp.LoginAsync(login, user);
        }

        // A new context with only the login cookie: nothing cached, as on a first visit.
        var page = await app.PhoneAsync(await login.Context.StorageStateAsync());
        var requests = new List<IRequest>();
        page.Context.RequestFinished += (_, r) => requests.Add(r);
        var response = await page.VisitAsync(path);
        response!.Status.ShouldBe(200);
        long total = 0;
        foreach (var r in requests.ToList())
        {
            var sizes = await r.SizesAsync();
            total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        requests.Count.ShouldBeGreaterThan(1);
        total.ShouldBeLessThan(200 * 1024, $"{path} transferred {total} bytes in {requests.Count} requests");
    }
}
