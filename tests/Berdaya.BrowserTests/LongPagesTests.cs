using System.Net;
using System.Net.Http.Json;
using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.IntegrationTests.Groups;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>The long pages of the demo on a 360-px phone: the loan card, the partner's on-time record, and a draft's running total.</summary>
[Collection(BrowserSuite.Name)]
public sealed class LongPagesTests(BrowserApp app)
{
    private const int MaxHeight = 4000;

    [Fact]
    public async Task The_demo_loan_cards_fit_a_phone_in_a_few_screens_with_their_actions_at_the_top()
    {
        Guid repaid, overdue;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // Citra Sari's loans of 2006: 36 installments and as many payments each. Ade Suherman of Mekar Sari stopped paying 330 days ago.
            repaid = await db.Loans.Where(l => l.DisbursedOn == new DateOnly(2006, 2, 3)).OrderBy(l => l.Number).Select(l => l.Id).FirstAsync();
            var ade = await db.Partners.Where(p => p.OwnerName == "Ade Suherman").Select(p => p.Id).FirstAsync();
            overdue = await db.Loans.Where(l => l.PartnerId == ade).Select(l => l.Id).FirstAsync();
        }

        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);
        await page.VisitAsync($"{app.BaseUrl}/loans/{repaid}");
        await page.ShouldShowAsync("#paid-installments summary", "36 angsuran lunas");
        await Assertions.Expect(page.Locator("#paid-installments tbody tr").First).Not.ToBeVisibleAsync();
        await page.ShouldShowAsync("#older-payments summary", "pembayaran sebelumnya");
        await page.ShouldFitThePhoneAsync();
        (await Height(page)).ShouldBeLessThan(MaxHeight, "the repaid demo loan's card");
        await page.ScreenshotAsync("31-loan-card-repaid");

        await page.VisitAsync($"{app.BaseUrl}/loans/{overdue}");
        await page.ScreenshotAsync("32-loan-card-overdue");
        await page.ShouldFitThePhoneAsync();
        (await Height(page)).ShouldBeLessThan(MaxHeight, "the overdue demo loan's card");
        await Assertions.Expect(page.Locator("#schedule-open tr[data-state='Overdue']").First).ToContainTextAsync("Menunggak");
        // The action bar sits above the terms and opens the form it names.
        var bar = await page.Locator("#loan-actions").BoundingBoxAsync();
        var terms = await page.Locator("#terms").BoundingBoxAsync();
        bar!.Y.ShouldBeLessThan(terms!.Y);
        await Assertions.Expect(page.Locator("#reschedule-form")).Not.ToBeVisibleAsync();
        await page.ClickAsync("#loan-actions a[href='#reschedule']");
        await Assertions.Expect(page.Locator("#reschedule-form")).ToBeVisibleAsync();
        foreach (var link in await page.Locator("#loan-actions a").AllAsync())
        {
            (await link.BoundingBoxAsync())!.Height.ShouldBeGreaterThanOrEqualTo(44);
        }
    }

    [Fact]
    public async Task The_on_time_record_is_a_strip_of_months_that_says_each_months_state_in_words()
    {
        Guid dedeh;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            dedeh = await db.Partners.Where(p => p.OwnerName.StartsWith("Dedeh")).Select(p => p.Id).FirstAsync();
        }

        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Officer);
        await page.VisitAsync($"{app.BaseUrl}/partners/{dedeh}");
        var strip = page.Locator("#on-time-strip");
        await Assertions.Expect(strip.Locator("tbody tr")).ToHaveCountAsync(4, new() { Timeout = 5000 });
        (await page.Locator("#on-time").BoundingBoxAsync())!.Height.ShouldBeLessThan(500);
        // Late in the off-season of late 2006: the mark is a cross, and its words say so.
        var late = strip.Locator("[data-status='Late']").First;
        await Assertions.Expect(late.Locator("[aria-hidden='true']")).ToHaveTextAsync("✗");
        await Assertions.Expect(late.Locator(".visually-hidden")).ToContainTextAsync("2006: Terlambat");
        (await strip.Locator("[data-status]").CountAsync()).ShouldBe(36);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("33-on-time-strip");
    }

    [Fact]
    public async Task A_draft_shows_its_running_total_and_flags_an_amount_above_the_cap_as_it_is_typed()
    {
        var facilitator = await app.ApiAsync(Demo.Facilitator);
        var partners = new List<(Guid Id, string Name)>();
        for (var i = 0; i < 5; i++)
        {
            var created = await (await facilitator.PostAsJsonAsync("/api/v1/partners", PartnerRequests.Valid("32.11.07.2006", name: TestData.Unique("Ibu Draf"))))
                .Json200(HttpStatusCode.Created);
            var partner = created.GetProperty("partner");
            partners.Add((partner.GetProperty("id").GetGuid(), partner.GetProperty("ownerName").GetString()!));
        }

        var group = await (await facilitator.PostAsJsonAsync("/api/v1/groups", GroupScenario.GroupBody(TestData.Unique("Kelompok Draf"), partners, "32.11.07.2006")))
            .Json200(HttpStatusCode.Created);

        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.VisitAsync($"{app.BaseUrl}/groups/{group.GetProperty("id").GetGuid()}/proposals/new");
        var amounts = page.Locator("input[data-draft-amount]");
        await amounts.Nth(0).FillAsync("12000000");
        await amounts.Nth(1).FillAsync("3000000");
        await page.ShouldShowAsync("#draft-total", "Rp 15.000.000");
        await page.ShouldShowAsync("#draft-count", "2 anggota");
        await Assertions.Expect(page.Locator("#cap-warning-0")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#cap-warning-0")).ToContainTextAsync("Rp 10.000.000");
        await Assertions.Expect(page.Locator("#cap-warning-1")).Not.ToBeVisibleAsync();
        await amounts.Nth(0).FillAsync("9000000");
        await Assertions.Expect(page.Locator("#cap-warning-0")).Not.ToBeVisibleAsync();
        await page.ShouldShowAsync("#draft-total", "Rp 12.000.000");
        await page.ShouldFitThePhoneAsync();
    }

    private static Task<int> Height(IPage page) => page.EvaluateAsync<int>("document.documentElement.scrollHeight");
}
