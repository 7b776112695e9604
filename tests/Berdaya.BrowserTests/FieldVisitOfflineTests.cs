using Berdaya.BrowserTests.Infrastructure;
using Berdaya.Data;
using Berdaya.Domain.Questionnaires;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>
/// Field visits without signal (docs/domain.md, Questionnaires; decision 0025): the facilitator opens "Kunjungan lapangan" once with a
/// signal, fills two questionnaires with photos in the browser's offline mode, closes the page and opens it again still offline (the
/// service worker serves it), and once the signal is back both forms arrive, each exactly once.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class FieldVisitOfflineTests(BrowserApp app)
{
    private async Task<(int Forms, int Photos)> KeptAsync(IReadOnlyCollection<Guid> ids)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.FilledForms.CountAsync(f => ids.Contains(f.Id)),
            await db.Attachments.CountAsync(a => a.OwnerType == nameof(FilledForm) && ids.Contains(a.OwnerId)));
    }

    private async Task<int> FormsOfAsync(IReadOnlyCollection<Guid> partners)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.FilledForms.CountAsync(f => partners.Contains(f.PartnerId));
    }

    /// <summary>Fills the demo's monitoring questionnaire for the partner picked, with a photo of the production place, and keeps it on the phone.</summary>
    private static async Task FillAsync(IPage page, string partnerId, string kg)
    {
        await page.SelectOptionAsync("#field-pick-partner", partnerId);
        await page.ClickAsync("#field-start-form");
        await page.FillAsync("#fq-produksi_kg", kg);
        await page.FillAsync("#fq-omzet_bulan", "2500000");
        await page.SelectOptionAsync("#fq-bahan_baku", "pasar");
        await page.CheckAsync("#fq-pembukuan input[value='yes']");

        // Shown only once books are kept (its condition), and required there.
        await Assertions.Expect(page.Locator("#fb-pembukuan_rutin")).ToBeVisibleAsync();
        await page.CheckAsync("#fq-pembukuan_rutin input[value='4']");
        await page.CheckAsync("#fq-pasar input[value='warung']");
        await page.CheckAsync("#fq-pasar input[value='toko_oleh']");
        await page.CheckAsync("#fq-pirt input[value='no']");
        await page.FillAsync("#fq-kendala", "Harga singkong naik");
        await page.SetInputFilesAsync("#fq-foto_produksi input[type=file]",
            new FilePayload { Name = "dapur.png", MimeType = "image/png", Buffer = QuestionnaireScenario.Png });
        await Assertions.Expect(page.Locator("#fq-foto_produksi img.photo-preview")).ToBeVisibleAsync();
        await page.ShouldFitThePhoneAsync();
        await page.ClickAsync("#field-save");
        await Assertions.Expect(page.Locator("#field-form")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Two_forms_filled_offline_survive_closing_the_page_and_arrive_once_when_the_signal_returns()
    {
        var page = await app.PhoneAsync();
        await BrowserApp.LoginAsync(page, Demo.Facilitator);
        await page.VisitAsync("/field");

        // With a signal: the questionnaire and the partners are on the phone, and the service worker keeps the page.
        await page.ShouldShowAsync("#field-status", "Siap dipakai tanpa sinyal");
        await Assertions.Expect(page.Locator("#field-pick-form option")).ToContainTextAsync(["Monitoring lapangan tahunan (v2)"]);
        await page.WaitForFunctionAsync(
            """
            async () => navigator.serviceWorker.controller !== null
              && !!(await caches.match('/field'))
              && (await (await caches.open('berdaya-field-1')).keys()).some(r => r.url.includes('/js/field.js'))
            """, null, new PageWaitForFunctionOptions { PollingInterval = 250 });
        var partners = (await page.Locator("#field-pick-partner option:not([value=''])").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"))
            .Take(2).ToList();
        partners.Count.ShouldBe(2);
        var partnerIds = partners.Select(Guid.Parse).ToList();
        var before = await FormsOfAsync(partnerIds);

        // No signal at all.
        await page.Context.SetOfflineAsync(true);
        await page.ShouldShowAsync("#field-status", "Tanpa sinyal");
        await FillAsync(page, partners[0], "85");
        await FillAsync(page, partners[1], "92.5");
        var waiting = page.Locator("#field-outbox-list li[data-state='waiting']");
        await Assertions.Expect(waiting).ToHaveCountAsync(2);
        var ids = (await waiting.EvaluateAllAsync<string[]>("ls => ls.map(l => l.getAttribute('data-outbox'))")).Select(Guid.Parse).ToList();
        (await FormsOfAsync(partnerIds)).ShouldBe(before);

        // The page closed; another opened with no signal: the service worker serves it and the forms still wait on the phone.
        var context = page.Context;
        await page.CloseAsync();
        var again = await context.NewPageAsync();
        await PageChecks.AttachAsync(again);
        var response = await again.VisitAsync("/field");
        response.ShouldNotBeNull();
        response.FromServiceWorker.ShouldBeTrue();
        (await again.EvaluateAsync<bool>("() => navigator.onLine")).ShouldBeFalse();
        await again.ShouldShowAsync("#field-status", "Tanpa sinyal");
        await Assertions.Expect(again.Locator("#field-outbox-list li[data-state='waiting']")).ToHaveCountAsync(2);
        await again.ShouldFitThePhoneAsync();
        (await FormsOfAsync(partnerIds)).ShouldBe(before);

        // The signal returns: both are sent by themselves, and each is kept once with its photo.
        await context.SetOfflineAsync(false);
        await Assertions.Expect(again.Locator("#field-outbox-list li[data-state='sent']")).ToHaveCountAsync(2);
        (await KeptAsync(ids)).ShouldBe((2, 2));
        (await FormsOfAsync(partnerIds)).ShouldBe(before + 2);

        // Sending again (the button, another page load) sends nothing twice.
        await again.ClickAsync("#field-send");
        await again.VisitAsync("/field");
        await Assertions.Expect(again.Locator("#field-outbox-list li[data-state='sent']")).ToHaveCountAsync(2);
        (await FormsOfAsync(partnerIds)).ShouldBe(before + 2);

        var officer = await app.ApiAsync(Demo.Officer);
        foreach (var id in ids)
        {
            var form = await (await officer.GetAsync($"/api/v1/field/forms/{id}")).Json200();
            form.GetProperty("answers").GetProperty("pasar").GetString().ShouldBe("warung toko_oleh");
            form.GetProperty("answers").GetProperty("foto_produksi").GetString().ShouldBe("foto_produksi.jpg");
        }
    }
}
