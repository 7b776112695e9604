using Berdaya.BrowserTests.Infrastructure;
using Berdaya.IntegrationTests.Infrastructure;
using Berdaya.IntegrationTests.Loans;
using Microsoft.Playwright;

namespace Berdaya.BrowserTests;

/// <summary>The program officer on a phone, in Bahasa Indonesia: disburses an approved decision from the proposal and prints the contract.</summary>
[Collection(BrowserSuite.Name)]
public sealed class OfficerDisbursementTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_previews_the_schedule_disburses_an_approved_decision_and_opens_the_contract()
    {
        var page = await app.PhoneAsync();
        await LendingData.CapitalAsync(app.Services, 20_000_000m);
        var product = await LendingData.ProductAsync(app.Services);
        var (proposalId, groupName, partners) = await app.SubmittedProposalAsync("32.11.07.2006", size: 5, amount: 4_000_000m);
        await LendingData.DecideAllAsync(app.Services, await app.ApiAsync(Demo.Officer), proposalId, partners, 4_000_000m);
        var name = partners[0].Name;

        await BrowserApp.LoginAsync(page, Demo.Officer);
        await page.VisitAsync($"{app.BaseUrl}/proposals/{proposalId}");
        await page.ShouldShowAsync("h1", groupName);
        var row = page.Locator("#approved tr", new PageLocatorOptions { HasText = name });
        await row.Locator("a.disburse").ClickAndLoadAsync();
        await page.ShouldShowAsync("h1", $"Pencairan pinjaman: {name}");
        await page.ShouldShowAsync("#approved-amount", "Rp 4.000.000");
        await Assertions.Expect(page.Locator("#Input_Amount")).ToHaveValueAsync("4000000");
        await page.ShouldFitThePhoneAsync();

        // The preview draws the schedule on the same page, without a script.
        await page.SelectOptionAsync("#Input_ProductId", product.ToString());
        await page.FillAsync("#Input_Amount", "3600000");
        await page.FillAsync("#Input_TenorMonths", "12");
        await page.FillAsync("#Input_Reference", "TRF-CDC-2026-01");
        await page.ClickAndLoadAsync("#preview");
        await Assertions.Expect(page.Locator("#preview-schedule tbody tr")).ToHaveCountAsync(12);
        // 6% flat on 3,600,000: 18,000 a month; principal 300,000 a month.
        await page.ShouldShowAsync("#preview-schedule tbody tr", "Rp 300.000");
        await page.ShouldShowAsync("#preview-fee", "Rp 216.000");
        await Assertions.Expect(page.Locator("#Input_Amount")).ToHaveValueAsync("3600000");
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("21-disbursement-preview");

        await page.ClickAndLoadAsync("#disburse");
        await page.ShouldShowAsync("h1", "PERJANJIAN PINJAMAN DANA KEMITRAAN");
        await page.ShouldShowAsync(".flash", "Pinjaman dicairkan.");
        await page.ShouldShowAsync("#contract-amount", "Rp 3.600.000");
        await page.ShouldShowAsync("#contract-amount", "tiga juta enam ratus ribu rupiah");
        await page.ShouldShowAsync("#party-partner", name);
        await Assertions.Expect(page.Locator("#contract-schedule tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator("#signatures .signature")).ToHaveCountAsync(4);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("22-contract");

        // Back on the proposal, the member's decision now names the loan.
        await page.VisitAsync($"{app.BaseUrl}/proposals/{proposalId}");
        await Assertions.Expect(row.Locator(".disbursed")).ToContainTextAsync("sudah dicairkan");
        await Assertions.Expect(row.Locator("a.disburse")).ToHaveCountAsync(0);
        await row.Locator(".disbursed a").ClickAndLoadAsync();
        await page.ShouldShowAsync("#principal", "Rp 3.600.000");
        await page.ShouldShowAsync("#outstanding", "Rp 3.600.000");
        (await page.Locator("#pay-form").CountAsync()).ShouldBe(1);
        await page.ShouldFitThePhoneAsync();
        await page.ScreenshotAsync("23-loan-card");
    }
}
